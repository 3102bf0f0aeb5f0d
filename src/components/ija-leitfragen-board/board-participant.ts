import type { IjaAdapter } from '../../core/adapter/types.js';
import { IjaVoteEvent, type IjaOperation } from '../../core/events.js';
import type { Board } from '../../core/schemas/board.js';
import type { CardHandlers } from './board-card.js';
import type { BoardOutbox } from './board-outbox.js';
import { findCard, removeCard, upsertCard, votedCard } from './board-state.js';

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
