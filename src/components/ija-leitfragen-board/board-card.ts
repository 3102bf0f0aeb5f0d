import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../../core/i18n/locales.js';
import type { Card } from '../../core/schemas/board.js';
import { CARD_TEXT_MAX } from '../../core/schemas/constants.js';

/** One idea on the board: its text, votes, this participant's controls; the moderator's menu comes from its own module. */

export interface CardActions {
  canVote: boolean;
  locked: boolean;
  moderator: boolean;
  editing: boolean;
  /** This participant asked to delete their idea: the card asks first. */
  confirmingRemove: boolean;
  /** The moderator's menu for this idea (loaded with the moderator's code): its button, and what it opens below the idea. */
  menu?: { toggle: TemplateResult | typeof nothing; panel: TemplateResult | typeof nothing };
  onVote(value: 1 | -1): void;
  onEdit(): void;
  onSaveEdit(text: string): void;
  onCancelEdit(): void;
  onAskRemove(): void;
  onCancelRemove(): void;
  onRemove(): void;
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

export function renderCard(m: Messages, card: Card, a: CardActions): TemplateResult {
  const b = m.board;
  const label = short(card.text);
  const myVotes = card.myVotes ?? 0;
  return html`<li class="card ${card.insight ? 'insight' : ''} ${card.hidden ? 'hidden-card' : ''} ${card.mine ? 'mine' : ''}" data-id=${card.id}>
    ${card.insight ? html`<p class="tag insight-tag">★ ${b.insight}</p>` : nothing}
    ${card.hidden && a.moderator ? html`<p class="tag">${b.hiddenIdea}</p>` : nothing}
    ${a.editing
      ? html`<form
          class="edit-form"
          @submit=${(event: Event) => {
            event.preventDefault();
            const text = new FormData(event.currentTarget as HTMLFormElement).get('text');
            a.onSaveEdit(String(text ?? ''));
          }}
        >
          <label class="visually-hidden" for="edit-${card.id}">${b.edit(label)}</label>
          <textarea id="edit-${card.id}" name="text" rows="3" maxlength=${CARD_TEXT_MAX} .value=${card.text}></textarea>
          <div class="row">
            <button type="submit" class="button">${b.save}</button>
            <button type="button" class="button secondary" @click=${a.onCancelEdit}>${b.cancel}</button>
          </div>
        </form>`
      : html`<p class="card-text">${card.text}</p>`}
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
            <button type="button" class="button danger" @click=${a.onRemove}>${b.yesRemove}</button>
            <button type="button" class="button secondary confirm-cancel" @click=${a.onCancelRemove}>${b.cancel}</button>
          </div>`
        : html`<div class="row card-actions">
            <button type="button" class="icon-button vote" ?disabled=${a.locked || !a.canVote} @click=${() => a.onVote(1)}>
              +1<span class="visually-hidden">: ${b.vote(label)}</span>
            </button>
            ${myVotes > 0
              ? html`<button type="button" class="icon-button unvote" ?disabled=${a.locked} @click=${() => a.onVote(-1)}>
                  −1<span class="visually-hidden">: ${b.unvote(label)}</span>
                </button>`
              : nothing}
            ${card.mine && !a.locked
              ? html`<button type="button" class="link-button edit" aria-label=${b.edit(label)} @click=${a.onEdit}>${b.editShort}</button>
                  <button type="button" class="link-button remove" aria-label=${b.remove(label)} @click=${a.onAskRemove}>${b.removeShort}</button>`
              : nothing}
            ${a.menu?.toggle ?? nothing}
          </div>`}
    ${a.editing ? nothing : (a.menu?.panel ?? nothing)}
  </li>`;
}
