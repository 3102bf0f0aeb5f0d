import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../../core/i18n/locales.js';
import { heading } from '../../base/heading.js';
import type { Partner } from '../../core/schemas/partner.js';
import { safeHref } from '../../core/safe-url.js';

export interface RowOptions {
  selected: boolean;
  /** The level of the partner's name. */
  headingLevel: number;
  /** With a toggle, the row is compact (name, type, badge) and its details open on demand; without, they always show. */
  expanded?: boolean;
  onToggle?: (partner: Partner) => void;
  onShowOnMap?: (partner: Partner) => void;
}

/** One partner in the list: every text from data is text, every link passes the URL check. */
export function renderPartnerRow(m: Messages, partner: Partner, o: RowOptions): TemplateResult {
  const p = m.partnerMap;
  const open = !o.onToggle || o.expanded === true;
  return html`<article class="partner ${o.selected ? 'selected' : ''}" id="partner-${partner.id}" tabindex="-1" part="partner">
    <div class="partner-summary">
      ${heading(o.headingLevel, { class: 'partner-name' }, partner.name)}
      <p class="partner-meta">
        ${partner.type ? html`<span class="partner-type">${p.types[partner.type] ?? partner.type}</span>` : nothing}
        ${partner.activeInIja === false ? html`<span class="badge new">${p.newToIjaBadge}</span>` : nothing}
      </p>
      ${o.onToggle
        ? html`<button
            type="button"
            class="details-toggle"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls="details-${partner.id}"
            @click=${() => o.onToggle!(partner)}
          >
            <span>${p.details}</span><span class="visually-hidden">: ${partner.name}</span>
          </button>`
        : nothing}
    </div>
    <div class="partner-details" id="details-${partner.id}" ?hidden=${!open}>${renderDetails(m, partner, o)}</div>
  </article>`;
}

/** What the disclosure reveals; rendered (hidden) when closed too, so opening only flips `hidden`. */
function renderDetails(m: Messages, partner: Partner, o: RowOptions): TemplateResult {
  const p = m.partnerMap;
  const website = safeHref(partner.website);
  const email = partner.email ? safeHref(`mailto:${partner.email}`) : undefined;
  const phone = partner.phone ? safeHref(`tel:${partner.phone.replace(/[^\d+]/g, '')}`) : undefined;
  return html`${partner.description ? html`<p class="partner-description">${partner.description}</p>` : nothing}
    ${partner.address ? html`<p class="partner-address">${partner.address}</p>` : nothing}
    ${partner.offers?.length
      ? html`<p class="partner-offers"><span class="label">${p.offers}:</span> ${partner.offers.join(', ')}</p>`
      : nothing}
    <p class="partner-links">
      ${website ? html`<a href=${website} rel="noopener noreferrer">${p.website}<span class="visually-hidden">: ${partner.name}</span></a>` : nothing}
      ${email ? html`<a href=${email}>${partner.email}</a>` : nothing}
      ${phone ? html`<a href=${phone}>${partner.phone}</a>` : nothing}
      ${partner.location && o.onShowOnMap
        ? html`<button type="button" class="link-button" @click=${() => o.onShowOnMap!(partner)}>
            <span class="visually-hidden">${partner.name}: </span>${p.showOnMap}
          </button>`
        : nothing}
    </p>`;
}
