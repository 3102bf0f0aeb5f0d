import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Messages } from '../../core/i18n/locales.js';
import type { Partner } from '../../core/schemas/partner.js';
import { inListOrder, renderPartnerList, type ListOptions } from './partner-list.js';

/** The list shows this many partners first, and this many more per "show more". */
const LIST_STEP = 20;

/** What the widget gives the list on each render. */
export type ListContext = Pick<ListOptions, 'selectedId' | 'headingLevel' | 'virtualList' | 'onShowOnMap'> & {
  /** Focus this (a selector in the widget) after the next update. */
  focus(selector: string): void;
};

/**
 * The list's own state: how many partners it shows (it grows in steps) and whose details are open. Loaded with
 * the partners, so the element's first download stays small.
 */
export class PartnerListSteps {
  private limit = LIST_STEP;
  private expanded: ReadonlySet<string> = new Set();

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Back to the first step (the filters changed). */
  reset(): void {
    this.limit = LIST_STEP;
  }

  /** Shows the partner with its details open (the map's "show in the list"): the list grows to its step. */
  reveal(partners: readonly Partner[], id: string): void {
    const position = inListOrder(partners).findIndex((partner) => partner.id === id);
    this.limit = Math.max(this.limit, Math.ceil((position + 1) / LIST_STEP) * LIST_STEP);
    this.expanded = new Set(this.expanded).add(id);
    this.host.requestUpdate();
  }

  render(m: Messages, partners: readonly Partner[], { focus, ...o }: ListContext): TemplateResult {
    if (partners.length === 0) return html`<p class="no-results">${m.partnerMap.noResults}</p>`;
    return html`<div class="list" part="list">
      ${renderPartnerList(m, partners, {
        ...o,
        expanded: this.expanded,
        limit: this.limit,
        step: LIST_STEP,
        onToggle: (partner) => this.toggle(partner.id),
        onShowMore: () => this.showMore(partners, this.limit + LIST_STEP, focus),
        onShowAll: () => this.showMore(partners, partners.length, focus),
      })}
    </div>`;
  }

  private toggle(id: string): void {
    const expanded = new Set(this.expanded);
    if (!expanded.delete(id)) expanded.add(id);
    this.expanded = expanded;
    this.host.requestUpdate();
  }

  /** Reveals the list up to `limit` partners; focus goes to the first one revealed. */
  private showMore(partners: readonly Partner[], limit: number, focus: ListContext['focus']): void {
    const first = inListOrder(partners)[this.limit];
    this.limit = limit;
    if (first) focus(`#partner-${CSS.escape(first.id)}`);
    this.host.requestUpdate();
  }
}
