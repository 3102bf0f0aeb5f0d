import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Messages } from '../../core/i18n/locales.js';
import { renderOnDemand } from '../../base/states.js';
import { heading } from '../../base/heading.js';
import type { OnDemand } from '../../core/on-demand.js';
import type { Partner } from '../../core/schemas/partner.js';
import { groupByCategory } from './partner-search.js';
import { renderPartnerRow, type RowOptions } from './partner-row.js';

/**
 * Beyond this many partners only the rows in view are in the DOM. Below it the list is plain
 * HTML, which screen readers and find-in-page handle best.
 */
export const VIRTUALIZE_FROM = 200;


export interface ListOptions {
  selectedId?: string;
  /** The level of the group headings; a partner's name is one below. */
  headingLevel: number;
  onShowOnMap?: (partner: Partner) => void;
  /** The virtualized list for long lists, loaded on demand (loading state until then, error with retry if it fails). */
  virtualList: { code: OnDemand<typeof import('./partner-virtual-list.js')>; host: ReactiveControllerHost };
}

export function renderPartnerList(m: Messages, partners: readonly Partner[], o: ListOptions): TemplateResult {
  const groups = groupByCategory(partners).filter((group) => group.partners.length > 0);
  const rowOptions = (partner: Partner): RowOptions => ({ selected: partner.id === o.selectedId, headingLevel: o.headingLevel + 1, onShowOnMap: o.onShowOnMap });
  if (partners.length < VIRTUALIZE_FROM) {
    return html`${groups.map(
      (group) => html`<section class="group" aria-labelledby="group-${group.category}">
        ${heading(
          o.headingLevel,
          { id: `group-${group.category}`, class: 'group-title' },
          html`${m.partnerMap.categories[group.category]} <span class="group-count">(${m.partnerMap.groupCount(group.partners.length)})</span>`,
        )}
        <ul class="partners">
          ${group.partners.map((partner) => html`<li>${renderPartnerRow(m, partner, rowOptions(partner))}</li>`)}
        </ul>
      </section>`,
    )}`;
  }
  return renderOnDemand(m, o.virtualList.host, o.virtualList.code, (list) => list.renderVirtualList(m, groups, rowOptions, o.headingLevel));
}
