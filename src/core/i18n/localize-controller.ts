import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FALLBACK_LOCALE, matchLocale, primarySubtag, registerBuiltInMessages, type LocaleMatch, type Messages } from './locales.js';
import { commonMessages } from './messages/common.js';
import { onDemand } from '../on-demand.js';

registerBuiltInMessages('common', commonMessages);

/** `rendersAsServer`: hydrating DOM that a server rendered, in German (see `IjaElement`). */
type LocalizeHost = ReactiveControllerHost & HTMLElement & { readonly rendersAsServer?: boolean };

/** Loaded only on pages that need more than German (another language, or a `dir`). */
const otherLanguages = onDemand(() => import('./other-languages.js'));

const connected = new Set<LocalizeController>();
let observer: MutationObserver | undefined;

/** One observer for all widgets: any `lang` or `dir` change in the document re-resolves every widget's language. */
function watchLangChanges(): void {
  if (observer) return;
  observer = new MutationObserver(() => connected.forEach((controller) => controller.refresh()));
  observer.observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ['lang', 'dir'] });
}

/** The parent element, or the host of the shadow root the element is in. */
export const parentOf = (node: Element): Element | null => node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);

/** The `lang` of the element (unless `skipOwn`), its nearest ancestor with one (crossing shadow roots), or `<html>`. */
export function findLang(element: Element, skipOwn = false): string {
  for (let node: Element | null = element; node; node = parentOf(node)) {
    const lang = skipOwn && node === element ? null : node.getAttribute('lang');
    if (lang) return lang;
  }
  return '';
}

/**
 * Gives a widget its language: message table, and `Intl` formatting in that language.
 * Not @lit/localize: its locale is global to the page, wrong for widgets embedded in other sites.
 */
export class LocalizeController implements ReactiveController {
  readonly host: LocalizeHost;
  private currentLang = '';
  private match: LocaleMatch = matchLocale(FALLBACK_LOCALE)!;
  /** The `lang` and `dir` this controller wrote on its host (other-languages.ts); the page's own are never touched. */
  ownLang: string | undefined;
  ownDir: string | undefined;

  constructor(host: LocalizeHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this);
    watchLangChanges();
    // Server-rendered DOM is in German (a server sees no page language): hydration renders that, then the host refreshes.
    if (!this.host.rendersAsServer) this.refresh();
  }

  hostDisconnected(): void {
    connected.delete(this);
  }

  /** Re-reads `lang`; updates the host when it changed (`force`: a table arrived). */
  refresh(force = false): void {
    const host = this.host;
    const lang = findLang(host, this.ownLang !== undefined && host.getAttribute('lang') === this.ownLang) || FALLBACK_LOCALE;
    if (lang !== this.currentLang || force) {
      this.currentLang = lang;
      this.match = matchLocale(lang) ?? matchLocale(FALLBACK_LOCALE)!;
      host.requestUpdate();
    }
    // German on a page without `dir` needs nothing more; any other language (English too) loads the rest.
    const german = this.locale === FALLBACK_LOCALE && primarySubtag(lang) === FALLBACK_LOCALE;
    if (!german || lang.includes('-x-') || this.ownLang || this.ownDir || host.closest('[dir]')) {
      void otherLanguages.load().then((module) => module.applyLanguage(this), () => undefined);
    }
  }

  /** The language tag in effect, as written in the page (e.g. "de-DE"). */
  get lang(): string {
    return this.currentLang || FALLBACK_LOCALE;
  }

  /** The message table's code (e.g. "de"). */
  get locale(): string {
    return this.match.code;
  }

  get m(): Messages {
    return this.match.messages;
  }

  /** The tag for `Intl`: the page's tag when the texts match it, else the texts' locale. */
  get intlLocale(): string {
    return primarySubtag(this.lang) === primarySubtag(this.locale) ? this.lang : this.locale;
  }

  formatDate(date: Date, options: Intl.DateTimeFormatOptions): string {
    return new Intl.DateTimeFormat(this.intlLocale, options).format(date);
  }

  formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
    return new Intl.NumberFormat(this.intlLocale, options).format(value);
  }

  formatList(values: string[], options?: Intl.ListFormatOptions): string {
    return new Intl.ListFormat(this.intlLocale, options).format(values);
  }
}
