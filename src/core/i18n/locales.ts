import type { Messages } from './messages/types.js';

export type { Messages };

/** German is the default and the fallback: the sites are German public-sector sites. */
export const FALLBACK_LOCALE = 'de';

/**
 * German and English are built in, namespace by namespace: each element registers the texts it
 * uses (`common` by the base element), so an element's own file carries only its own texts.
 */
const builtIn = { de: {} as Messages, en: {} as Messages };

const tables = new Map<string, Messages>([
  ['de', builtIn.de],
  ['en', builtIn.en],
]);

export function registerBuiltInMessages<N extends keyof Messages>(namespace: N, texts: { de: Messages[N]; en: Messages[N] }): void {
  builtIn.de[namespace] = texts.de;
  builtIn.en[namespace] = texts.en;
}

/** Adds or replaces a locale's table (further languages are loaded on demand). */
export function registerLocale(code: string, messages: Messages): void {
  tables.set(code.toLowerCase(), messages);
}

const warned = new Set<string>();

/**
 * The best table for a BCP 47 tag: the whole tag ("de-x-leichte-sprache"), then shorter prefixes
 * ("de-AT" -> "de"), then German, with one console note per unknown language.
 */
export function matchLocale(lang: string): { code: string; messages: Messages } {
  const parts = lang.toLowerCase().split('-');
  for (let length = parts.length; length > 0; length--) {
    const code = parts.slice(0, length).join('-');
    const messages = tables.get(code);
    if (messages) return { code, messages };
  }
  if (lang !== '' && !warned.has(lang)) {
    warned.add(lang);
    console.info(`[ija-widgets] no texts for language "${lang}", showing German`);
  }
  return { code: FALLBACK_LOCALE, messages: tables.get(FALLBACK_LOCALE)! };
}
