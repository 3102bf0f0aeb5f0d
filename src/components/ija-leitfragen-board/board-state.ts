import type { Board, BoardEvent, Card, NewCard } from '../../core/schemas/board.js';

/** How the board changes with what arrives (events, answers) and with local edits. Pure functions. */

export const DEFAULT_VOTES_PER_PERSON = 3;

export function votesPerPerson(board: Board): number {
  return board.settings?.votesPerPerson ?? DEFAULT_VOTES_PER_PERSON;
}

/** Votes this participant has given on the whole board. */
export function votesUsed(board: Board): number {
  return board.cards.reduce((sum, card) => sum + (card.myVotes ?? 0), 0);
}

/**
 * Puts a card into the board (new or changed). What only this participant knows (`mine`,
 * `myVotes`) is kept when the incoming card does not say it, as in events meant for everyone.
 */
export function upsertCard(board: Board, card: Card): Board {
  const index = board.cards.findIndex((c) => c.id === card.id);
  if (index === -1) return { ...board, cards: [...board.cards, card] };
  const previous = board.cards[index]!;
  const merged: Card = {
    ...card,
    ...(card.mine === undefined && previous.mine ? { mine: true } : {}),
    ...(card.myVotes === undefined && previous.myVotes ? { myVotes: previous.myVotes } : {}),
  };
  const cards = [...board.cards];
  cards[index] = merged;
  return { ...board, cards };
}

export function removeCard(board: Board, cardId: string): Board {
  return board.cards.some((c) => c.id === cardId) ? { ...board, cards: board.cards.filter((c) => c.id !== cardId) } : board;
}

/** Applies a live event; a whole board replaces the state but keeps this participant's vote counts. */
export function applyEvent(board: Board, event: BoardEvent): Board {
  switch (event.type) {
    case 'card-added':
    case 'card-updated':
      return upsertCard(board, event.card);
    case 'card-removed':
      return removeCard(board, event.cardId);
    case 'board-updated': {
      const mine = new Map(board.cards.map((c) => [c.id, c]));
      return {
        ...event.board,
        cards: event.board.cards.map((card) => {
          const known = mine.get(card.id);
          return known && card.myVotes === undefined && known.myVotes ? { ...card, myVotes: known.myVotes } : card;
        }),
      };
    }
  }
}

/** A card written on this device, shown at once (before any server has seen it). */
export function localCard(card: NewCard, now: Date): Card {
  return { ...card, votes: 0, createdAt: now.toISOString(), mine: true };
}

/** A vote on this device (local board or optimistic view): within the cap, never below zero. */
export function localVote(board: Board, cardId: string, value: 1 | -1): Board | undefined {
  const card = board.cards.find((c) => c.id === cardId);
  if (!card) return undefined;
  const mine = card.myVotes ?? 0;
  if (value === 1 && votesUsed(board) >= votesPerPerson(board)) return undefined;
  if (value === -1 && mine === 0) return undefined;
  return upsertCard(board, { ...card, votes: Math.max(0, card.votes + value), myVotes: mine + value });
}

/** The cards of one question in the order people wrote them. */
export function cardsOf(board: Board, questionId: string): Card[] {
  return board.cards.filter((card) => card.questionId === questionId);
}
