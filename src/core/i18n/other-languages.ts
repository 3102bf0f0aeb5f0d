import { FALLBACK_LOCALE, LOCALES, matchLocale, primarySubtag, registerLocale, tagPrefixes, type Locale, type Messages } from './locales.js';
import { parentOf, type LocalizeController } from './localize-controller.js';
import { importAgain } from '../on-demand.js';
import { warnUnknownValue } from '../unknown-value.js';

/**
 * What only pages in languages other than German need, loaded with the first widget on such a page:
 * fetching a language's table, the note about a language without texts, and the widget's own `lang`
 * and `dir` where the page's do not fit what it shows.
 */

const TABLES: Record<Exclude<Locale, 'de'>, () => Promise<{ default: Messages }>> = {
  en: () => import('./locales/en.js'),
  tr: () => import('./locales/tr.js'),
  ar: () => import('./locales/ar.js'),
  uk: () => import('./locales/uk.js'),
  pl: () => import('./locales/pl.js'),
  'de-x-leichte-sprache': () => import('./locales/de-x-leichte-sprache.js'),
};

const loading = new Map<string, Promise<boolean>>();
const noted = new Set<string>();

/** The best table we offer for a tag, by the longest prefix ("ar-SY" -> "ar"). */
function offeredCode(lang: string): keyof typeof TABLES | undefined {
  return tagPrefixes(lang).find((code): code is keyof typeof TABLES => code in TABLES);
}

/** Loads a table once; resolves `false` when the download failed (a later language change tries again). */
function loadTable(code: keyof typeof TABLES): Promise<boolean> {
  let promise = loading.get(code);
  if (!promise) {
    promise = importAgain(TABLES[code]).then(
      (module) => {
        if (matchLocale(code)?.code !== code) registerLocale(code, module.default);
        return true;
      },
      (cause: unknown) => {
        loading.delete(code);
        console.warn(`[ija-widgets] could not load the texts for "${code}", showing German`, cause);
        return false;
      },
    );
    loading.set(code, promise);
  }
  return promise;
}

/** Languages written right to left, by primary subtag (Arabic, and those a site may register). */
const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

const dirOf = (node: Element): string | undefined => {
  const dir = node.getAttribute('dir')?.toLowerCase();
  return dir === 'rtl' || dir === 'ltr' ? dir : undefined;
};

/**
 * The `dir` the page gave for the widget's language (on the element that sets `lang`, or between it
 * and the widget), and the one the widget inherits. A `dir` farther out than the element that sets
 * the language belongs to another language.
 */
function pageDirs(host: Element, langIsOwn: boolean): { given?: string; inherited: string } {
  let given: string | undefined;
  let searching = langIsOwn || !host.hasAttribute('lang');
  for (let node = parentOf(host); node; node = parentOf(node)) {
    const dir = dirOf(node);
    if (searching && (dir || node.hasAttribute('lang'))) {
      given = dir;
      searching = false;
    }
    if (dir) return { given, inherited: dir };
  }
  return { given, inherited: 'ltr' };
}

/** Sets (or takes back) an attribute the controller owns on its host; the page's own are never touched. */
function own(host: Element, name: 'lang' | 'dir', owned: string | undefined, wanted: string | undefined): string | undefined {
  const onHost = host.getAttribute(name);
  if (onHost !== null && onHost !== owned) return undefined;
  if (wanted === owned) return owned;
  if (wanted) host.setAttribute(name, wanted);
  else host.removeAttribute(name);
  return wanted;
}

/**
 * Brings a widget in line with its page: starts its language's table (then re-resolves), notes a
 * language without texts once, and gives the host its own `lang` (German shown in a page of another
 * language, for screen readers: WCAG 3.1.2) and `dir` (right-to-left texts where the page gave none).
 */
export function applyLanguage(controller: LocalizeController): void {
  const { host, lang, locale } = controller;
  const offered = offeredCode(lang);
  if (offered && locale !== offered) {
    void loadTable(offered).then((loaded) => loaded && controller.refresh(true));
  } else if (!offered && !matchLocale(lang)) {
    // The widget's own `lang` is an attribute value to correct; the page's language is just one without texts.
    if (host.getAttribute('lang') === lang) warnUnknownValue(host, 'lang', lang, LOCALES);
    else if (!noted.has(lang)) {
      noted.add(lang);
      console.info(`[ija-widgets] no texts for language "${lang}", showing ${FALLBACK_LOCALE}`);
    }
  }
  controller.ownLang = own(host, 'lang', controller.ownLang, primarySubtag(lang) === primarySubtag(locale) ? undefined : locale);
  const { given, inherited } = pageDirs(host, controller.ownLang !== undefined);
  const wanted = given ?? (RIGHT_TO_LEFT.has(primarySubtag(locale)) ? 'rtl' : 'ltr');
  controller.ownDir = own(host, 'dir', controller.ownDir, wanted === inherited ? undefined : wanted);
}
