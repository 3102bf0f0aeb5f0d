/**
 * The map's consent, kept in local storage only where the site allows it. The panel that asks is
 * in map-consent-panel.ts (loaded with the map tab); no map code and no tile request before consent.
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
