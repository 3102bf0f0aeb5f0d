import {
  MERGED_MAX,
  type Board,
  type BoardDefinition,
  type BoardEvent,
  type BoardPatch,
  type BoardSettings,
  type BoardSummary,
  type Card,
  type CardPatch,
  type NewCard,
  type NewVote,
  type Question,
} from '../../../src/core/schemas/board.js';
import type { BoardRecord, CardWithVotes, RepositoryData, Repository, SiteId } from '../../repository/repository.js';
import { viewCard, withheldFrom, type BoardViewer } from '../board-view.js';
import {
  boardLocked,
  found,
  idConflict,
  invalid,
  mergeLimit,
  noVoteToTakeBack,
  notFound,
  notYours,
  questionInUse,
  voteCap,
} from '../errors.js';
import { withoutUndefined } from '../without-undefined.js';

/**
 * The board's rules, above the store: the lock, the vote cap, participants change only their own
 * ideas, moderated reveal, merge, and idempotent writes on client-generated ids. Every write runs in
 * one transaction with its event, so what live clients are told is exactly what was stored.
 */

export const DEFAULT_SETTINGS: BoardSettings = { votesPerPerson: 3, reveal: 'open' };

/** Who writes: a participant (client id), the moderator, or both. */
export interface Writer {
  clientId?: string;
  asModerator: boolean;
}

/** The card as everyone with full sight sees it (no `mine` / `myVotes`): what events carry. */
function fullCard(row: CardWithVotes): Card {
  return {
    id: row.id,
    questionId: row.questionId,
    text: row.text,
    votes: row.votes,
    ...(row.insight ? { insight: true } : {}),
    ...(row.hidden ? { hidden: true } : {}),
    createdAt: row.createdAt,
    ...(row.merged !== undefined && row.merged.length > 0 ? { merged: row.merged } : {}),
  };
}

/** One card as `viewer` sees it, with `myVotes` when the viewer has votes on it. */
function viewOf(row: CardWithVotes, board: BoardRecord, viewer: BoardViewer): Card {
  const card = viewCard(fullCard(row), row.authorId, board, viewer);
  return row.myVotes > 0 ? { ...card, myVotes: row.myVotes } : card;
}

function documentOf(board: BoardRecord, cards: Card[]): Board {
  return {
    id: board.id,
    title: board.title,
    questions: board.questions,
    cards,
    settings: board.settings,
    locked: board.locked,
    revealed: board.revealed,
  };
}

/** The board as a viewer sees it; undefined for an unknown board. */
export async function readBoard(data: RepositoryData, site: SiteId, id: string, viewer: BoardViewer): Promise<Board | undefined> {
  const board = await data.getBoard(site, id);
  if (board === undefined) return undefined;
  const cards = await data.listCards(site, id, viewer.clientId);
  return documentOf(board, cards.map((row) => viewOf(row, board, viewer)));
}

async function lockedBoard(tx: RepositoryData, site: SiteId, id: string): Promise<BoardRecord> {
  return found(await tx.lockBoard(site, id));
}

async function existingCard(tx: RepositoryData, site: SiteId, boardId: string, cardId: string, clientId?: string): Promise<CardWithVotes> {
  return found(await tx.getCard(site, boardId, cardId, clientId));
}

/** Stores a whole-board event: the moderator's full view, which each subscriber is later given in its own view. */
async function boardUpdated(tx: RepositoryData, site: SiteId, boardId: string): Promise<Board> {
  const board = (await readBoard(tx, site, boardId, { asModerator: true }))!;
  await tx.appendEvent(site, boardId, { type: 'board-updated', board } satisfies BoardEvent);
  return board;
}

/** Creates or replaces a board from a document (seeding, tests): its cards' vote counts become anonymous votes. */
export async function putBoard(repo: Repository, site: SiteId, board: Board): Promise<void> {
  const questionIds = new Set(board.questions.map((q) => q.id));
  const stray = board.cards.find((card) => !questionIds.has(card.questionId));
  if (stray) throw new Error(`putBoard: card "${stray.id}" belongs to unknown question "${stray.questionId}"`);
  await repo.transaction(async (tx) => {
    await tx.putBoard(site, {
      id: board.id,
      title: board.title,
      settings: { ...DEFAULT_SETTINGS, ...withoutUndefined(board.settings ?? {}) },
      locked: board.locked ?? false,
      revealed: board.revealed ?? false,
      questions: board.questions,
    });
    for (const card of board.cards) {
      if (await tx.getCard(site, board.id, card.id)) continue;
      await tx.insertCard(site, board.id, {
        id: card.id,
        questionId: card.questionId,
        text: card.text,
        insight: card.insight === true,
        hidden: card.hidden === true,
        createdAt: card.createdAt,
        ...(card.merged !== undefined ? { merged: card.merged } : {}),
      });
      for (let n = 1; n <= card.votes; n++) {
        await tx.insertVote(site, board.id, { id: `seed:${card.id}:${n}`, cardId: card.id, value: 1, createdAt: card.createdAt });
      }
    }
  });
}


