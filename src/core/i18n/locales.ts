import type { Messages } from './messages/types.js';

export type { Messages };

/** German is the default and the fallback: the sites are German public-sector sites. */
export const FALLBACK_LOCALE = 'de';

/**
 * Every language the widgets have texts for. German is built in; the others (English too) are
 * whole tables in sibling files, loaded when a widget first shows that language (other-languages.ts).
 */
export const LOCALES = ['de', 'en', 'tr', 'ar', 'uk', 'pl', 'de-x-leichte-sprache'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * German is built in, namespace by namespace: each element registers the texts it uses (`common`
 * by the base element), so an element's own file carries only its own texts.
 */
const builtIn = {} as Messages;

const tables = new Map<string, Messages>([[FALLBACK_LOCALE, builtIn]]);

export function registerBuiltInMessages<N extends keyof Messages>(namespace: N, texts: Messages[N]): void {
  builtIn[namespace] = texts;
}

/** Adds or replaces a locale's table (a further language, or a site's own wording). */
export function registerLocale(code: string, messages: Messages): void {
  tables.set(code.toLowerCase(), messages);
}

/** "de-x-leichte-sprache" -> "de-x-leichte-sprache", "de-x-leichte", "de-x", "de": longest first, lower case. */
export function tagPrefixes(lang: string): string[] {
  const parts = lang.toLowerCase().split('-');
  return parts.map((_, index) => parts.slice(0, parts.length - index).join('-'));
}

/** The primary language subtag ("ar-SY" -> "ar"). */
export const primarySubtag = (tag: string): string => tag.toLowerCase().split('-')[0]!;

export interface LocaleMatch {
  code: string;
  messages: Messages;
}

/**
 * The best table there is for a BCP 47 tag: the whole tag ("de-x-leichte-sprache"), then shorter
 * prefixes ("de-AT" -> "de"); `undefined` when none is registered (yet).
 */
export function matchLocale(lang: string): LocaleMatch | undefined {
  for (const code of tagPrefixes(lang)) {
    const messages = tables.get(code);
    if (messages) return { code, messages };
  }
  return undefined;
}
