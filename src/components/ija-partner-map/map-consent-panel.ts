import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../../core/i18n/locales.js';
import { heading } from '../../base/heading.js';
import type { Partner } from '../../core/schemas/partner.js';
import { tileHost } from './map-consent.js';

export { mapStyles } from './map-styles.js';

/** The map tab before consent: what loading the map means, and the button that agrees. Loaded with the tab. */

/** "n partners have no location" under the map or the consent panel. */
export function noLocationNote(m: Messages, partners: readonly Partner[]): TemplateResult | typeof nothing {
  const withoutLocation = partners.filter((partner) => !partner.location).length;
  return withoutLocation > 0 ? html`<p class="muted">${m.partnerMap.noLocation(withoutLocation)}</p>` : nothing;
}

export function renderConsentPanel(m: Messages, partners: readonly Partner[], tiles: string, onConsent: () => void, headingLevel: number): TemplateResult {
  const p = m.partnerMap;
  return html`<div class="map-area consent" part="map">
    <div class="consent-panel">
      ${heading(headingLevel, {}, p.map.consentTitle)}
      <slot name="consent"><p>${p.map.consentText(tileHost(tiles))}</p></slot>
      <button type="button" class="button" @click=${onConsent}>${p.map.consentButton}</button>
    </div>
    ${noLocationNote(m, partners)}
  </div>`;
}
