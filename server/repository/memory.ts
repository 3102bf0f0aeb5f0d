import type { Agenda } from '../../src/core/schemas/agenda.js';
import type { BoardEvent, MergedIdea } from '../../src/core/schemas/board.js';
import type { JoinRequest, JoinRequestStatus, Partner } from '../../src/core/schemas/partner.js';
import type { Plan } from '../../src/core/schemas/plan.js';
import {
  EVENTS_KEPT_PER_BOARD,
  type BoardRecord,
  type BoardSummaryRecord,
  type CardRecord,
  type CardWithVotes,
  type EventListener,
  type EventLog,
  type Repository,
  type RepositoryData,
  type Role,
  type SiteId,
  type SiteRecord,
  type StoredEvent,
  type StoredJoinRequest,
  type VoteRecord,
} from './repository.js';

/**
 * The memory store: tests, Storybook's fake backend and the browser-test backend. Plain
 * TypeScript only (it runs in the browser too: no `node:` modules, no Buffer).
 *
 * - Every operation, inside `transaction` or on its own, runs under one async mutex (a promise
 *   chain), so transactions run one after the other and a call outside a transaction waits until
 *   the running one has committed or rolled back: it never sees uncommitted writes. Calling the
 *   repository itself (rather than `tx`) inside a transaction therefore waits forever, as does a
 *   nested `transaction`: transactions are not nested.
 * - Writes change the data in place and push their inverse onto an undo log; a throw runs the log
 *   backwards. No copy of the store is taken per transaction.
 * - Vote totals are kept per card, per card and client, and per board and client, so `listCards`
 *   is O(cards), `getCard` and `votesOfClient` O(1).
 * - Documents are stored and answered as JSON copies (like the SQL stores, which keep JSON text):
 *   what a caller holds is never the stored object.
 */

interface CardState {
  record: CardRecord;
  /** `Date.parse(createdAt)`: the listing order. */
  time: number;
  /** Insertion order, for cards of the same time (kept across a rollback). */
  ord: number;
  /** The sum of the card's vote values (answered clamped at 0). */
  total: number;
  /** The sum of each client's vote values on this card. */
  byClient: Map<string, number>;
  /** The ids of the card's votes. */
  votes: Set<string>;
}

interface BoardState {
  record: BoardRecord;
  cards: Map<string, CardState>;
  votes: Map<string, VoteRecord>;
  /** The sum of each client's vote values on the whole board. */
  clientTotals: Map<string, number>;
  /** The kept events, oldest first; their seqs run without gaps up to `lastSeq`. */
  events: StoredEvent[];
  lastSeq: number;
  nextOrd: number;
}

/** A join request as kept: `ord` is the order of arrival, for requests received at the same instant. */
interface JoinRequestState {
  record: StoredJoinRequest;
  ord: number;
}

interface SiteState {
  keys: Map<Role, { hash: string; updatedAt: string }>;
  /** Replaced, never changed in place, by every write: the undo puts the previous array back. */
  partners: Partner[];
  joinRequests: Map<string, JoinRequestState>;
  /** The next join request's `ord` (kept across a rollback, like a SQL rowid). */
  nextRequestOrd: number;
  agendas: Map<string, { doc: Agenda; updatedAt: string }>;
  /** `doc` without its version, which is kept beside it (as the SQL stores keep it in a column). */
  plans: Map<string, { doc: Plan; version: number; updatedAt: string }>;
  boards: Map<string, BoardState>;
}

interface State {
  sites: Map<SiteId, SiteRecord>;
  data: Map<SiteId, SiteState>;
}

type Announcement = [site: SiteId, boardId: string, seq: number];

/** A JSON copy: what the SQL stores answer too (undefined members dropped, dates as strings). */
function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function copyCard(card: CardRecord): CardRecord {
  const out: CardRecord = {
    id: card.id,
    questionId: card.questionId,
    text: card.text,
    insight: card.insight,
    hidden: card.hidden,
    createdAt: card.createdAt,
  };
  if (card.authorId !== undefined) out.authorId = card.authorId;
  if (card.merged !== undefined && card.merged.length > 0) out.merged = copy(card.merged);
  return out;
}

