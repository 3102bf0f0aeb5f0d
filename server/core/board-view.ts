import type { Board, Card } from '../../src/core/schemas/board.js';

/** Who is looking at a board: an anonymous participant (by client id) or the moderator. */
export interface BoardViewer {
  clientId?: string;
  asModerator?: boolean;
}

/** A card without one client's own `mine` / `myVotes`: what is stored and sent to everyone. */
export function plainCard(card: Card): Card {
  const { mine: _mine, myVotes: _myVotes, ...plain } = card;
  return plain;
}

/**
 * Whether a viewer is kept from reading a card: in `moderated` reveal mode, before the moderator
 * reveals the ideas, other people's cards; and a card the moderator hid, for anyone but its author
 * and the moderator.
 */
export function withheldFrom(card: Pick<Card, 'hidden'>, authorId: string | undefined, board: Pick<Board, 'settings' | 'revealed'>, viewer: BoardViewer): boolean {
  const mine = authorId !== undefined && authorId === viewer.clientId;
  const unrevealed = board.settings?.reveal === 'moderated' && !board.revealed;
  return (unrevealed || card.hidden === true) && !mine && !viewer.asModerator;
}

/**
 * A card as one viewer may see it: marked `mine` for its author, its text withheld where it must be.
 * The texts of the ideas merged into it go with it: a viewer who may not read the card reads none of them.
 */
export function viewCard(card: Card, authorId: string | undefined, board: Pick<Board, 'settings' | 'revealed'>, viewer: BoardViewer): Card {
  const mine = authorId !== undefined && authorId === viewer.clientId;
  const plain = plainCard(card);
  const view: Card = mine ? { ...plain, mine: true } : plain;
  if (!withheldFrom(card, authorId, board, viewer)) return view;
  const { merged: _merged, ...withheld } = view;
  return { ...withheld, text: '…', hidden: true };
}