/**
 * A board's questions may change (text, hint, order, new ones), but one that still has ideas stays:
 * the store would delete them with it. Refuses with 409 `question-in-use`, naming those questions.
 */
async function keepQuestionsInUse(tx: RepositoryData, site: SiteId, board: BoardRecord, questions: readonly Question[]): Promise<void> {
  const kept = new Set(questions.map((question) => question.id));
  const removed = new Set(board.questions.filter((question) => !kept.has(question.id)).map((question) => question.id));
  if (removed.size === 0) return;
  const inUse = new Set((await tx.listCards(site, board.id)).filter((card) => removed.has(card.questionId)).map((card) => card.questionId));
  if (inUse.size > 0) throw questionInUse([...inUse]);
}

/**
 * Moderator (`PUT /boards/{id}`): creates a board, or changes its title, questions, settings and lock;
 * its ideas, and whether they are revealed, stay. Settings and lock left out stay as they are (a new
 * board: 3 votes per person, open reveal, not locked). Answers the moderator's board.
 */
export function defineBoard(
  repo: Repository,
  site: SiteId,
  pathId: string,
  definition: BoardDefinition,
): Promise<{ board: Board; created: boolean }> {
  if (definition.id !== pathId) return Promise.reject(invalid([{ path: 'id', message: 'Must equal the id in the path' }]));
  return repo.transaction(async (tx) => {
    const existing = await tx.lockBoard(site, pathId);
    if (existing) await keepQuestionsInUse(tx, site, existing, definition.questions);
    await tx.putBoard(site, {
      id: pathId,
      title: definition.title,
      questions: definition.questions,
      settings: definition.settings !== undefined ? { ...DEFAULT_SETTINGS, ...withoutUndefined(definition.settings) } : (existing?.settings ?? DEFAULT_SETTINGS),
      locked: definition.locked ?? existing?.locked ?? false,
      revealed: existing?.revealed ?? false,
    });
    return { board: await boardUpdated(tx, site, pathId), created: existing === undefined };
  });
}

/** Moderator (`GET /boards`): the site's boards, ordered by id, with how many questions and ideas each has. */
export async function listBoards(repo: Repository, site: SiteId): Promise<BoardSummary[]> {
  return (await repo.listBoards(site)).map(({ id, title, questions, ideas, locked }) => ({ id, title, questions, ideas, locked }));
}

/** Moderator: title, questions, lock, reveal, settings. Answers the moderator's board. */
export function updateBoard(repo: Repository, site: SiteId, id: string, patch: BoardPatch): Promise<Board> {
  return repo.transaction(async (tx) => {
    const board = await lockedBoard(tx, site, id);
    if (patch.questions !== undefined) await keepQuestionsInUse(tx, site, board, patch.questions);
    await tx.putBoard(site, {
      ...board,
      title: patch.title ?? board.title,
      questions: patch.questions ?? board.questions,
      settings: { ...board.settings, ...withoutUndefined(patch.settings ?? {}) },
      locked: patch.locked ?? board.locked,
      revealed: patch.revealed ?? board.revealed,
    });
    return boardUpdated(tx, site, id);
  });
}

/** A participant's new idea; a repeat of the same id and content answers the first result (`created: false`). */
export function addCard(repo: Repository, site: SiteId, boardId: string, card: NewCard, clientId: string, now: Date) {
  return repo.transaction(async (tx): Promise<{ card: Card; created: boolean }> => {
    const board = await lockedBoard(tx, site, boardId);
    if (!board.questions.some((q) => q.id === card.questionId)) throw notFound();
    const viewer = { clientId };
    const existing = await tx.getCard(site, boardId, card.id, clientId);
    // A repeat is checked before the lock: a retried add is answered as the first one was.
    if (existing) {
      const same = existing.questionId === card.questionId && existing.text === card.text && existing.authorId === clientId;
      if (!same) throw idConflict();
      return { card: viewOf(existing, board, viewer), created: false };
    }
    if (board.locked) throw boardLocked();
    const stored: CardWithVotes = { ...card, authorId: clientId, insight: false, hidden: false, createdAt: now.toISOString(), votes: 0, myVotes: 0 };
    await tx.insertCard(site, boardId, stored);
    await tx.appendEvent(site, boardId, { type: 'card-added', card: fullCard(stored) }, clientId);
    return { card: viewOf(stored, board, viewer), created: true };
  });
}

