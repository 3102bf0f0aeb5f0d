import type { Agenda } from '../../src/core/schemas/agenda.js';
import type { BoardEvent, BoardSettings, MergedIdea, Question } from '../../src/core/schemas/board.js';
import type { JoinRequest, JoinRequestStatus, Partner, StoredJoinRequest } from '../../src/core/schemas/partner.js';
import type { Plan } from '../../src/core/schemas/plan.js';

/**
 * What the reference server keeps, behind one async interface with three implementations:
 * SQLite (the embedded default), PostgreSQL (several processes on one database) and memory
 * (tests, Storybook, the browser-test backend). The rules (lock, vote cap, own ideas, reveal,
 * merge, id conflicts) are not here but in the services above (server/core/services): a store
 * only stores, and `server/test/conformance/` holds all three to the same behaviour.
 *
 * Every method is scoped to a site (a municipality, a youth ring). Writes that belong together
 * run in `transaction`, which also holds the board's event: a write and its event are committed
 * together or not at all. Inside a transaction, `lockBoard` serialises writers of one board across
 * processes (PostgreSQL: SELECT … FOR UPDATE; SQLite and memory serialise every transaction).
 */

export type SiteId = string;
export type Role = 'network' | 'editor' | 'moderator';
export const ROLES: readonly Role[] = ['network', 'editor', 'moderator'];

/** The site that answers at `/api`; created on the first start. */
export const DEFAULT_SITE: SiteId = 'default';

export interface SiteRecord {
  id: SiteId;
  title: string;
  createdAt: string;
}

export type { StoredJoinRequest };

/** A board without its cards: what `lockBoard` / `getBoard` answer. */
export interface BoardRecord {
  id: string;
  title: string;
  settings: BoardSettings;
  locked: boolean;
  revealed: boolean;
  questions: Question[];
}

/** A card as stored: with its author (a client id; absent for seeded cards) and its flags. */
export interface CardRecord {
  id: string;
  questionId: string;
  text: string;
  authorId?: string;
  insight: boolean;
  hidden: boolean;
  createdAt: string;
  /** The ideas merged into this one, oldest first (absent: none). */
  merged?: MergedIdea[];
}

/** A board in the site's list: its counts, not its content. */
export interface BoardSummaryRecord {
  id: string;
  title: string;
  locked: boolean;
  /** How many questions it has. */
  questions: number;
  /** How many ideas (cards) it holds, hidden ones included. */
  ideas: number;
}

/** A card with its vote total, and the asking client's own share of it when a client was named. */
export interface CardWithVotes extends CardRecord {
  votes: number;
  myVotes: number;
}

export interface VoteRecord {
  id: string;
  cardId: string;
  clientId?: string;
  value: 1 | -1;
  createdAt: string;
}

export interface StoredEvent {
  /** Increasing per board, without gaps, across every process: the SSE id, for `Last-Event-ID`. */
  seq: number;
  /** With full cards (no `mine` / `myVotes`); each subscriber gets its own view. */
  event: BoardEvent;
  /** The client that wrote the card the event is about, to mark it `mine` for that client. */
  authorId?: string;
}

export interface EventLog {
  /** Events after the asked sequence number, oldest first. */
  events: StoredEvent[];
  /** The board's newest sequence number (0: no event yet). */
  lastSeq: number;
  /** The oldest sequence number still kept (lastSeq + 1 when none is kept): a client behind it gets a snapshot. */
  firstKept: number;
}

/** Events kept per board for replay; older ones are pruned when a new one is appended. */
export const EVENTS_KEPT_PER_BOARD = 1000;

/** Called once per committed event, in every process sharing the store (PostgreSQL: LISTEN/NOTIFY). */
export type EventListener = (site: SiteId, boardId: string, seq: number) => void;

/** The data operations; available on the repository (each its own statement) and inside a transaction. */
export interface RepositoryData {
  // ---- sites and keys ----
  listSites(): Promise<SiteRecord[]>;
  getSite(site: SiteId): Promise<SiteRecord | undefined>;
  /** False when the site exists already. */
  createSite(site: SiteRecord): Promise<boolean>;
  getKeyHash(site: SiteId, role: Role): Promise<string | undefined>;
  setKeyHash(site: SiteId, role: Role, hash: string, now: Date): Promise<void>;
  /** Stores the hash only when the role has no key yet; false when it had one (another process made it first). */
  addKeyHash(site: SiteId, role: Role, hash: string, now: Date): Promise<boolean>;
  /** True when the site holds no partner, agenda, board or plan. */
  isEmpty(site: SiteId): Promise<boolean>;

