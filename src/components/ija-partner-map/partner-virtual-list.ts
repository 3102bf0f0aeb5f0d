import { html, type TemplateResult } from 'lit';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import type { Messages } from '../../core/i18n/locales.js';
import { heading } from '../../base/heading.js';
import type { Partner, PartnerCategory } from '../../core/schemas/partner.js';
import { renderPartnerRow, type RowOptions } from './partner-row.js';
import type { ShownGroup } from './partner-list.js';

/** Long lists (from VIRTUALIZE_FROM partners shown): only the rows in view are in the DOM. Loaded on demand. */

type Row = { kind: 'group'; category: PartnerCategory; count: number } | { kind: 'partner'; partner: Partner; position: number; size: number };

export function renderVirtualList(
  m: Messages,
  groups: readonly ShownGroup[],
  rowOptions: (partner: Partner) => RowOptions,
  headingLevel: number,
): TemplateResult {
  const rows: Row[] = groups.flatMap((group) => [
    { kind: 'group', category: group.category, count: group.total } as Row,
    ...group.partners.map((partner, index): Row => ({ kind: 'partner', partner, position: index + 1, size: group.total })),
  ]);
  return html`<div class="virtual-list" role="list">
    ${virtualize({
      items: rows,
      keyFunction: (row: Row) => (row.kind === 'group' ? `g:${row.category}` : row.partner.id),
      renderItem: (row: Row) =>
        row.kind === 'group'
          ? html`<div role="listitem" class="virtual-row">
              ${heading(
                headingLevel,
                { class: 'group-title' },
                html`${m.partnerMap.categories[row.category]} <span class="group-count">(${m.partnerMap.groupCount(row.count)})</span>`,
              )}
            </div>`
          : html`<div role="listitem" class="virtual-row" aria-posinset=${row.position} aria-setsize=${row.size}>
              ${renderPartnerRow(m, row.partner, rowOptions(row.partner))}
            </div>`,
    })}
  </div>`;
}
