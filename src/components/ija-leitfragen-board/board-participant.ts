import type { IjaAdapter } from '../../core/adapter/types.js';
import { html, nothing, type TemplateResult } from 'lit';
import { IjaIdeaAddEvent, IjaVoteEvent, type IjaOperation } from '../../core/events.js';
import type { Messages } from '../../core/i18n/locales.js';
import { CARD_TEXT_MAX } from '../../core/schemas/constants.js';
import type { Board, Question } from '../../core/schemas/board.js';
import type { CardHandlers } from './board-card.js';
import type { BoardOutbox } from './board-outbox.js';
import { findCard, localCard, removeCard, upsertCard, votedCard } from './board-state.js';

/** The element, as a participant's actions on cards see it. */
export interface ParticipantHost extends HTMLElement {
  current?: Board;
  /** The idea whose editor is open. */
  editing?: string;
  /** The idea whose delete asks first. */
  confirmRemove?: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly participant: IjaAdapter;
  readonly outbox: BoardOutbox | undefined;
  /** What a person typed per question, not sent yet, and the idea form's error per question. */
  drafts: Record<string, string>;
  formErrors: Record<string, string>;
  focusIn(selector: string): void;
  moderate<T>(operation: IjaOperation, remote: () => Promise<T>, local: (board: Board, result?: T) => Board): Promise<boolean>;
}

const cardSelector = (cardId: string) => `[data-id="${CSS.escape(cardId)}"]`;

/**
 * What a participant does on a card (vote, edit, delete their idea), as one object for the whole board, so a card's
 * template stays as it is until its idea changes. Focus never falls to the page: it follows each step.
 */
export function cardHandlers(host: ParticipantHost): CardHandlers {
  const endEdit = (cardId: string) => {
    host.editing = undefined;
    host.focusIn(`${cardSelector(cardId)} .edit`);
  };
  return {
    onVote(cardId, value) {
      const board = host.current!;
      const voted = votedCard(board, cardId, value);
      if (!voted || !host.dispatchEvent(new IjaVoteEvent({ boardId: board.id, cardId, value }))) return;
      host.current = upsertCard(board, voted);
      // The last vote taken back: its −1 button goes, focus goes to +1.
      if (!voted.myVotes) host.focusIn(`${cardSelector(cardId)} .vote`);
      host.outbox?.enqueue({ kind: 'vote', boardId: board.id, cardId, vote: { id: crypto.randomUUID(), value } });
    },
    onEdit(cardId) {
      host.editing = cardId;
      host.focusIn(`#edit-${CSS.escape(cardId)}`);
    },
    onCancelEdit(cardId) {
      if (host.editing === cardId) endEdit(cardId);
    },
    onSaveEdit(cardId, text) {
      const board = host.current!;
      const card = findCard(board, cardId);
      const trimmed = text.trim();
      endEdit(cardId);
      if (!card || trimmed === '' || trimmed === card.text) return;
      host.current = upsertCard(board, { ...card, text: trimmed });
      host.outbox?.enqueue({ kind: 'edit-card', boardId: board.id, cardId, patch: { text: trimmed } });
    },
    onAskRemove(cardId) {
      host.confirmRemove = cardId;
      host.focusIn(`${cardSelector(cardId)} .confirm-cancel`);
    },
    onCancelRemove(cardId) {
      host.confirmRemove = undefined;
      host.focusIn(`${cardSelector(cardId)} .remove`);
    },
    async onRemove(cardId) {
      const board = host.current!;
      const questionId = findCard(board, cardId)?.questionId ?? '';
      const card = host.renderRoot.querySelector(cardSelector(cardId));
      // The idea next to it (as shown) takes focus once it is gone; while the server is asked, its own button has it.
      const next = (card?.nextElementSibling ?? card?.previousElementSibling)?.getAttribute('data-id');
      host.confirmRemove = undefined;
      host.focusIn(`${cardSelector(cardId)} .remove`);
      if (await host.moderate('remove-idea', () => host.participant.deleteCard(board.id, cardId), (b) => removeCard(b, cardId))) {
        host.focusIn(next && host.renderRoot.querySelector(cardSelector(next)) ? cardSelector(next) : `#q-${CSS.escape(questionId)}`);
      } else host.focusIn(`${cardSelector(cardId)} .remove`);
    },
  };
}

/** A participant sends an idea: checked first (empty, too long); through the outbox on a board with a server. */
function addIdea(host: ParticipantHost, messages: Messages, event: Event, board: Board, question: Question): void {
  event.preventDefault();
  const m = messages.board;
  const text = (host.drafts[question.id] ?? '').trim();
  const error = text === '' ? m.emptyIdea : text.length > CARD_TEXT_MAX ? m.tooLong(CARD_TEXT_MAX) : '';
  host.formErrors = { ...host.formErrors, [question.id]: error };
  if (error) return;
  const card = { id: crypto.randomUUID(), questionId: question.id, text };
  const adding = new IjaIdeaAddEvent({ boardId: board.id, questionId: question.id, cardId: card.id, text });
  if (!host.dispatchEvent(adding)) return;
  host.drafts = { ...host.drafts, [question.id]: '' };
  if (host.outbox) host.outbox.enqueue({ kind: 'add-card', boardId: board.id, card });
  else host.current = upsertCard(board, localCard(card, new Date()));
}

/** A question's idea form: what a person types stays as a draft until it is sent. */
export function renderIdeaForm(host: ParticipantHost, m: Messages, board: Board, question: Question): TemplateResult {
  const q = question.id;
  const draft = host.drafts[q] ?? '';
  const error = host.formErrors[q];
  return html`<form class="add" novalidate @submit=${(event: Event) => addIdea(host, m, event, board, question)}>
    <label for="idea-${q}">${m.board.yours}</label>
    <textarea
      id="idea-${q}"
      rows="3"
      maxlength=${CARD_TEXT_MAX}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby="q-${q}${question.hint ? ` hint-${q}` : ''} count-${q}${error ? ` error-${q}` : ''}"
      .value=${draft}
      @input=${(event: Event) => (host.drafts = { ...host.drafts, [q]: (event.target as HTMLTextAreaElement).value })}
    ></textarea>
    <p id="count-${q}" class="muted counter">${m.board.charactersLeft(CARD_TEXT_MAX - draft.length)}</p>
    ${error ? html`<p id="error-${q}" class="error-text">${error}</p>` : nothing}
    <button type="submit" class="button">${m.board.addIdea}</button>
  </form>`;
}