  // ---- partners and join requests ----
  /** In the order they were given to `replacePartners`. */
  listPartners(site: SiteId): Promise<Partner[]>;
  replacePartners(site: SiteId, partners: readonly Partner[]): Promise<void>;
  getPartner(site: SiteId, id: string): Promise<Partner | undefined>;
  /** Adds a partner at the end of the list; the id must be new on the site. */
  insertPartner(site: SiteId, partner: Partner): Promise<void>;
  /** Replaces a partner's fields, keeping its place in the list; false when there is no such partner. */
  updatePartner(site: SiteId, partner: Partner): Promise<boolean>;
  /** False when there was no such partner. */
  deletePartner(site: SiteId, id: string): Promise<boolean>;
  /** Idempotent on `request.id`: false (and nothing stored) when the id exists. Stored with status `new`. */
  addJoinRequest(site: SiteId, request: JoinRequest, receivedAt: Date): Promise<boolean>;
  /** Oldest first. */
  listJoinRequests(site: SiteId): Promise<StoredJoinRequest[]>;
  getJoinRequest(site: SiteId, id: string): Promise<StoredJoinRequest | undefined>;
  /** Marks a request accepted (with the partner it became) or declined; false when there is no such request. */
  setJoinRequestStatus(site: SiteId, id: string, status: Exclude<JoinRequestStatus, 'new'>, handledAt: Date, partnerId?: string): Promise<boolean>;
  /** False when there was no such request. */
  deleteJoinRequest(site: SiteId, id: string): Promise<boolean>;
  /** Deletes the handled (accepted or declined) requests of every site handled before `before`; answers how many went. */
  purgeHandledJoinRequests(before: Date): Promise<number>;

  // ---- agendas and plans (whole documents) ----
  getAgenda(site: SiteId, id: string): Promise<Agenda | undefined>;
  putAgenda(site: SiteId, agenda: Agenda, now: Date): Promise<void>;
  /** The plan with its stored `version` (1 for a plan stored without one). */
  getPlan(site: SiteId, id: string): Promise<Plan | undefined>;
  /** In a transaction: the plan, locked against other writers until the transaction ends (as `lockBoard`). */
  lockPlan(site: SiteId, id: string): Promise<Plan | undefined>;
  /** Creates or replaces a plan; its `version` is stored as given (1 when it has none). */
  putPlan(site: SiteId, plan: Plan, now: Date): Promise<void>;
  /**
   * Stores a plan only when the site has none with its id (as `putPlan`); false, and nothing stored,
   * when one exists. A plan being created at the same moment by another transaction counts once it commits.
   */
  insertPlan(site: SiteId, plan: Plan, now: Date): Promise<boolean>;

  // ---- boards ----
  getBoard(site: SiteId, id: string): Promise<BoardRecord | undefined>;
  /** The site's boards with their counts, ordered by id (as JavaScript compares strings). */
  listBoards(site: SiteId): Promise<BoardSummaryRecord[]>;
  /**
   * In a transaction: the board, locked against other writers of the same board until the
   * transaction ends. Outside one it is the same as `getBoard`.
   */
  lockBoard(site: SiteId, id: string): Promise<BoardRecord | undefined>;
  /** Creates or replaces a board's title, settings, flags and questions; cards of questions no longer there go. */
  putBoard(site: SiteId, board: BoardRecord): Promise<void>;
  /** Cards in creation order; `myVotes` counts `clientId`'s votes (0 without a client). */
  listCards(site: SiteId, boardId: string, clientId?: string): Promise<CardWithVotes[]>;
  getCard(site: SiteId, boardId: string, cardId: string, clientId?: string): Promise<CardWithVotes | undefined>;
  /** The card's question must exist on the board. */
  insertCard(site: SiteId, boardId: string, card: CardRecord): Promise<void>;
  updateCard(site: SiteId, boardId: string, cardId: string, fields: Pick<CardRecord, 'text' | 'insight' | 'hidden'>): Promise<void>;
  /** Replaces the card's list of merged ideas (an empty list: none). */
  setMerged(site: SiteId, boardId: string, cardId: string, merged: readonly MergedIdea[]): Promise<void>;
  /** Removes the card with its votes. */
  deleteCard(site: SiteId, boardId: string, cardId: string): Promise<void>;
  /** Removes every card and vote of the board; answers how many cards went. */
  deleteCards(site: SiteId, boardId: string): Promise<number>;
  getVote(site: SiteId, boardId: string, voteId: string): Promise<VoteRecord | undefined>;
  insertVote(site: SiteId, boardId: string, vote: VoteRecord): Promise<void>;
  /** The sum of a client's vote values on the whole board. */
  votesOfClient(site: SiteId, boardId: string, clientId: string): Promise<number>;
  /** Moves every vote of card `from` to card `to`. */
  moveVotes(site: SiteId, boardId: string, from: string, to: string): Promise<void>;

  // ---- events ----
  /**
   * Appends an event to the board's log with the next sequence number, prunes beyond
   * EVENTS_KEPT_PER_BOARD, and announces it to every process's `onEvent` listeners once the
   * transaction commits (never when it rolls back).
   */
  appendEvent(site: SiteId, boardId: string, event: BoardEvent, authorId?: string): Promise<number>;
  eventsSince(site: SiteId, boardId: string, seq: number): Promise<EventLog>;
}

export interface Repository extends RepositoryData {
  /** `sqlite`, `postgres` or `memory`: for logs and /readyz. */
  readonly kind: string;
  /**
   * Runs `fn` as one transaction: all its writes and events are committed together, or none when
   * it throws (the error is thrown on). Transactions of one process do not interleave on SQLite
   * and memory; on PostgreSQL, `lockBoard` and row locks keep concurrent writers apart.
   */
  transaction<T>(fn: (tx: RepositoryData) => Promise<T>): Promise<T>;
  /** Listens to committed events (this process's and, on PostgreSQL, every other process's). */
  onEvent(listener: EventListener): () => void;
  /** Resolves when the store answers a trivial query (for /readyz); rejects otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