function copyVote(vote: VoteRecord): VoteRecord {
  const out: VoteRecord = { id: vote.id, cardId: vote.cardId, value: vote.value, createdAt: vote.createdAt };
  if (vote.clientId !== undefined) out.clientId = vote.clientId;
  return out;
}

function bump(map: Map<string, number>, key: string, delta: number): void {
  const next = (map.get(key) ?? 0) + delta;
  if (next === 0) map.delete(key);
  else map.set(key, next);
}

function withVotes(state: CardState, clientId: string | undefined): CardWithVotes {
  const card = state.record;
  const mine = clientId === undefined ? 0 : (state.byClient.get(clientId) ?? 0);
  const out: CardWithVotes = {
    id: card.id,
    questionId: card.questionId,
    text: card.text,
    insight: card.insight,
    hidden: card.hidden,
    createdAt: card.createdAt,
    votes: Math.max(0, state.total),
    myVotes: Math.max(0, mine),
  };
  if (card.authorId !== undefined) out.authorId = card.authorId;
  if (card.merged !== undefined) out.merged = copy(card.merged);
  return out;
}

function byCreation(a: CardState, b: CardState): number {
  // A createdAt that does not parse (NaN) falls back to insertion order.
  return a.time - b.time || a.ord - b.ord;
}

const DATA_METHODS = [
  'listSites',
  'getSite',
  'createSite',
  'getKeyHash',
  'setKeyHash',
  'addKeyHash',
  'isEmpty',
  'listPartners',
  'replacePartners',
  'getPartner',
  'insertPartner',
  'updatePartner',
  'deletePartner',
  'addJoinRequest',
  'listJoinRequests',
  'getJoinRequest',
  'setJoinRequestStatus',
  'deleteJoinRequest',
  'purgeHandledJoinRequests',
  'getAgenda',
  'putAgenda',
  'getPlan',
  'lockPlan',
  'putPlan',
  'insertPlan',
  'getBoard',
  'listBoards',
  'lockBoard',
  'putBoard',
  'listCards',
  'getCard',
  'insertCard',
  'updateCard',
  'setMerged',
  'deleteCard',
  'deleteCards',
  'getVote',
  'insertVote',
  'votesOfClient',
  'moveVotes',
  'appendEvent',
  'eventsSince',
] as const satisfies readonly (keyof RepositoryData)[];

/** One transaction (or one call outside a transaction): the data operations with an undo log. */
class MemoryTx implements RepositoryData {
  private readonly undo: (() => void)[] = [];
  readonly announced: Announcement[] = [];
  private open = true;

  constructor(private readonly state: State) {}

  /** Ends the transaction: its writes stay, and `tx` can no longer be used. */
  commit(): void {
    this.open = false;
  }

  /** Ends the transaction and undoes its writes, newest first. */
  rollback(): void {
    this.open = false;
    for (let i = this.undo.length - 1; i >= 0; i--) this.undo[i]!();
    this.undo.length = 0;
    this.announced.length = 0;
  }

  private check(): void {
    if (!this.open) throw new Error('memory store: this transaction has ended');
  }

  private site(site: SiteId): SiteState | undefined {
    return this.state.data.get(site);
  }

  /** The site's data, created on its first write (an empty container: nothing to undo). */
  private siteForWrite(site: SiteId): SiteState {
    let data = this.state.data.get(site);
    if (!data) {
      data = {
        keys: new Map(),
        partners: [],
        joinRequests: new Map(),
        nextRequestOrd: 0,
        agendas: new Map(),
        plans: new Map(),
        boards: new Map(),
      };
      this.state.data.set(site, data);
    }
    return data;
  }

  private board(site: SiteId, boardId: string): BoardState | undefined {
    return this.state.data.get(site)?.boards.get(boardId);
  }

  private requireBoard(site: SiteId, boardId: string): BoardState {
    const board = this.board(site, boardId);
    if (!board) throw new Error(`memory store: unknown board "${boardId}" on site "${site}"`);
    return board;
  }

