/**
 * What the board's questions need once the board is there: its cards and votes, and how a card looks.
 * Loaded with the data (see the element's `code`), so the first download stays small.
 */
export { applyEvent, cardsOf, findCard, localCard, ownBoard, participantCards, removeCard, upsertCard, votedCard, votesPerPerson, votesUsed } from './board-state.js';
export { renderCardList, renderNoIdeas } from './board-cards.js';
export { cardHandlers, renderIdeaForm } from './board-participant.js';
export { restoreLocalBoard, storeLocalBoard } from './board-local-store.js';
