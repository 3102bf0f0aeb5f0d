import type { Agenda } from '../../src/core/schemas/agenda.js';
import type { Board, BoardEvent, BoardPatch, Card, CardPatch, NewCard, NewVote } from '../../src/core/schemas/board.js';
import type { JoinRequest, Partner } from '../../src/core/schemas/partner.js';
import type { Plan, PlanPoint, PlanPointPatch } from '../../src/core/schemas/plan.js';

/**
 * Everything the reference server keeps, behind one interface: the SQLite store implements it; a
 * PostgreSQL store could too. All methods are synchronous (better-sqlite3) and every write is
 * durable when it returns (WAL, synchronous=FULL): an acknowledged write survives a crash.
 *
 * Card and vote writes are idempotent on their client-generated ids: the same id sent twice is
 * stored once and answered the same way.
 */

export type KeyRole = 'moderator' | 'editor';

export interface StoredJoinRequest extends JoinRequest {
  receivedAt: string;
}

/** Why a board write was refused; the HTTP layer maps these to status codes. */
export type BoardRefusal =
  | 'board-not-found'
  | 'card-not-found'
  | 'question-not-found'
  | 'board-locked'
  | 'vote-cap'
  | 'no-vote-to-take-back'
  | 'not-yours'
  | 'id-conflict';

export type BoardResult<T> = { ok: true; value: T; created?: boolean } | { ok: false; refusal: BoardRefusal };

export interface StoredEvent {
  /** Increasing per board; the SSE id, for `Last-Event-ID`. */
  seq: number;
  /** With full cards (no `mine`/`myVotes`); each subscriber gets its own view (see board-view.ts). */
  event: BoardEvent;
  /** The client that wrote the card the event is about, to mark it `mine` for that client. */
  authorId?: string;
}

export interface Store {
  /** True before the first seed (no agendas, boards, plans or partners). */
  isEmpty(): boolean;

  /** The same (frozen) array until the partners change, so callers may cache what they derive from it. */
  listPartners(): readonly Partner[];
  replacePartners(partners: readonly Partner[]): void;
  /** Idempotent on `request.id`: `created` is false for a repeat. */
  addJoinRequest(request: JoinRequest): { created: boolean };
  listJoinRequests(): StoredJoinRequest[];

  getAgenda(id: string): Agenda | undefined;
  putAgenda(agenda: Agenda): Agenda;

  getPlan(id: string): Plan | undefined;
  putPlan(plan: Plan): Plan;
  /** Sets status and/or steps and stamps `updatedAt`; undefined when plan or point is unknown. */
  patchPlanPoint(planId: string, pointId: string, patch: PlanPointPatch, now: Date): PlanPoint | undefined;

  /**
   * The board as a client sees it: `mine` / `myVotes` filled for `clientId`; in moderated reveal
   * mode before `revealed`, other clients' cards come with `hidden: true` and their text withheld
   * unless `asModerator`.
   */
  getBoard(id: string, view: { clientId?: string; asModerator?: boolean }): Board | undefined;
  /** Creates or replaces a board with its questions (seeding, tests); cards are kept when ids match. */
  putBoard(board: Board): void;
  updateBoard(id: string, patch: BoardPatch): BoardResult<Board>;
  addCard(boardId: string, card: NewCard, clientId: string, now: Date): BoardResult<Card>;
  /** Participants may change the text of their own cards; moderators anything. */
  updateCard(boardId: string, cardId: string, patch: CardPatch, who: { clientId?: string; asModerator: boolean }): BoardResult<Card>;
  deleteCard(boardId: string, cardId: string, who: { clientId?: string; asModerator: boolean }): BoardResult<{ cardId: string }>;
  /** value 1 adds a vote (within the board's per-person cap), -1 takes one of this client's back. */
  vote(boardId: string, cardId: string, vote: NewVote, clientId: string): BoardResult<Card>;
  /** Moderator: the card's votes move to `into`, the card is removed. */
  mergeCard(boardId: string, cardId: string, into: string): BoardResult<Card>;
  /** Moderator: removes every card and vote. */
  clearBoard(boardId: string): BoardResult<{ removed: number }>;

  /** The client that wrote a card (undefined for cards from seeding), to mark it `mine` in events. */
  cardAuthor(boardId: string, cardId: string): string | undefined;

  /** Appends to the board's event log (for SSE replay) and returns its sequence number. */
  appendEvent(boardId: string, event: BoardEvent, authorId?: string): number;
  eventsSince(boardId: string, seq: number): StoredEvent[];

  getKeyHash(role: KeyRole): string | undefined;
  setKeyHash(role: KeyRole, hash: string): void;

  close(): void;
}
