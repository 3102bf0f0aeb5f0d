import { css, html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import type { Card } from '../../core/schemas/board.js';
import { addStyles } from '../../base/add-styles.js';
import { renderEditForm, short } from './board-card.js';
import { cardRender, type CardListOptions } from './board-cards.js';
import { dialogStyles } from './board-dialog.styles.js';

/**
 * A long column (from `VIRTUALIZE_FROM` ideas): only the cards in view (and a margin) are in the DOM; each says its
 * place in the whole list (`aria-posinset`, `aria-setsize`). What a person types must not scroll away with its card:
 * this participant's edit of an idea opens in a dialog that stays while the list moves. Loaded on demand.
 */
export function renderVirtualCards(o: CardListOptions): TemplateResult {
  addStyles(o.host as unknown as ReactiveElement, virtualStyles);
  addStyles(o.host as unknown as ReactiveElement, dialogStyles);
  const size = o.cards.length;
  const edited = o.editing === undefined ? undefined : o.cards.find((card) => card.id === o.editing);
  return html`<ul class="cards virtual-cards">
      ${virtualize({
        items: o.cards as Card[],
        keyFunction: (card: Card) => card.id,
        renderItem: (card: Card, index: number) => html`${cardRender(o, card, { index, size })}`,
      })}
    </ul>
    ${o.pending.length > 0 ? html`<ul class="cards">${o.pending}</ul>` : nothing}
    ${edited ? renderEditDialog(o, edited) : nothing}`;
}

function renderEditDialog(o: CardListOptions, card: Card): TemplateResult {
  return html`<dialog class="board-dialog edit-dialog" aria-label=${o.m.board.edit(short(card.text))} @close=${() => o.handlers.onCancelEdit(card.id)}>
    ${renderEditForm(o.m, card, o.handlers, true)}
  </dialog>`;
}

const virtualStyles = css`
  .virtual-cards {
    display: block;
  }
  .virtual-cards > .card {
    inline-size: 100%;
    box-sizing: border-box;
    margin-block-end: 0.5rem;
  }
`;