  // ---- sites and keys ----

  async listSites(): Promise<SiteRecord[]> {
    this.check();
    return [...this.state.sites.values()].map((site) => ({ ...site }));
  }

  async getSite(site: SiteId): Promise<SiteRecord | undefined> {
    this.check();
    const record = this.state.sites.get(site);
    return record && { ...record };
  }

  async createSite(site: SiteRecord): Promise<boolean> {
    this.check();
    const sites = this.state.sites;
    if (sites.has(site.id)) return false;
    sites.set(site.id, { id: site.id, title: site.title, createdAt: site.createdAt });
    this.undo.push(() => sites.delete(site.id));
    return true;
  }

  async getKeyHash(site: SiteId, role: Role): Promise<string | undefined> {
    this.check();
    return this.site(site)?.keys.get(role)?.hash;
  }

  async setKeyHash(site: SiteId, role: Role, hash: string, now: Date): Promise<void> {
    this.check();
    const keys = this.siteForWrite(site).keys;
    const previous = keys.get(role);
    keys.set(role, { hash, updatedAt: now.toISOString() });
    this.undo.push(() => (previous ? keys.set(role, previous) : keys.delete(role)));
  }

  async addKeyHash(site: SiteId, role: Role, hash: string, now: Date): Promise<boolean> {
    this.check();
    if (this.site(site)?.keys.has(role)) return false;
    await this.setKeyHash(site, role, hash, now);
    return true;
  }

  async isEmpty(site: SiteId): Promise<boolean> {
    this.check();
    const data = this.site(site);
    return !data || (data.partners.length === 0 && data.agendas.size === 0 && data.boards.size === 0 && data.plans.size === 0);
  }

  // ---- partners and join requests ----

  async listPartners(site: SiteId): Promise<Partner[]> {
    this.check();
    return copy(this.site(site)?.partners ?? []);
  }

  async replacePartners(site: SiteId, partners: readonly Partner[]): Promise<void> {
    this.check();
    const data = this.siteForWrite(site);
    const previous = data.partners;
    data.partners = copy(partners) as Partner[];
    this.undo.push(() => (data.partners = previous));
  }

  async getPartner(site: SiteId, id: string): Promise<Partner | undefined> {
    this.check();
    const found = this.site(site)?.partners.find((partner) => partner.id === id);
    return found && copy(found);
  }

  async insertPartner(site: SiteId, partner: Partner): Promise<void> {
    this.check();
    const data = this.siteForWrite(site);
    // As the SQL stores' primary key: a second partner with the id is an error, not a replace.
    if (data.partners.some((existing) => existing.id === partner.id)) {
      throw new Error(`memory store: partner "${partner.id}" exists on site "${site}"`);
    }
    this.setPartners(data, [...data.partners, copy(partner)]);
  }

  async updatePartner(site: SiteId, partner: Partner): Promise<boolean> {
    this.check();
    const data = this.site(site);
    const index = data?.partners.findIndex((existing) => existing.id === partner.id) ?? -1;
    if (!data || index < 0) return false;
    this.setPartners(data, data.partners.map((existing, i) => (i === index ? copy(partner) : existing)));
    return true;
  }

  async deletePartner(site: SiteId, id: string): Promise<boolean> {
    this.check();
    const data = this.site(site);
    if (!data?.partners.some((partner) => partner.id === id)) return false;
    this.setPartners(data, data.partners.filter((partner) => partner.id !== id));
    return true;
  }

  /** Partner lists are short: each write replaces the array, and the undo puts the old one back. */
  private setPartners(data: SiteState, partners: Partner[]): void {
    const previous = data.partners;
    data.partners = partners;
    this.undo.push(() => (data.partners = previous));
  }

  async addJoinRequest(site: SiteId, request: JoinRequest, receivedAt: Date): Promise<boolean> {
    this.check();
    const data = this.siteForWrite(site);
    const requests = data.joinRequests;
    if (requests.has(request.id)) return false;
    const record: StoredJoinRequest = { ...copy(request), receivedAt: receivedAt.toISOString(), status: 'new' };
    requests.set(request.id, { record, ord: data.nextRequestOrd++ });
    this.undo.push(() => requests.delete(request.id));
    return true;
  }