/** Participants change the text of their own ideas (not on a locked board); the moderator anything. */
export function updateCard(repo: Repository, site: SiteId, boardId: string, cardId: string, patch: CardPatch, who: Writer): Promise<Card> {
  return repo.transaction(async (tx) => {
    const board = await lockedBoard(tx, site, boardId);
    const row = await existingCard(tx, site, boardId, cardId, who.clientId);
    if (!who.asModerator) {
      const own = row.authorId !== undefined && row.authorId === who.clientId;
      if (!own || patch.insight !== undefined || patch.hidden !== undefined) throw notYours();
      if (board.locked) throw boardLocked();
    }
    await tx.updateCard(site, boardId, cardId, {
      text: patch.text ?? row.text,
      insight: patch.insight ?? row.insight,
      hidden: patch.hidden ?? row.hidden,
    });
    const stored = await existingCard(tx, site, boardId, cardId, who.clientId);
    await tx.appendEvent(site, boardId, { type: 'card-updated', card: fullCard(stored) }, stored.authorId);
    return viewOf(stored, board, who);
  });
}

/** Its author (not on a locked board) or the moderator removes an idea with its votes. */
export function deleteCard(repo: Repository, site: SiteId, boardId: string, cardId: string, who: Writer): Promise<void> {
  return repo.transaction(async (tx) => {
    const board = await lockedBoard(tx, site, boardId);
    const row = await existingCard(tx, site, boardId, cardId);
    if (!who.asModerator) {
      if (row.authorId === undefined || row.authorId !== who.clientId) throw notYours();
      if (board.locked) throw boardLocked();
    }
    await tx.deleteCard(site, boardId, cardId);
    await tx.appendEvent(site, boardId, { type: 'card-removed', cardId });
  });
}

/** value 1 adds a vote within the board's per-person cap; -1 takes one of this client's back. */
export function vote(repo: Repository, site: SiteId, boardId: string, cardId: string, ballot: NewVote, clientId: string) {
  return repo.transaction(async (tx): Promise<{ card: Card; created: boolean }> => {
    const board = await lockedBoard(tx, site, boardId);
    const row = await existingCard(tx, site, boardId, cardId, clientId);
    const viewer = { clientId };
    const answer = (card: CardWithVotes) => ({ ...viewOf(card, board, viewer), myVotes: card.myVotes });
    const earlier = await tx.getVote(site, boardId, ballot.id);
    if (earlier) {
      const same = earlier.cardId === cardId && earlier.clientId === clientId && earlier.value === ballot.value;
      if (!same) throw idConflict();
      return { card: answer(row), created: false };
    }
    // A card this client may not read (not revealed yet, or hidden by the moderator) cannot be voted
    // on either: answering with it would give its text away.
    if (withheldFrom(row, row.authorId, board, viewer)) throw notFound();
    if (board.locked) throw boardLocked();
    if (ballot.value === 1) {
      if ((await tx.votesOfClient(site, boardId, clientId)) >= board.settings.votesPerPerson) throw voteCap();
    } else if (row.myVotes <= 0) {
      throw noVoteToTakeBack();
    }
    await tx.insertVote(site, boardId, { id: ballot.id, cardId, clientId, value: ballot.value, createdAt: new Date().toISOString() });
    const stored = await existingCard(tx, site, boardId, cardId, clientId);
    await tx.appendEvent(site, boardId, { type: 'card-updated', card: fullCard(stored) }, stored.authorId);
    return { card: answer(stored), created: true };
  });
}

/**
 * Moderator: the card's votes move to `into`, its text (and the texts merged into it before) join
 * `into`'s merged ideas, and the card is removed. Answers the target card.
 */
export function mergeCard(repo: Repository, site: SiteId, boardId: string, cardId: string, into: string): Promise<Card> {
  return repo.transaction(async (tx) => {
    const board = await lockedBoard(tx, site, boardId);
    const source = await existingCard(tx, site, boardId, cardId);
    const target = await existingCard(tx, site, boardId, into);
    if (cardId !== into) {
      const merged = [...(target.merged ?? []), { id: source.id, text: source.text }, ...(source.merged ?? [])];
      if (merged.length > MERGED_MAX) throw mergeLimit();
      await tx.moveVotes(site, boardId, cardId, into);
      await tx.setMerged(site, boardId, into, merged);
      await tx.deleteCard(site, boardId, cardId);
    }
    await boardUpdated(tx, site, boardId);
    return viewOf(await existingCard(tx, site, boardId, into), board, { asModerator: true });
  });
}

/** Moderator: removes every card and vote. Answers the moderator's (empty) board. */
export function clearBoard(repo: Repository, site: SiteId, boardId: string): Promise<Board> {
  return repo.transaction(async (tx) => {
    await lockedBoard(tx, site, boardId);
    await tx.deleteCards(site, boardId);
    return boardUpdated(tx, site, boardId);
  });
}
