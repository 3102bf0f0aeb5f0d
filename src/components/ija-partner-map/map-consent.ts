import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../../core/i18n/locales.js';
import type { Partner } from '../../core/schemas/partner.js';

/**
 * The map's consent: the panel shown before the visitor agrees (no map code and no tile request
 * before that), and the agreement kept in local storage only where the site allows it.
 */

const STORAGE_PREFIX = 'ija-widgets:map-consent:';

/** The host part of a tile URL template, named in the consent panel. */
export function tileHost(template: string): string {
  try {
    return new URL(template.replace(/\{[^}]+\}/g, '0'), document.baseURI).host;
  } catch {
    return template;
  }
}

export function rememberConsent(tiles: string): void {
  try {
    localStorage.setItem(STORAGE_PREFIX + tileHost(tiles), 'granted');
  } catch {
    // Storage may be blocked; consent then lasts for this page view.
  }
}

/** A withdrawn consent is forgotten too, so the next visit asks again. */
export function forgetConsent(tiles: string): void {
  try {
    localStorage.removeItem(STORAGE_PREFIX + tileHost(tiles));
  } catch {
    // Nothing stored, or storage blocked.
  }
}

export function rememberedConsent(tiles: string): boolean {
  try {
    return localStorage.getItem(STORAGE_PREFIX + tileHost(tiles)) === 'granted';
  } catch {
    return false;
  }
}

/** "n partners have no location" under the map or the consent panel. */
export function noLocationNote(m: Messages, partners: readonly Partner[]): TemplateResult | typeof nothing {
  const withoutLocation = partners.filter((partner) => !partner.location).length;
  return withoutLocation > 0 ? html`<p class="muted">${m.partnerMap.noLocation(withoutLocation)}</p>` : nothing;
}

export function renderConsentPanel(m: Messages, partners: readonly Partner[], tiles: string, onConsent: () => void): TemplateResult {
  const p = m.partnerMap;
  return html`<div class="map-area consent" part="map">
    <div class="consent-panel">
      <h3>${p.map.consentTitle}</h3>
      <p>${p.map.consentText(tileHost(tiles))}</p>
      <button type="button" class="button" @click=${onConsent}>${p.map.consentButton}</button>
    </div>
    ${noLocationNote(m, partners)}
  </div>`;
}