  async listJoinRequests(site: SiteId): Promise<StoredJoinRequest[]> {
    this.check();
    const requests = [...(this.site(site)?.joinRequests.values() ?? [])];
    // Oldest first; the same instant keeps the order of arrival.
    requests.sort((a, b) => (a.record.receivedAt < b.record.receivedAt ? -1 : a.record.receivedAt > b.record.receivedAt ? 1 : a.ord - b.ord));
    return requests.map((state) => copy(state.record));
  }

  async getJoinRequest(site: SiteId, id: string): Promise<StoredJoinRequest | undefined> {
    this.check();
    const state = this.site(site)?.joinRequests.get(id);
    return state && copy(state.record);
  }

  async setJoinRequestStatus(
    site: SiteId,
    id: string,
    status: Exclude<JoinRequestStatus, 'new'>,
    handledAt: Date,
    partnerId?: string,
  ): Promise<boolean> {
    this.check();
    const state = this.site(site)?.joinRequests.get(id);
    if (!state) return false;
    const previous = state.record;
    // A partner id given before and not now goes (as the SQL stores set the column to NULL).
    const { handledAt: _handledAt, partnerId: _partnerId, ...rest } = previous;
    const record: StoredJoinRequest = { ...rest, status, handledAt: handledAt.toISOString() };
    if (partnerId !== undefined) record.partnerId = partnerId;
    state.record = record;
    this.undo.push(() => (state.record = previous));
    return true;
  }

  async deleteJoinRequest(site: SiteId, id: string): Promise<boolean> {
    this.check();
    const requests = this.site(site)?.joinRequests;
    const state = requests?.get(id);
    if (!requests || !state) return false;
    requests.delete(id);
    this.undo.push(() => requests.set(id, state));
    return true;
  }

  async purgeHandledJoinRequests(before: Date): Promise<number> {
    this.check();
    // ISO strings of one format compare as their instants do (the SQL stores compare the text too).
    const limit = before.toISOString();
    let purged = 0;
    for (const data of this.state.data.values()) {
      const requests = data.joinRequests;
      for (const [id, state] of [...requests]) {
        const { status, handledAt } = state.record;
        if (status === 'new' || handledAt === undefined || !(handledAt < limit)) continue;
        requests.delete(id);
        this.undo.push(() => requests.set(id, state));
        purged++;
      }
    }
    return purged;
  }

  // ---- agendas and plans ----

  async getAgenda(site: SiteId, id: string): Promise<Agenda | undefined> {
    this.check();
    const entry = this.site(site)?.agendas.get(id);
    return entry && copy(entry.doc);
  }

  async putAgenda(site: SiteId, agenda: Agenda, now: Date): Promise<void> {
    this.check();
    const agendas = this.siteForWrite(site).agendas;
    const previous = agendas.get(agenda.id);
    agendas.set(agenda.id, { doc: copy(agenda), updatedAt: now.toISOString() });
    this.undo.push(() => (previous ? agendas.set(agenda.id, previous) : agendas.delete(agenda.id)));
  }

  async getPlan(site: SiteId, id: string): Promise<Plan | undefined> {
    this.check();
    const entry = this.site(site)?.plans.get(id);
    return entry && { ...copy(entry.doc), version: entry.version };
  }

  /** Every transaction holds the whole store: locking a plan is reading it. */
  async lockPlan(site: SiteId, id: string): Promise<Plan | undefined> {
    return this.getPlan(site, id);
  }

  async putPlan(site: SiteId, plan: Plan, now: Date): Promise<void> {
    this.check();
    const plans = this.siteForWrite(site).plans;
    const previous = plans.get(plan.id);
    const { version = 1, ...doc } = plan;
    plans.set(plan.id, { doc: copy(doc), version, updatedAt: now.toISOString() });
    this.undo.push(() => (previous ? plans.set(plan.id, previous) : plans.delete(plan.id)));
  }

