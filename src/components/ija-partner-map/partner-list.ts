import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Messages } from '../../core/i18n/locales.js';
import { renderOnDemand } from '../../base/states.js';
import { heading } from '../../base/heading.js';
import type { OnDemand } from '../../core/on-demand.js';
import type { Partner, PartnerCategory } from '../../core/schemas/partner.js';
import { groupByCategory } from './partner-search.js';
import { renderPartnerRow, type RowOptions } from './partner-row.js';

/**
 * Beyond this many partners shown only the rows in view are in the DOM. Below it the list is plain
 * HTML, which screen readers and find-in-page handle best.
 */
export const VIRTUALIZE_FROM = 200;

export interface ListOptions {
  selectedId?: string;
  /** The level of the group headings; a partner's name is one below. */
  headingLevel: number;
  /** Partners whose details are open. */
  expanded: ReadonlySet<string>;
  /** How many partners are shown (the first ones in list order). */
  limit: number;
  /** How many more each "show more" reveals. */
  step: number;
  onToggle(partner: Partner): void;
  onShowOnMap?: (partner: Partner) => void;
  onShowMore(): void;
  onShowAll(): void;
  /** The virtualized list for long lists, loaded on demand (loading state until then, error with retry if it fails). */
  virtualList: { code: OnDemand<typeof import('./partner-virtual-list.js')>; host: ReactiveControllerHost };
}

/** A group as the list shows it: its first partners, and how many it has in all. */
export interface ShownGroup {
  category: PartnerCategory;
  partners: readonly Partner[];
  total: number;
}

/** The partners in the order the list shows them: by group, in PARTNER_CATEGORIES order. */
export function inListOrder(partners: readonly Partner[]): Partner[] {
  return groupByCategory(partners).flatMap((group) => group.partners);
}

/** The first `limit` partners in list order, by group. */
function firstInGroups(partners: readonly Partner[], limit: number): ShownGroup[] {
  const shown: ShownGroup[] = [];
  let left = limit;
  for (const group of groupByCategory(partners)) {
    if (left <= 0) break;
    if (group.partners.length === 0) continue;
    shown.push({ category: group.category, partners: group.partners.slice(0, left), total: group.partners.length });
    left -= group.partners.length;
  }
  return shown;
}

export function renderPartnerList(m: Messages, partners: readonly Partner[], o: ListOptions): TemplateResult {
  const shown = Math.min(o.limit, partners.length);
  const groups = firstInGroups(partners, shown);
  const rowOptions = (partner: Partner): RowOptions => ({
    selected: partner.id === o.selectedId,
    headingLevel: o.headingLevel + 1,
    expanded: o.expanded.has(partner.id),
    onToggle: o.onToggle,
    onShowOnMap: o.onShowOnMap,
  });
  const list =
    shown < VIRTUALIZE_FROM
      ? html`${groups.map(
          (group) => html`<section class="group" aria-labelledby="group-${group.category}">
            ${heading(
              o.headingLevel,
              { id: `group-${group.category}`, class: 'group-title' },
              html`${m.partnerMap.categories[group.category]} <span class="group-count">(${m.partnerMap.groupCount(group.total)})</span>`,
            )}
            <ul class="partners">
              ${group.partners.map((partner) => html`<li>${renderPartnerRow(m, partner, rowOptions(partner))}</li>`)}
            </ul>
          </section>`,
        )}`
      : renderOnDemand(m, o.virtualList.host, o.virtualList.code, (code) => code.renderVirtualList(m, groups, rowOptions, o.headingLevel));
  return html`${list}${shown < partners.length ? renderMore(m, shown, partners.length, o) : nothing}`;
}

/** How many are shown of how many, and the steps to the rest. */
function renderMore(m: Messages, shown: number, total: number, o: ListOptions): TemplateResult {
  const p = m.partnerMap;
  return html`<div class="list-more">
    <p class="shown-count">${p.resultCount(shown, total)}</p>
    <button type="button" class="button secondary" @click=${o.onShowMore}>${p.showMore(Math.min(o.step, total - shown))}</button>
    <button type="button" class="link-button" @click=${o.onShowAll}>${p.showAll}</button>
  </div>`;
}
