import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../../core/i18n/locales.js';
import type { Card } from '../../core/schemas/board.js';
import type { OutboxEntry } from './board-outbox.js';

/** One idea on the board: its text, votes, this participant's controls, and the moderator's. */

export interface CardActions {
  canVote: boolean;
  locked: boolean;
  moderator: boolean;
  editing: boolean;
  /** Other ideas on the same question, for merging. */
  mergeTargets: readonly Card[];
  onVote(value: 1 | -1): void;
  onEdit(): void;
  onSaveEdit(text: string): void;
  onCancelEdit(): void;
  onDelete(): void;
  onModerate(patch: { hidden?: boolean; insight?: boolean }): void;
  onMerge(into: string): void;
}

/** Short text for labels: long ideas are cut, so a button's name stays readable. */
export function short(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

export function renderCard(m: Messages, card: Card, a: CardActions): TemplateResult {
  const b = m.board;
  const mod = b.moderator;
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
          <textarea id="edit-${card.id}" name="text" rows="3" maxlength="500" .value=${card.text}></textarea>
          <div class="row">
            <button type="submit" class="button">${b.save}</button>
            <button type="button" class="button secondary" @click=${a.onCancelEdit}>${b.cancel}</button>
          </div>
        </form>`
      : html`<p class="card-text">${card.text}</p>`}
    <div class="row card-meta">
      <span class="vote-count">${b.votes(card.votes)}</span>
      ${card.mine ? html`<span class="tag">${b.yours}</span>` : nothing}
    </div>
    ${a.editing
      ? nothing
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
            ? html`<button type="button" class="link-button" @click=${a.onEdit}>${b.edit(label)}</button>
                <button type="button" class="link-button" @click=${a.onDelete}>${b.remove(label)}</button>`
            : nothing}
        </div>`}
    ${a.moderator ? renderModeration(m, card, a, label, mod) : nothing}
  </li>`;
}

function renderModeration(m: Messages, card: Card, a: CardActions, label: string, mod: Messages['board']['moderator']): TemplateResult {
  return html`<div class="row moderation">
    <button type="button" class="link-button" @click=${() => a.onModerate({ insight: !card.insight })}>
      ${card.insight ? mod.unmarkInsight(label) : mod.markInsight(label)}
    </button>
    <button type="button" class="link-button" @click=${() => a.onModerate({ hidden: !card.hidden })}>
      ${card.hidden ? mod.show(label) : mod.hide(label)}
    </button>
    ${card.mine ? nothing : html`<button type="button" class="link-button" @click=${a.onDelete}>${m.board.remove(label)}</button>`}
    ${a.mergeTargets.length > 0
      ? html`<form
          class="merge"
          @submit=${(event: Event) => {
            event.preventDefault();
            const into = new FormData(event.currentTarget as HTMLFormElement).get('into');
            if (into) a.onMerge(String(into));
          }}
        >
          <label class="field"
            >${mod.mergeInto}
            <select name="into">
              ${a.mergeTargets.map((target) => html`<option value=${target.id}>${short(target.text)}</option>`)}
            </select>
          </label>
          <button type="submit" class="button secondary">${mod.merge}<span class="visually-hidden">: ${label}</span></button>
        </form>`
      : nothing}
  </div>`;
}

/** An idea still on its way (or refused): the text stays with the person, with the reason. */
export function renderPending(m: Messages, entry: OutboxEntry, text: string, onRetry: () => void, onDiscard: () => void): TemplateResult {
  const b = m.board;
  const rejected = entry.state === 'rejected';
  const reason = (() => {
    const code = entry.reason?.error;
    if (code === 'board-locked') return b.reasons.locked;
    if (code === 'vote-cap') return b.reasons.cap;
    if (entry.reason?.status === 400) return b.reasons.tooLong;
    if (entry.reason?.status === 404) return b.reasons.gone;
    return b.reasons.other;
  })();
  return html`<li class="card pending ${rejected ? 'rejected' : ''}" data-id=${entry.id}>
    <p class="card-text">${text}</p>
    ${rejected
      ? html`<p class="error-text">${b.rejected(reason)}</p>
          <div class="row">
            <button type="button" class="button secondary" @click=${onRetry}>${b.retry}</button>
            <button type="button" class="link-button" @click=${onDiscard}>${b.discard}</button>
          </div>`
      : html`<p class="muted sending"><span class="spinner" aria-hidden="true"></span> ${b.sending}</p>`}
  </li>`;
}
