import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../../core/i18n/locales.js';
import { partnerTypesOf } from '../../core/defaults/partner-types.js';
import { PARTNER_CATEGORIES } from '../../core/schemas/constants.js';

/**
 * A network with no partners yet: the partner types the factsheet recommends, per group, as the invitation
 * list they are, and the way to join when the site offers it.
 */
export function renderEmptyNetwork(m: Messages, onJoin: (() => void) | undefined): TemplateResult {
  const p = m.partnerMap;
  return html`<div class="empty-network">
    <p>${p.emptyNetwork}</p>
    <div class="invite-groups">
      ${PARTNER_CATEGORIES.map(
        (category) => html`<section class="invite-group" aria-labelledby="invite-${category}">
          <h3 id="invite-${category}" class="group-title">${p.categories[category]}</h3>
          <ul class="invite-list">
            ${partnerTypesOf(category).map((def) => html`<li>${p.types[def.id] ?? def.label}</li>`)}
          </ul>
        </section>`,
      )}
    </div>
    ${onJoin ? html`<p><button type="button" class="button" @click=${onJoin}>${p.joinInvite}</button></p>` : nothing}
  </div>`;
}
