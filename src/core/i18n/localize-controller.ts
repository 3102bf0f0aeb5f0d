import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FALLBACK_LOCALE, matchLocale, registerBuiltInMessages, type Messages } from './locales.js';
import { commonMessages } from './messages/common.js';

registerBuiltInMessages('common', commonMessages);

type LocalizeHost = ReactiveControllerHost & HTMLElement;

const connected = new Set<LocalizeController>();
let observer: MutationObserver | undefined;

/** One observer for all widgets: any `lang` change in the document re-resolves every widget's language. */
function watchLangChanges(): void {
  if (observer) return;
  observer = new MutationObserver(() => connected.forEach((controller) => controller.refresh()));
  observer.observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ['lang'] });
}

/** The `lang` of the element, its nearest ancestor with one (crossing shadow roots), or `<html>`. */
export function findLang(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return '';
}

/**
 * Gives a widget its language: message table, and `Intl` formatting in that language.
 * Not @lit/localize: its locale is global to the page, wrong for widgets embedded in other sites.
 */
export class LocalizeController implements ReactiveController {
  private readonly host: LocalizeHost;
  private currentLang = '';
  private match = matchLocale(FALLBACK_LOCALE);

  constructor(host: LocalizeHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this);
    watchLangChanges();
    this.refresh();
  }

  hostDisconnected(): void {
    connected.delete(this);
  }

  /** Re-reads `lang`; updates the host when it changed. */
  refresh(): void {
    const lang = findLang(this.host) || FALLBACK_LOCALE;
    if (lang === this.currentLang) return;
    this.currentLang = lang;
    this.match = matchLocale(lang);
    this.host.requestUpdate();
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
  private get intlLocale(): string {
    return this.lang.toLowerCase().startsWith(this.locale.split('-')[0]!) ? this.lang : this.locale;
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
