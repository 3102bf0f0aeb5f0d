import type { Board, Card } from '../src/core/schemas/board.js';

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
 * A card as one viewer may see it. In `moderated` reveal mode, before the moderator reveals the
 * ideas, other people's cards are hidden and carry no text, so nobody reads them early; a card the
 * moderator hid carries no text for anyone but its author and the moderator.
 */
export function viewCard(card: Card, authorId: string | undefined, board: Pick<Board, 'settings' | 'revealed'>, viewer: BoardViewer): Card {
  const mine = authorId !== undefined && authorId === viewer.clientId;
  const plain = plainCard(card);
  const view: Card = mine ? { ...plain, mine: true } : plain;
  const unrevealed = board.settings?.reveal === 'moderated' && !board.revealed;
  const withheld = (unrevealed || card.hidden === true) && !mine && !viewer.asModerator;
  return withheld ? { ...view, text: '…', hidden: true } : view;
}
