import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Messages } from '../../core/i18n/locales.js';
import type { Partner } from '../../core/schemas/partner.js';
import type { PartnerFilter } from './partner-filter.js';
import { renderFilters } from './partner-filters.js';
import { collectOffers, collectTypes } from './partner-search.js';

const COUNT_ANNOUNCE_DELAY = 600;

/**
 * The filter form above the list and the map: its choices from the data (once per data set, not per keystroke),
 * its fold on a phone, the count, and the count announced once typing pauses. Loaded with the partners.
 */
export class PartnerFilterArea implements ReactiveController {
  private choices?: { source: readonly Partner[]; types: string[]; offers: string[] };
  /** The folded filters (a narrow container) are open. */
  private open = false;
  private countText = '';
  private countTimer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.countTimer);
  }

  /** Filters apply at once; the count is announced once typing pauses, not per keystroke. */
  announce(text: () => string): void {
    clearTimeout(this.countTimer);
    this.countTimer = setTimeout(() => {
      this.countText = text();
      this.host.requestUpdate();
    }, COUNT_ANNOUNCE_DELAY);
  }

  render(m: Messages, data: readonly Partner[], shown: number, filter: PartnerFilter, onChange: (filter: PartnerFilter) => void): TemplateResult {
    if (this.choices?.source !== data) this.choices = { source: data, types: collectTypes(data), offers: collectOffers(data) };
    return html`${renderFilters(m, {
        filter,
        types: this.choices.types,
        offers: this.choices.offers,
        open: this.open,
        onChange,
        onToggle: () => {
          this.open = !this.open;
          this.host.requestUpdate();
        },
      })}
      <p class="result-count" aria-hidden="true">${m.partnerMap.resultCount(shown, data.length)}</p>
      <p class="visually-hidden" role="status" aria-live="polite">${this.countText}</p>`;
  }
}
