import type { Board, BoardEvent, Card, NewCard } from '../../core/schemas/board.js';

/**
 * How the board changes with what arrives (events, answers) and with local edits.
 *
 * A board's `cards` array belongs to the element that shows it (it copies what it is given once, at load): an event
 * changes that array in place and returns a new board object around it (so Lit sees the change), and an index kept
 * beside the array (positions, each question's cards, votes given) follows along. So one incoming idea costs the
 * same on a board of 10,000 ideas as on one of 10, instead of copying and scanning the whole board. Each question's
 * list is replaced (not changed) when one of its cards changes: a list that stays the same object is unchanged.
 */

export const DEFAULT_VOTES_PER_PERSON = 3;

interface CardIndex {
  position: Map<string, number>;
  byQuestion: Map<string, readonly Card[]>;
  votesUsed: number;
}

const indexes = new WeakMap<readonly Card[], CardIndex>();

function indexOf(cards: readonly Card[]): CardIndex {
  let index = indexes.get(cards);
  if (!index) {
    const lists = new Map<string, Card[]>();
    index = { position: new Map(), byQuestion: lists, votesUsed: 0 };
    cards.forEach((card, i) => {
      index!.position.set(card.id, i);
      index!.votesUsed += card.myVotes ?? 0;
      const list = lists.get(card.questionId);
      if (list) list.push(card);
      else lists.set(card.questionId, [card]);
    });
    indexes.set(cards, index);
  }
  return index;
}

/** A copy of the board whose cards the element may change in place (boards handed in stay as they are). */
export function ownBoard(board: Board): Board {
  return { ...board, cards: [...board.cards] };
}

export function votesPerPerson(board: Board): number {
  return board.settings?.votesPerPerson ?? DEFAULT_VOTES_PER_PERSON;
}

/** Votes this participant has given on the whole board. */
export function votesUsed(board: Board): number {
  return indexOf(board.cards).votesUsed;
}

/** A card of the board by its id. */
export function findCard(board: Board, cardId: string): Card | undefined {
  const position = indexOf(board.cards).position.get(cardId);
  return position === undefined ? undefined : board.cards[position];
}

/**
 * Puts a card into the board (new or changed). What only this participant knows (`mine`,
 * `myVotes`) is kept when the incoming card does not say it, as in events meant for everyone.
 */
export function upsertCard(board: Board, card: Card): Board {
  const cards = board.cards as Card[];
  const index = indexOf(cards);
  const position = index.position.get(card.id);
  const previous = position === undefined ? undefined : cards[position]!;
  const merged: Card = previous
    ? {
        ...card,
        ...(card.mine === undefined && previous.mine ? { mine: true } : {}),
        ...(card.myVotes === undefined && previous.myVotes ? { myVotes: previous.myVotes } : {}),
      }
    : card;
  if (position === undefined) {
    index.position.set(card.id, cards.push(merged) - 1);
  } else {
    cards[position] = merged;
  }
  index.votesUsed += (merged.myVotes ?? 0) - (previous?.myVotes ?? 0);
  const before = previous && index.byQuestion.get(previous.questionId);
  if (before && previous.questionId !== merged.questionId) index.byQuestion.set(previous.questionId, before.filter((c) => c !== previous));
  const list = index.byQuestion.get(merged.questionId) ?? [];
  const at = previous ? list.lastIndexOf(previous) : -1;
  index.byQuestion.set(merged.questionId, at === -1 ? [...list, merged] : list.with(at, merged));
  return { ...board };
}

export function removeCard(board: Board, cardId: string): Board {
  const position = indexOf(board.cards).position.get(cardId);
  if (position === undefined) return board;
  (board.cards as Card[]).splice(position, 1);
  // Rare (a deletion, a merge): the index is built again when next asked.
  indexes.delete(board.cards);
  return { ...board };
}

/** Applies a live event; a whole board replaces the state but keeps this participant's vote counts. */
export function applyEvent(board: Board, event: BoardEvent): Board {
  switch (event.type) {
    case 'card-added':
    case 'card-updated':
      return upsertCard(board, event.card);
    case 'card-removed':
      return removeCard(board, event.cardId);
    case 'board-updated':
      return {
        ...event.board,
        cards: event.board.cards.map((card) => {
          const known = findCard(board, card.id);
          return known && card.myVotes === undefined && known.myVotes ? { ...card, myVotes: known.myVotes } : card;
        }),
      };
  }
}

/** A card written on this device, shown at once (before any server has seen it). */
export function localCard(card: NewCard, now: Date): Card {
  return { ...card, votes: 0, createdAt: now.toISOString(), mine: true };
}

/** A vote on this device (local board or optimistic view), as the card it makes: within the cap, never below zero. */
export function votedCard(board: Board, cardId: string, value: 1 | -1): Card | undefined {
  const card = findCard(board, cardId);
  if (!card) return undefined;
  const mine = card.myVotes ?? 0;
  if (value === 1 && votesUsed(board) >= votesPerPerson(board)) return undefined;
  if (value === -1 && mine === 0) return undefined;
  return { ...card, votes: Math.max(0, card.votes + value), myVotes: mine + value };
}

const NONE: readonly Card[] = [];

/** The cards of one question in the order people wrote them (the same list until one of them changes). */
export function cardsOf(board: Board, questionId: string): readonly Card[] {
  return indexOf(board.cards).byQuestion.get(questionId) ?? NONE;
}

const shownToAll = new WeakMap<readonly Card[], readonly Card[]>();

/** What a participant sees of a question's cards: hidden ideas only if they are their own (the same list until it changes). */
export function participantCards(cards: readonly Card[]): readonly Card[] {
  let shown = shownToAll.get(cards);
  if (!shown) shownToAll.set(cards, (shown = cards.filter((card) => !card.hidden || card.mine)));
  return shown;
}
