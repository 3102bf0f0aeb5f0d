import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Messages } from '../../core/i18n/locales.js';
import { PARTNER_CATEGORIES } from '../../core/schemas/constants.js';
import type { PartnerCategory } from '../../core/schemas/partner.js';
import type { PartnerFilter } from './partner-filter.js';

export interface FilterOptions {
  filter: PartnerFilter;
  types: string[];
  offers: string[];
  /** In a narrow container the filters beside the search fold into one control: whether it is open. */
  open: boolean;
  onChange(filter: PartnerFilter): void;
  onToggle(): void;
}

/** How many of the folded filters are set (the search stays in view). */
function foldedInUse(filter: PartnerFilter): number {
  return [filter.category, filter.type, filter.offer, filter.newToIja].filter(Boolean).length;
}

/**
 * One filter state drives the list and the map; every control is a labelled native control. The search is
 * always in view; on a phone the other filters sit behind "Filter (n)" (the toggle shows only there).
 */
export function renderFilters(m: Messages, o: FilterOptions): TemplateResult {
  const p = m.partnerMap;
  const set = (change: Partial<PartnerFilter>) => o.onChange({ ...o.filter, ...change });
  const value = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value || undefined;
  const inUse = foldedInUse(o.filter);
  return html`<form class="filters" part="filters" role="search" aria-label=${p.filters} @submit=${(e: Event) => e.preventDefault()}>
    <div class="filter-bar">
      <label class="field search"
        >${p.search}
        <input
          type="search"
          name="search"
          autocomplete="off"
          placeholder=${p.searchHint}
          .value=${live(o.filter.search ?? '')}
          @input=${(event: Event) => set({ search: value(event) })}
      /></label>
      <button type="button" class="button secondary filters-toggle" aria-expanded=${o.open ? 'true' : 'false'} aria-controls="more-filters" @click=${o.onToggle}>
        ${inUse > 0 ? `${p.filters} (${inUse})` : p.filters}
      </button>
    </div>
    <div class="more-filters ${o.open ? 'open' : ''}" id="more-filters">
      <div class="selects">
        <label class="field"
          >${p.category}
          <select name="category" @change=${(event: Event) => set({ category: value(event) as PartnerCategory | undefined })}>
            <option value="" ?selected=${!o.filter.category}>${p.all}</option>
            ${PARTNER_CATEGORIES.map((c) => html`<option value=${c} ?selected=${o.filter.category === c}>${p.categories[c]}</option>`)}
          </select></label
        >
        <label class="field"
          >${p.type}
          <select name="type" @change=${(event: Event) => set({ type: value(event) })}>
            <option value="" ?selected=${!o.filter.type}>${p.all}</option>
            ${o.types.map((t) => html`<option value=${t} ?selected=${o.filter.type === t}>${p.types[t] ?? t}</option>`)}
          </select></label
        >
        <label class="field"
          >${p.offer}
          <select name="offer" @change=${(event: Event) => set({ offer: value(event) })}>
            <option value="" ?selected=${!o.filter.offer}>${p.all}</option>
            ${o.offers.map((offer) => html`<option value=${offer} ?selected=${o.filter.offer === offer}>${offer}</option>`)}
          </select></label
        >
      </div>
      <div class="filter-actions">
        <label class="check"
          ><input
            type="checkbox"
            name="new-to-ija"
            .checked=${live(o.filter.newToIja === true)}
            @change=${(event: Event) => set({ newToIja: (event.target as HTMLInputElement).checked || undefined })}
          />
          ${p.newToIja}</label
        >
        <button type="button" class="button secondary" @click=${() => o.onChange({})}>${p.resetFilters}</button>
      </div>
    </div>
  </form>`;
}
