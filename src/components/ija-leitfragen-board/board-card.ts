import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../../core/i18n/locales.js';
import type { Card } from '../../core/schemas/board.js';
import { CARD_TEXT_MAX } from '../../core/schemas/constants.js';

/** One idea on the board: its text, votes, this participant's controls; the moderator's menu comes from its own module. */

/** What a person does on a card: one object for the whole board, told which card (so a card's template can stay as it is). */
export interface CardHandlers {
  onVote(cardId: string, value: 1 | -1): void;
  onEdit(cardId: string): void;
  onSaveEdit(cardId: string, text: string): void;
  onCancelEdit(cardId: string): void;
  onAskRemove(cardId: string): void;
  onCancelRemove(cardId: string): void;
  onRemove(cardId: string): void;
}

export interface CardActions {
  canVote: boolean;
  locked: boolean;
  moderator: boolean;
  /** The card shows its edit form (in a long column the form is in a dialog instead, see `board-virtual-cards.ts`). */
  editing: boolean;
  /** This participant asked to delete their idea: the card asks first. */
  confirmingRemove: boolean;
  /** The moderator's menu for this idea (loaded with the moderator's code): its button, and what it opens below the idea. */
  menu?: { toggle: TemplateResult | typeof nothing; panel: TemplateResult | typeof nothing };
  /** In a long column, where only some cards are in the page: the card's place in the whole list. */
  position?: { index: number; size: number };
  handlers: CardHandlers;
}

/** Short text for labels: long ideas are cut, so a button's name stays readable. */
export function short(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** The texts of ideas merged into this one: they stay visible with it. */
export function renderMerged(m: Messages, card: Card): TemplateResult | typeof nothing {
  const merged = card.merged ?? [];
  return merged.length === 0
    ? nothing
    : html`<div class="merged">
        <p class="tag">${m.board.merged}</p>
        <ul>
          ${merged.map((idea) => html`<li>${idea.text}</li>`)}
        </ul>
      </div>`;
}

/** The form that edits this participant's idea (`visibleLabel`: its label is shown, as in a dialog). */
export function renderEditForm(m: Messages, card: Card, handlers: CardHandlers, visibleLabel = false): TemplateResult {
  const b = m.board;
  return html`<form
    class="edit-form"
    @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && !visibleLabel && handlers.onCancelEdit(card.id)}
    @submit=${(event: Event) => {
      event.preventDefault();
      const text = new FormData(event.currentTarget as HTMLFormElement).get('text');
      handlers.onSaveEdit(card.id, String(text ?? ''));
    }}
  >
    <label class=${visibleLabel ? '' : 'visually-hidden'} for="edit-${card.id}">${b.edit(short(card.text))}</label>
    <textarea id="edit-${card.id}" name="text" rows="3" maxlength=${CARD_TEXT_MAX} .value=${card.text}></textarea>
    <div class="row">
      <button type="submit" class="button">${b.save}</button>
      <button type="button" class="button secondary" @click=${() => handlers.onCancelEdit(card.id)}>${b.cancel}</button>
    </div>
  </form>`;
}

export function renderCard(m: Messages, card: Card, a: CardActions): TemplateResult {
  const b = m.board;
  const label = short(card.text);
  const myVotes = card.myVotes ?? 0;
  const h = a.handlers;
  const id = card.id;
  return html`<li
    class="card ${card.insight ? 'insight' : ''} ${card.hidden ? 'hidden-card' : ''} ${card.mine ? 'mine' : ''}"
    data-id=${id}
    aria-posinset=${a.position ? a.position.index + 1 : nothing}
    aria-setsize=${a.position?.size ?? nothing}
  >
    ${card.insight ? html`<p class="tag insight-tag">★ ${b.insight}</p>` : nothing}
    ${card.hidden && a.moderator ? html`<p class="tag">${b.hiddenIdea}</p>` : nothing}
    ${a.editing ? renderEditForm(m, card, h) : html`<p class="card-text">${card.text}</p>`}
    ${renderMerged(m, card)}
    <div class="row card-meta">
      <span class="vote-count">${b.votes(card.votes)}</span>
      ${card.mine ? html`<span class="tag">${b.yours}</span>` : nothing}
    </div>
    ${a.editing
      ? nothing
      : a.confirmingRemove
        ? html`<div class="row confirm" role="group" aria-labelledby="confirm-${card.id}">
            <p id="confirm-${card.id}">${b.removeConfirm(label)}</p>
            <button type="button" class="button danger" @click=${() => h.onRemove(id)}>${b.yesRemove}</button>
            <button type="button" class="button secondary confirm-cancel" @click=${() => h.onCancelRemove(id)}>${b.cancel}</button>
          </div>`
        : html`<div class="row card-actions">
            <button type="button" class="icon-button vote" ?disabled=${a.locked || !a.canVote} @click=${() => h.onVote(id, 1)}>
              +1<span class="visually-hidden">: ${b.vote(label)}</span>
            </button>
            ${myVotes > 0
              ? html`<button type="button" class="icon-button unvote" ?disabled=${a.locked} @click=${() => h.onVote(id, -1)}>
                  −1<span class="visually-hidden">: ${b.unvote(label)}</span>
                </button>`
              : nothing}
            ${card.mine && !a.locked
              ? html`<button type="button" class="link-button edit" aria-label=${b.edit(label)} @click=${() => h.onEdit(id)}>${b.editShort}</button>
                  <button type="button" class="link-button remove" aria-label=${b.remove(label)} @click=${() => h.onAskRemove(id)}>${b.removeShort}</button>`
              : nothing}
            ${a.menu?.toggle ?? nothing}
          </div>`}
    ${a.editing ? nothing : (a.menu?.panel ?? nothing)}
  </li>`;
}
