import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Messages } from '../../core/i18n/locales.js';
import { renderLoading } from '../../base/states.js';
import type { Partner, PartnerCategory } from '../../core/schemas/partner.js';
import { groupByCategory } from './partner-search.js';
import { renderPartnerRow, type RowOptions } from './partner-row.js';

/**
 * Beyond this many partners only the rows in view are in the DOM. Below it the list is plain
 * HTML, which screen readers and find-in-page handle best.
 */
export const VIRTUALIZE_FROM = 200;

type Row = { kind: 'group'; category: PartnerCategory; count: number } | { kind: 'partner'; partner: Partner; position: number; size: number };

export interface ListOptions {
  selectedId?: string;
  onShowOnMap?: (partner: Partner) => void;
  /** The virtualizer, loaded on demand for long lists; until it is there, long lists show the loading state. */
  virtualizer?: typeof import('@lit-labs/virtualizer/virtualize.js');
}

export function renderPartnerList(m: Messages, partners: readonly Partner[], o: ListOptions): TemplateResult {
  const groups = groupByCategory(partners).filter((group) => group.partners.length > 0);
  const rowOptions = (partner: Partner): RowOptions => ({ selected: partner.id === o.selectedId, onShowOnMap: o.onShowOnMap });
  if (partners.length < VIRTUALIZE_FROM) {
    return html`${groups.map(
      (group) => html`<section class="group" aria-labelledby="group-${group.category}">
        <h3 id="group-${group.category}" class="group-title">
          ${m.partnerMap.categories[group.category]} <span class="group-count">(${m.partnerMap.groupCount(group.partners.length)})</span>
        </h3>
        <ul class="partners">
          ${repeat(group.partners, (partner) => partner.id, (partner) => html`<li>${renderPartnerRow(m, partner, rowOptions(partner))}</li>`)}
        </ul>
      </section>`,
    )}`;
  }
  if (!o.virtualizer) return renderLoading(m);
  const { virtualize } = o.virtualizer;
  const rows: Row[] = groups.flatMap((group) => [
    { kind: 'group', category: group.category, count: group.partners.length } as Row,
    ...group.partners.map((partner, index): Row => ({ kind: 'partner', partner, position: index + 1, size: group.partners.length })),
  ]);
  return html`<div class="virtual-list" role="list">
    ${virtualize({
      items: rows,
      keyFunction: (row: Row) => (row.kind === 'group' ? `g:${row.category}` : row.partner.id),
      renderItem: (row: Row) =>
        row.kind === 'group'
          ? html`<div role="listitem" class="virtual-row">
              <h3 class="group-title">
                ${m.partnerMap.categories[row.category]} <span class="group-count">(${m.partnerMap.groupCount(row.count)})</span>
              </h3>
            </div>`
          : html`<div role="listitem" class="virtual-row" aria-posinset=${row.position} aria-setsize=${row.size}>
              ${renderPartnerRow(m, row.partner, rowOptions(row.partner))}
            </div>`,
    })}
  </div>`;
}