  async insertPlan(site: SiteId, plan: Plan, now: Date): Promise<boolean> {
    this.check();
    if (this.site(site)?.plans.has(plan.id)) return false;
    await this.putPlan(site, plan, now);
    return true;
  }

  // ---- boards ----

  async getBoard(site: SiteId, id: string): Promise<BoardRecord | undefined> {
    this.check();
    const board = this.board(site, id);
    return board && copy(board.record);
  }

  async listBoards(site: SiteId): Promise<BoardSummaryRecord[]> {
    this.check();
    const boards = [...(this.site(site)?.boards.values() ?? [])].map(({ record, cards }) => ({
      id: record.id,
      title: record.title,
      locked: record.locked,
      questions: record.questions.length,
      ideas: cards.size,
    }));
    return boards.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /** Every transaction holds the whole store: locking one board is reading it. */
  async lockBoard(site: SiteId, id: string): Promise<BoardRecord | undefined> {
    return this.getBoard(site, id);
  }

  async putBoard(site: SiteId, board: BoardRecord): Promise<void> {
    this.check();
    const record: BoardRecord = copy({
      id: board.id,
      title: board.title,
      settings: board.settings,
      locked: board.locked,
      revealed: board.revealed,
      questions: board.questions,
    });
    const boards = this.siteForWrite(site).boards;
    const existing = boards.get(board.id);
    if (!existing) {
      boards.set(board.id, {
        record,
        cards: new Map(),
        votes: new Map(),
        clientTotals: new Map(),
        events: [],
        lastSeq: 0,
        nextOrd: 0,
      });
      this.undo.push(() => boards.delete(board.id));
      return;
    }
    const previous = existing.record;
    existing.record = record;
    this.undo.push(() => (existing.record = previous));
    const questionIds = new Set(record.questions.map((question) => question.id));
    for (const card of [...existing.cards.values()]) {
      if (!questionIds.has(card.record.questionId)) this.removeCard(existing, card);
    }
  }

  async listCards(site: SiteId, boardId: string, clientId?: string): Promise<CardWithVotes[]> {
    this.check();
    const board = this.board(site, boardId);
    if (!board) return [];
    const states = [...board.cards.values()];
    // Cards mostly arrive in time order: sort only when they did not.
    for (let i = 1; i < states.length; i++) {
      if (byCreation(states[i - 1]!, states[i]!) > 0) {
        states.sort(byCreation);
        break;
      }
    }
    return states.map((state) => withVotes(state, clientId));
  }

  async getCard(site: SiteId, boardId: string, cardId: string, clientId?: string): Promise<CardWithVotes | undefined> {
    this.check();
    const state = this.board(site, boardId)?.cards.get(cardId);
    return state && withVotes(state, clientId);
  }

  async insertCard(site: SiteId, boardId: string, card: CardRecord): Promise<void> {
    this.check();
    const board = this.requireBoard(site, boardId);
    if (board.cards.has(card.id)) throw new Error(`memory store: card "${card.id}" exists on board "${boardId}"`);
    if (!board.record.questions.some((question) => question.id === card.questionId)) {
      throw new Error(`memory store: unknown question "${card.questionId}" on board "${boardId}"`);
    }
    const state: CardState = {
      record: copyCard(card),
      time: Date.parse(card.createdAt),
      ord: board.nextOrd++,
      total: 0,
      byClient: new Map(),
      votes: new Set(),
    };
    board.cards.set(card.id, state);
    this.undo.push(() => board.cards.delete(card.id));
  }

  async updateCard(
    site: SiteId,
    boardId: string,
    cardId: string,
    fields: Pick<CardRecord, 'text' | 'insight' | 'hidden'>,
  ): Promise<void> {
    this.check();
    const state = this.board(site, boardId)?.cards.get(cardId);
    if (!state) return;
    const previous = state.record;
    state.record = { ...previous, text: fields.text, insight: fields.insight, hidden: fields.hidden };
    this.undo.push(() => (state.record = previous));
  }

  async setMerged(site: SiteId, boardId: string, cardId: string, merged: readonly MergedIdea[]): Promise<void> {
    this.check();
    const state = this.board(site, boardId)?.cards.get(cardId);
    if (!state) return;
    const previous = state.record;
    const { merged: _merged, ...rest } = previous;
    state.record = merged.length > 0 ? { ...rest, merged: copy([...merged]) } : rest;
    this.undo.push(() => (state.record = previous));
  }

  async deleteCard(site: SiteId, boardId: string, cardId: string): Promise<void> {
    this.check();
    const board = this.board(site, boardId);
    const state = board?.cards.get(cardId);
    if (board && state) this.removeCard(board, state);
  }

  /** Removes a card and its votes; the card's own totals stay as they were, for the undo. */
  private removeCard(board: BoardState, state: CardState): void {
    const votes: VoteRecord[] = [];
    for (const voteId of state.votes) {
      const vote = board.votes.get(voteId)!;
      votes.push(vote);
      board.votes.delete(voteId);
      if (vote.clientId !== undefined) bump(board.clientTotals, vote.clientId, -vote.value);
    }
    board.cards.delete(state.record.id);
    this.undo.push(() => {
      board.cards.set(state.record.id, state);
      for (const vote of votes) {
        board.votes.set(vote.id, vote);
        if (vote.clientId !== undefined) bump(board.clientTotals, vote.clientId, vote.value);
      }
    });
  }

  async deleteCards(site: SiteId, boardId: string): Promise<number> {
    this.check();
    const board = this.board(site, boardId);
    if (!board) return 0;
    const { cards, votes, clientTotals } = board;
    board.cards = new Map();
    board.votes = new Map();
    board.clientTotals = new Map();
    this.undo.push(() => {
      board.cards = cards;
      board.votes = votes;
      board.clientTotals = clientTotals;
    });
    return cards.size;
  }

  async getVote(site: SiteId, boardId: string, voteId: string): Promise<VoteRecord | undefined> {
    this.check();
    const vote = this.board(site, boardId)?.votes.get(voteId);
    return vote && copyVote(vote);
  }

  async insertVote(site: SiteId, boardId: string, vote: VoteRecord): Promise<void> {
    this.check();
    const board = this.requireBoard(site, boardId);
    const card = board.cards.get(vote.cardId);
    if (!card) throw new Error(`memory store: unknown card "${vote.cardId}" on board "${boardId}"`);
    if (board.votes.has(vote.id)) throw new Error(`memory store: vote "${vote.id}" exists on board "${boardId}"`);
    const stored = copyVote(vote);
    board.votes.set(stored.id, stored);
    card.votes.add(stored.id);
    card.total += stored.value;
    if (stored.clientId !== undefined) {
      bump(card.byClient, stored.clientId, stored.value);
      bump(board.clientTotals, stored.clientId, stored.value);
    }
    this.undo.push(() => {
      board.votes.delete(stored.id);
      card.votes.delete(stored.id);
      card.total -= stored.value;
      if (stored.clientId !== undefined) {
        bump(card.byClient, stored.clientId, -stored.value);
        bump(board.clientTotals, stored.clientId, -stored.value);
      }
    });
  }

  async votesOfClient(site: SiteId, boardId: string, clientId: string): Promise<number> {
    this.check();
    return this.board(site, boardId)?.clientTotals.get(clientId) ?? 0;
  }

  async moveVotes(site: SiteId, boardId: string, from: string, to: string): Promise<void> {
    this.check();
    const board = this.board(site, boardId);
    const source = board?.cards.get(from);
    if (!board || !source || source.votes.size === 0 || from === to) return;
    const target = board.cards.get(to);
    if (!target) throw new Error(`memory store: unknown card "${to}" on board "${boardId}"`);
    const moved = [...source.votes];
    const move = (ids: readonly string[], a: CardState, b: CardState) => {
      for (const id of ids) {
        const vote = board.votes.get(id)!;
        a.votes.delete(id);
        b.votes.add(id);
        a.total -= vote.value;
        b.total += vote.value;
        if (vote.clientId !== undefined) {
          bump(a.byClient, vote.clientId, -vote.value);
          bump(b.byClient, vote.clientId, vote.value);
        }
        vote.cardId = b.record.id;
      }
    };
    move(moved, source, target);
    this.undo.push(() => move(moved, target, source));
  }

  // ---- events ----

  async appendEvent(site: SiteId, boardId: string, event: BoardEvent, authorId?: string): Promise<number> {
    this.check();
    const board = this.requireBoard(site, boardId);
    const seq = board.lastSeq + 1;
    const stored: StoredEvent = { seq, event: copy(event) };
    if (authorId !== undefined) stored.authorId = authorId;
    board.lastSeq = seq;
    board.events.push(stored);
    const first = board.events[0]!.seq;
    const prune = Math.max(0, seq - EVENTS_KEPT_PER_BOARD - first + 1);
    const pruned = prune > 0 ? board.events.splice(0, prune) : [];
    this.undo.push(() => {
      board.events.pop();
      if (pruned.length > 0) board.events.unshift(...pruned);
      board.lastSeq = seq - 1;
    });
    this.announced.push([site, boardId, seq]);
    return seq;
  }

  async eventsSince(site: SiteId, boardId: string, seq: number): Promise<EventLog> {
    this.check();
    const board = this.board(site, boardId);
    if (!board || board.events.length === 0) {
      const lastSeq = board?.lastSeq ?? 0;
      return { events: [], lastSeq, firstKept: lastSeq + 1 };
    }
    const firstKept = board.events[0]!.seq;
    const from = Math.max(0, Math.floor(seq) - firstKept + 1);
    return { events: copy(board.events.slice(from)), lastSeq: board.lastSeq, firstKept };
  }
}

export function createMemoryRepository(): Repository {
  const state: State = { sites: new Map(), data: new Map() };
  const listeners = new Set<EventListener>();
  let tail: Promise<unknown> = Promise.resolve();
  let closed = false;

  function announce(announced: readonly Announcement[]): void {
    for (const [site, boardId, seq] of announced) {
      for (const listener of [...listeners]) {
        try {
          listener(site, boardId, seq);
        } catch (error) {
          // One listener's failure must not keep the others (or the writer) from going on.
          console.error('memory store: an event listener threw', error);
        }
      }
    }
  }

  /** Runs `fn` alone (after every earlier call) as one transaction. */
  function exclusive<T>(fn: (tx: MemoryTx) => Promise<T>): Promise<T> {
    if (closed) return Promise.reject(new Error('memory store: closed'));
    const run = tail.then(async () => {
      const tx = new MemoryTx(state);
      let result: T;
      try {
        result = await fn(tx);
      } catch (error) {
        tx.rollback();
        throw error;
      }
      tx.commit();
      announce(tx.announced);
      return result;
    });
    tail = run.catch(() => undefined);
    return run;
  }

  // Each data method on its own is a transaction of one call. (The object below is typed as a
  // Repository: a method RepositoryData gains and DATA_METHODS does not list fails to compile.)
  const data = {} as Pick<RepositoryData, (typeof DATA_METHODS)[number]>;
  for (const name of DATA_METHODS) {
    (data as Record<string, unknown>)[name] = (...args: unknown[]) =>
      exclusive((tx) => (tx[name] as (...a: unknown[]) => Promise<unknown>).apply(tx, args));
  }

  return {
    ...data,
    kind: 'memory',
    transaction: <T>(fn: (tx: RepositoryData) => Promise<T>) => exclusive(fn),
    onEvent(listener: EventListener) {
      // A wrapper, so the same function added twice is called twice and removed once per handle.
      const entry: EventListener = (site, boardId, seq) => listener(site, boardId, seq);
      listeners.add(entry);
      return () => {
        listeners.delete(entry);
      };
    },
    async ping() {
      if (closed) throw new Error('memory store: closed');
    },
    async close() {
      if (closed) return;
      closed = true;
      await tail;
      listeners.clear();
    },
  };
}
