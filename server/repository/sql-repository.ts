import type { Agenda } from '../../src/core/schemas/agenda.js';
import type { BoardEvent, BoardSettings, MergedIdea, Question } from '../../src/core/schemas/board.js';
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
 * The SQL behind the SQLite and PostgreSQL repositories, written once. Statements use `$1`-style
 * parameters (the SQLite driver turns them into `?1`) and the types both databases share: TEXT ids,
 * timestamps and JSON documents, INTEGER 0/1 flags, and a `rowid` column for insertion order
 * (SQLite's own; an identity column in PostgreSQL). Where the dialects differ, `dialect` decides.
 */

export type SqlDialect = 'sqlite' | 'postgres';
export type SqlValue = string | number | null;

/** Runs statements on one connection (or, outside a transaction, on any). */
export interface SqlExecutor {
  /** The rows a statement answers. */
  query<R extends object>(sql: string, params?: readonly SqlValue[]): Promise<R[]>;
  /** Runs a statement; answers how many rows it inserted, changed or deleted. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
}

/** What a database brings: connections, transactions, event delivery. */
export interface SqlDriver {
  readonly kind: string;
  readonly dialect: SqlDialect;
  /** Runs each statement on its own, outside any transaction (SQLite: after the running one). */
  readonly direct: SqlExecutor;
  /** BEGIN … COMMIT around `fn` on one connection; ROLLBACK and the error thrown on when `fn` throws. */
  transaction<T>(fn: (exec: SqlExecutor) => Promise<T>): Promise<T>;
  /**
   * Events across processes (PostgreSQL): `announce` runs inside the transaction that appends an
   * event (delivered only if it commits) and `subscribe` hands over every committed one. Without it
   * the repository calls its listeners itself after each COMMIT (SQLite: one process, one file).
   */
  readonly events?: {
    announce(exec: SqlExecutor, site: SiteId, boardId: string, seq: number): Promise<void>;
    subscribe(deliver: EventListener): void;
  };
  ping(): Promise<void>;
  close(): Promise<void>;
}

const DEFAULT_SETTINGS: BoardSettings = { votesPerPerson: 3, reveal: 'open' };

// ---- rows ----

interface SiteRow {
  id: string;
  title: string;
  created_at: string;
}

interface BoardRow {
  id: string;
  title: string;
  settings: string;
  locked: number;
  revealed: number;
}

interface QuestionRow {
  id: string;
  text: string;
  hint: string | null;
}

interface CardRow {
  id: string;
  question_id: string;
  text: string;
  author_id: string | null;
  insight: number;
  hidden: number;
  created_at: string;
  /** JSON: the merged ideas; NULL when none. */
  merged: string | null;
  /** PostgreSQL answers SUM(integer) as a bigint, i.e. a string. */
  votes: number | string;
  my_votes: number | string;
}

interface VoteRow {
  id: string;
  card_id: string;
  client_id: string | null;
  value: number;
  created_at: string;
}

interface JoinRequestRow {
  received_at: string;
  status: string;
  handled_at: string | null;
  partner_id: string | null;
  data: string;
}

interface EventRow {
  seq: number;
  data: string;
  author_id: string | null;
}

function siteOf(row: SiteRow): SiteRecord {
  return { id: row.id, title: row.title, createdAt: row.created_at };
}

function joinRequestOf(row: JoinRequestRow): StoredJoinRequest {
  return {
    ...(JSON.parse(row.data) as JoinRequest),
    receivedAt: row.received_at,
    status: row.status as JoinRequestStatus,
    ...(row.handled_at !== null ? { handledAt: row.handled_at } : {}),
    ...(row.partner_id !== null ? { partnerId: row.partner_id } : {}),
  };
}

function settingsOf(json: string): BoardSettings {
  return { ...DEFAULT_SETTINGS, ...(JSON.parse(json) as Partial<BoardSettings>) };
}

function questionOf(row: QuestionRow): Question {
  return row.hint === null ? { id: row.id, text: row.text } : { id: row.id, text: row.text, hint: row.hint };
}

function cardOf(row: CardRow): CardWithVotes {
  return {
    id: row.id,
    questionId: row.question_id,
    text: row.text,
    ...(row.author_id !== null ? { authorId: row.author_id } : {}),
    insight: row.insight === 1,
    hidden: row.hidden === 1,
    createdAt: row.created_at,
    ...(row.merged !== null ? { merged: JSON.parse(row.merged) as MergedIdea[] } : {}),
    votes: Math.max(0, Number(row.votes)),
    myVotes: Math.max(0, Number(row.my_votes)),
  };
}

function voteOf(row: VoteRow): VoteRecord {
  return {
    id: row.id,
    cardId: row.card_id,
    ...(row.client_id !== null ? { clientId: row.client_id } : {}),
    value: row.value === -1 ? -1 : 1,
    createdAt: row.created_at,
  };
}

function eventOf(row: EventRow): StoredEvent {
  return {
    seq: Number(row.seq),
    event: JSON.parse(row.data) as BoardEvent,
    ...(row.author_id !== null ? { authorId: row.author_id } : {}),
  };
}

const flag = (value: boolean): number => (value ? 1 : 0);

/** The merged ideas as stored: JSON, or NULL for none. */
const mergedColumn = (merged: readonly MergedIdea[] | undefined): string | null =>
  merged === undefined || merged.length === 0 ? null : JSON.stringify(merged);

// ---- statements used more than once ----

const PLAN = 'SELECT data, version FROM plans WHERE site_id = $1 AND id = $2';
const JOIN_REQUEST_COLUMNS = 'received_at, status, handled_at, partner_id, data';
const BOARD = 'SELECT id, title, settings, locked, revealed FROM boards WHERE site_id = $1 AND id = $2';

/** Votes are summed once per card in a grouped subquery (not per card row), so listing is O(cards + votes). */
const CARD_COLUMNS = `
  c.id, c.question_id, c.text, c.author_id, c.insight, c.hidden, c.created_at, c.merged,
  COALESCE(v.votes, 0) AS votes, COALESCE(v.my_votes, 0) AS my_votes`;

const LIST_CARDS = `
  SELECT ${CARD_COLUMNS}
  FROM cards c
  LEFT JOIN (
    SELECT card_id, SUM(value) AS votes, SUM(CASE WHEN client_id = $3 THEN value ELSE 0 END) AS my_votes
    FROM votes WHERE site_id = $1 AND board_id = $2
    GROUP BY card_id
  ) v ON v.card_id = c.id
  WHERE c.site_id = $1 AND c.board_id = $2
  ORDER BY c.created_at, c.rowid`;

const GET_CARD = `
  SELECT ${CARD_COLUMNS}
  FROM cards c
  LEFT JOIN (
    SELECT card_id, SUM(value) AS votes, SUM(CASE WHEN client_id = $3 THEN value ELSE 0 END) AS my_votes
    FROM votes WHERE site_id = $1 AND board_id = $2 AND card_id = $4
    GROUP BY card_id
  ) v ON v.card_id = c.id
  WHERE c.site_id = $1 AND c.board_id = $2 AND c.id = $4`;

/** An appended event, held until its transaction commits (SQLite), then handed to the listeners. */
interface Appended {
  site: SiteId;
  boardId: string;
  seq: number;
}

/**
 * The data operations over one executor: a transaction's connection (the `tx` handed to
 * `transaction`'s callback) or, in SqlRepository, each statement on its own.
 */
class SqlData implements RepositoryData {
  protected readonly dialect: SqlDialect;
  protected readonly exec: SqlExecutor;
  readonly #announce: (appended: Appended) => Promise<void>;

  constructor(dialect: SqlDialect, exec: SqlExecutor, announce: (appended: Appended) => Promise<void>) {
    this.dialect = dialect;
    this.exec = exec;
    this.#announce = announce;
  }

  /** Runs writes that belong together in one transaction; inside a transaction, in place. */
  protected atomic<T>(fn: (data: SqlData) => Promise<T>): Promise<T> {
    return fn(this);
  }

  async #one<R extends object>(sql: string, params: readonly SqlValue[]): Promise<R | undefined> {
    const rows = await this.exec.query<R>(sql, params);
    return rows[0];
  }

  // ---- sites and keys ----

  async listSites(): Promise<SiteRecord[]> {
    const rows = await this.exec.query<SiteRow>('SELECT id, title, created_at FROM sites ORDER BY created_at, id');
    return rows.map(siteOf);
  }

  async getSite(site: SiteId): Promise<SiteRecord | undefined> {
    const row = await this.#one<SiteRow>('SELECT id, title, created_at FROM sites WHERE id = $1', [site]);
    return row ? siteOf(row) : undefined;
  }

  async createSite(site: SiteRecord): Promise<boolean> {
    const inserted = await this.exec.run(
      'INSERT INTO sites (id, title, created_at) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING',
      [site.id, site.title, site.createdAt],
    );
    return inserted === 1;
  }

  async getKeyHash(site: SiteId, role: Role): Promise<string | undefined> {
    const row = await this.#one<{ hash: string }>('SELECT hash FROM keys WHERE site_id = $1 AND role = $2', [site, role]);
    return row?.hash;
  }

  async setKeyHash(site: SiteId, role: Role, hash: string, now: Date): Promise<void> {
    await this.exec.run(
      `INSERT INTO keys (site_id, role, hash, created_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (site_id, role) DO UPDATE SET hash = excluded.hash, created_at = excluded.created_at`,
      [site, role, hash, now.toISOString()],
    );
  }

  async addKeyHash(site: SiteId, role: Role, hash: string, now: Date): Promise<boolean> {
    const inserted = await this.exec.run(
      'INSERT INTO keys (site_id, role, hash, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT (site_id, role) DO NOTHING',
      [site, role, hash, now.toISOString()],
    );
    return inserted === 1;
  }

  async isEmpty(site: SiteId): Promise<boolean> {
    const rows = await this.exec.query(
      `SELECT 1 AS found FROM partners WHERE site_id = $1
       UNION ALL SELECT 1 FROM agendas WHERE site_id = $1
       UNION ALL SELECT 1 FROM boards WHERE site_id = $1
       UNION ALL SELECT 1 FROM plans WHERE site_id = $1
       LIMIT 1`,
      [site],
    );
    return rows.length === 0;
  }

  // ---- partners and join requests ----

  async listPartners(site: SiteId): Promise<Partner[]> {
    // rowid breaks a tie: two partners appended at once on PostgreSQL can get the same position.
    const rows = await this.exec.query<{ data: string }>('SELECT data FROM partners WHERE site_id = $1 ORDER BY position, rowid', [site]);
    return rows.map((row) => JSON.parse(row.data) as Partner);
  }

  replacePartners(site: SiteId, partners: readonly Partner[]): Promise<void> {
    return this.atomic(async (data) => {
      await data.exec.run('DELETE FROM partners WHERE site_id = $1', [site]);
      for (const [position, partner] of partners.entries()) {
        await data.exec.run('INSERT INTO partners (site_id, id, position, data) VALUES ($1, $2, $3, $4)', [
          site,
          partner.id,
          position,
          JSON.stringify(partner),
        ]);
      }
    });
  }

  async getPartner(site: SiteId, id: string): Promise<Partner | undefined> {
    const row = await this.#one<{ data: string }>('SELECT data FROM partners WHERE site_id = $1 AND id = $2', [site, id]);
    return row ? (JSON.parse(row.data) as Partner) : undefined;
  }

  async insertPartner(site: SiteId, partner: Partner): Promise<void> {
    // One statement, so the position is read and used at once; an existing id breaks the primary key.
    await this.exec.run(
      `INSERT INTO partners (site_id, id, position, data)
       SELECT $1, $2, COALESCE(MAX(position), -1) + 1, $3 FROM partners WHERE site_id = $1`,
      [site, partner.id, JSON.stringify(partner)],
    );
  }

  async updatePartner(site: SiteId, partner: Partner): Promise<boolean> {
    const changed = await this.exec.run('UPDATE partners SET data = $3 WHERE site_id = $1 AND id = $2', [
      site,
      partner.id,
      JSON.stringify(partner),
    ]);
    return changed === 1;
  }

  async deletePartner(site: SiteId, id: string): Promise<boolean> {
    return (await this.exec.run('DELETE FROM partners WHERE site_id = $1 AND id = $2', [site, id])) === 1;
  }

  async addJoinRequest(site: SiteId, request: JoinRequest, receivedAt: Date): Promise<boolean> {
    const inserted = await this.exec.run(
      `INSERT INTO join_requests (site_id, id, received_at, status, data) VALUES ($1, $2, $3, 'new', $4)
       ON CONFLICT (site_id, id) DO NOTHING`,
      [site, request.id, receivedAt.toISOString(), JSON.stringify(request)],
    );
    return inserted === 1;
  }

  async listJoinRequests(site: SiteId): Promise<StoredJoinRequest[]> {
    const rows = await this.exec.query<JoinRequestRow>(
      `SELECT ${JOIN_REQUEST_COLUMNS} FROM join_requests WHERE site_id = $1 ORDER BY received_at, rowid`,
      [site],
    );
    return rows.map(joinRequestOf);
  }

  async getJoinRequest(site: SiteId, id: string): Promise<StoredJoinRequest | undefined> {
    const row = await this.#one<JoinRequestRow>(`SELECT ${JOIN_REQUEST_COLUMNS} FROM join_requests WHERE site_id = $1 AND id = $2`, [
      site,
      id,
    ]);
    return row ? joinRequestOf(row) : undefined;
  }

  async setJoinRequestStatus(
    site: SiteId,
    id: string,
    status: Exclude<JoinRequestStatus, 'new'>,
    handledAt: Date,
    partnerId?: string,
  ): Promise<boolean> {
    const changed = await this.exec.run(
      'UPDATE join_requests SET status = $3, handled_at = $4, partner_id = $5 WHERE site_id = $1 AND id = $2',
      [site, id, status, handledAt.toISOString(), partnerId ?? null],
    );
    return changed === 1;
  }

  async deleteJoinRequest(site: SiteId, id: string): Promise<boolean> {
    return (await this.exec.run('DELETE FROM join_requests WHERE site_id = $1 AND id = $2', [site, id])) === 1;
  }

  purgeHandledJoinRequests(before: Date): Promise<number> {
    // ISO strings compare as their instants (PostgreSQL: handled_at is COLLATE "C"); a new request has no handled_at.
    return this.exec.run("DELETE FROM join_requests WHERE status <> 'new' AND handled_at < $1", [before.toISOString()]);
  }

  // ---- agendas and plans ----

  async getAgenda(site: SiteId, id: string): Promise<Agenda | undefined> {
    const row = await this.#one<{ data: string }>('SELECT data FROM agendas WHERE site_id = $1 AND id = $2', [site, id]);
    return row ? (JSON.parse(row.data) as Agenda) : undefined;
  }

  async putAgenda(site: SiteId, agenda: Agenda, now: Date): Promise<void> {
    await this.exec.run(
      `INSERT INTO agendas (site_id, id, data, updated_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (site_id, id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`,
      [site, agenda.id, JSON.stringify(agenda), now.toISOString()],
    );
  }

  getPlan(site: SiteId, id: string): Promise<Plan | undefined> {
    return this.#plan(site, id, PLAN);
  }

  async #plan(site: SiteId, id: string, sql: string): Promise<Plan | undefined> {
    const row = await this.#one<{ data: string; version: number | string }>(sql, [site, id]);
    return row ? { ...(JSON.parse(row.data) as Plan), version: Number(row.version) } : undefined;
  }

  lockPlan(site: SiteId, id: string): Promise<Plan | undefined> {
    // SQLite has no row locks: its transactions are serialised whole (see sqlite.ts).
    return this.#plan(site, id, this.dialect === 'postgres' ? `${PLAN} FOR UPDATE` : PLAN);
  }

  async putPlan(site: SiteId, plan: Plan, now: Date): Promise<void> {
    const { version = 1, ...doc } = plan;
    await this.exec.run(
      `INSERT INTO plans (site_id, id, data, updated_at, version) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (site_id, id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at, version = excluded.version`,
      [site, plan.id, JSON.stringify(doc), now.toISOString(), version],
    );
  }

  async insertPlan(site: SiteId, plan: Plan, now: Date): Promise<boolean> {
    const { version = 1, ...doc } = plan;
    // PostgreSQL: a row inserted by a transaction still running makes this wait for it, then do nothing.
    const inserted = await this.exec.run(
      `INSERT INTO plans (site_id, id, data, updated_at, version) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (site_id, id) DO NOTHING`,
      [site, plan.id, JSON.stringify(doc), now.toISOString(), version],
    );
    return inserted === 1;
  }

  // ---- boards ----

  getBoard(site: SiteId, id: string): Promise<BoardRecord | undefined> {
    return this.#board(site, id, BOARD);
  }

  async listBoards(site: SiteId): Promise<BoardSummaryRecord[]> {
    const rows = await this.exec.query<{ id: string; title: string; locked: number; questions: number | string; ideas: number | string }>(
      `SELECT b.id, b.title, b.locked,
         (SELECT COUNT(*) FROM questions q WHERE q.site_id = b.site_id AND q.board_id = b.id) AS questions,
         (SELECT COUNT(*) FROM cards c WHERE c.site_id = b.site_id AND c.board_id = b.id) AS ideas
       FROM boards b WHERE b.site_id = $1`,
      [site],
    );
    // Sorted here, not by the database: its collation (PostgreSQL's locale) would order ids differently per store.
    return rows
      .map((row) => ({ id: row.id, title: row.title, locked: row.locked === 1, questions: Number(row.questions), ideas: Number(row.ideas) }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  lockBoard(site: SiteId, id: string): Promise<BoardRecord | undefined> {
    // SQLite has no row locks: its transactions are serialised whole (see sqlite.ts).
    return this.#board(site, id, this.dialect === 'postgres' ? `${BOARD} FOR UPDATE` : BOARD);
  }

  async #board(site: SiteId, id: string, sql: string): Promise<BoardRecord | undefined> {
    const row = await this.#one<BoardRow>(sql, [site, id]);
    if (!row) return undefined;
    const questions = await this.exec.query<QuestionRow>(
      'SELECT id, text, hint FROM questions WHERE site_id = $1 AND board_id = $2 ORDER BY position',
      [site, id],
    );
    return {
      id: row.id,
      title: row.title,
      settings: settingsOf(row.settings),
      locked: row.locked === 1,
      revealed: row.revealed === 1,
      questions: questions.map(questionOf),
    };
  }

  putBoard(site: SiteId, board: BoardRecord): Promise<void> {
    return this.atomic(async (data) => {
      // An upsert, not INSERT OR REPLACE: a replace deletes the row first, and the delete cascades.
      await data.exec.run(
        `INSERT INTO boards (site_id, id, title, settings, locked, revealed) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (site_id, id) DO UPDATE SET title = excluded.title, settings = excluded.settings,
           locked = excluded.locked, revealed = excluded.revealed`,
        [site, board.id, board.title, JSON.stringify(board.settings), flag(board.locked), flag(board.revealed)],
      );
      // Questions no longer there go, with their cards and the cards' votes (ON DELETE CASCADE).
      const kept = new Set(board.questions.map((question) => question.id));
      const stored = await data.exec.query<{ id: string }>('SELECT id FROM questions WHERE site_id = $1 AND board_id = $2', [
        site,
        board.id,
      ]);
      for (const { id } of stored.filter((question) => !kept.has(question.id))) {
        await data.exec.run('DELETE FROM questions WHERE site_id = $1 AND board_id = $2 AND id = $3', [site, board.id, id]);
      }
      for (const [position, question] of board.questions.entries()) {
        await data.exec.run(
          `INSERT INTO questions (site_id, board_id, id, position, text, hint) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (site_id, board_id, id) DO UPDATE SET position = excluded.position, text = excluded.text, hint = excluded.hint`,
          [site, board.id, question.id, position, question.text, question.hint ?? null],
        );
      }
    });
  }

  async listCards(site: SiteId, boardId: string, clientId?: string): Promise<CardWithVotes[]> {
    const rows = await this.exec.query<CardRow>(LIST_CARDS, [site, boardId, clientId ?? null]);
    return rows.map(cardOf);
  }

  async getCard(site: SiteId, boardId: string, cardId: string, clientId?: string): Promise<CardWithVotes | undefined> {
    const row = await this.#one<CardRow>(GET_CARD, [site, boardId, clientId ?? null, cardId]);
    return row ? cardOf(row) : undefined;
  }

  async insertCard(site: SiteId, boardId: string, card: CardRecord): Promise<void> {
    await this.exec.run(
      `INSERT INTO cards (site_id, board_id, id, question_id, text, author_id, insight, hidden, created_at, merged)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        site,
        boardId,
        card.id,
        card.questionId,
        card.text,
        card.authorId ?? null,
        flag(card.insight),
        flag(card.hidden),
        card.createdAt,
        mergedColumn(card.merged),
      ],
    );
  }

  async setMerged(site: SiteId, boardId: string, cardId: string, merged: readonly MergedIdea[]): Promise<void> {
    await this.exec.run('UPDATE cards SET merged = $4 WHERE site_id = $1 AND board_id = $2 AND id = $3', [
      site,
      boardId,
      cardId,
      mergedColumn(merged),
    ]);
  }

  async updateCard(
    site: SiteId,
    boardId: string,
    cardId: string,
    fields: Pick<CardRecord, 'text' | 'insight' | 'hidden'>,
  ): Promise<void> {
    await this.exec.run('UPDATE cards SET text = $4, insight = $5, hidden = $6 WHERE site_id = $1 AND board_id = $2 AND id = $3', [
      site,
      boardId,
      cardId,
      fields.text,
      flag(fields.insight),
      flag(fields.hidden),
    ]);
  }

  async deleteCard(site: SiteId, boardId: string, cardId: string): Promise<void> {
    // Its votes go with it (ON DELETE CASCADE).
    await this.exec.run('DELETE FROM cards WHERE site_id = $1 AND board_id = $2 AND id = $3', [site, boardId, cardId]);
  }

  deleteCards(site: SiteId, boardId: string): Promise<number> {
    return this.atomic(async (data) => {
      // The votes first, in one statement, rather than one cascade per card.
      await data.exec.run('DELETE FROM votes WHERE site_id = $1 AND board_id = $2', [site, boardId]);
      return data.exec.run('DELETE FROM cards WHERE site_id = $1 AND board_id = $2', [site, boardId]);
    });
  }

  async getVote(site: SiteId, boardId: string, voteId: string): Promise<VoteRecord | undefined> {
    const row = await this.#one<VoteRow>(
      'SELECT id, card_id, client_id, value, created_at FROM votes WHERE site_id = $1 AND board_id = $2 AND id = $3',
      [site, boardId, voteId],
    );
    return row ? voteOf(row) : undefined;
  }

  async insertVote(site: SiteId, boardId: string, vote: VoteRecord): Promise<void> {
    await this.exec.run(
      'INSERT INTO votes (site_id, board_id, id, card_id, client_id, value, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [site, boardId, vote.id, vote.cardId, vote.clientId ?? null, vote.value, vote.createdAt],
    );
  }

  async votesOfClient(site: SiteId, boardId: string, clientId: string): Promise<number> {
    const row = await this.#one<{ total: number | string }>(
      'SELECT COALESCE(SUM(value), 0) AS total FROM votes WHERE site_id = $1 AND board_id = $2 AND client_id = $3',
      [site, boardId, clientId],
    );
    return Number(row?.total ?? 0);
  }

  async moveVotes(site: SiteId, boardId: string, from: string, to: string): Promise<void> {
    await this.exec.run('UPDATE votes SET card_id = $4 WHERE site_id = $1 AND board_id = $2 AND card_id = $3', [site, boardId, from, to]);
  }

  // ---- events ----

  appendEvent(site: SiteId, boardId: string, event: BoardEvent, authorId?: string): Promise<number> {
    if (this.dialect === 'postgres') return this.#appendEventInOneStatement(site, boardId, event, authorId);
    return this.atomic(async (data) => {
      // The row stays locked until the transaction ends, so a board's numbers commit in order.
      const next = await data.#one<{ last_seq: number }>(
        'UPDATE boards SET last_seq = last_seq + 1 WHERE site_id = $1 AND id = $2 RETURNING last_seq',
        [site, boardId],
      );
      if (!next) throw new Error(`appendEvent: unknown board "${boardId}" on site "${site}"`);
      const seq = Number(next.last_seq);
      await data.exec.run('INSERT INTO board_events (site_id, board_id, seq, data, author_id) VALUES ($1, $2, $3, $4, $5)', [
        site,
        boardId,
        seq,
        JSON.stringify(event),
        authorId ?? null,
      ]);
      // A board's numbers have no gaps, so the oldest one to keep is seq - EVENTS_KEPT_PER_BOARD + 1.
      if (seq > EVENTS_KEPT_PER_BOARD) {
        await data.exec.run('DELETE FROM board_events WHERE site_id = $1 AND board_id = $2 AND seq <= $3', [
          site,
          boardId,
          seq - EVENTS_KEPT_PER_BOARD,
        ]);
      }
      await data.#announce({ site, boardId, seq });
      return seq;
    });
  }

  /**
   * PostgreSQL: the same three steps as one statement (a write holds the board's lock until it
   * commits, so each round trip saved is time other writers of the board do not wait).
   */
  #appendEventInOneStatement(site: SiteId, boardId: string, event: BoardEvent, authorId?: string): Promise<number> {
    return this.atomic(async (data) => {
      const next = await data.#one<{ last_seq: number }>(
        `WITH next AS (
           UPDATE boards SET last_seq = last_seq + 1 WHERE site_id = $1 AND id = $2 RETURNING last_seq
         ), stored AS (
           INSERT INTO board_events (site_id, board_id, seq, data, author_id) SELECT $1, $2, last_seq, $3, $4 FROM next
         ), pruned AS (
           DELETE FROM board_events WHERE site_id = $1 AND board_id = $2 AND seq <= (SELECT last_seq FROM next) - $5
         )
         SELECT last_seq FROM next`,
        [site, boardId, JSON.stringify(event), authorId ?? null, EVENTS_KEPT_PER_BOARD],
      );
      if (!next) throw new Error(`appendEvent: unknown board "${boardId}" on site "${site}"`);
      const seq = Number(next.last_seq);
      await data.#announce({ site, boardId, seq });
      return seq;
    });
  }

  async eventsSince(site: SiteId, boardId: string, seq: number): Promise<EventLog> {
    const board = await this.#one<{ last_seq: number; first_kept: number | null }>(
      `SELECT b.last_seq, (SELECT MIN(e.seq) FROM board_events e WHERE e.site_id = b.site_id AND e.board_id = b.id) AS first_kept
       FROM boards b WHERE b.site_id = $1 AND b.id = $2`,
      [site, boardId],
    );
    if (!board) return { events: [], lastSeq: 0, firstKept: 1 };
    const lastSeq = Number(board.last_seq);
    // Up to lastSeq only: the answer stays consistent when an event commits between the two reads.
    const rows = await this.exec.query<EventRow>(
      'SELECT seq, data, author_id FROM board_events WHERE site_id = $1 AND board_id = $2 AND seq > $3 AND seq <= $4 ORDER BY seq',
      [site, boardId, seq, lastSeq],
    );
    return { events: rows.map(eventOf), lastSeq, firstKept: board.first_kept === null ? lastSeq + 1 : Number(board.first_kept) };
  }
}

/** A Repository over a SqlDriver: the data operations each on their own, and transactions. */
export class SqlRepository extends SqlData implements Repository {
  readonly kind: string;
  readonly #driver: SqlDriver;
  readonly #listeners = new Set<EventListener>();

  constructor(driver: SqlDriver) {
    super(driver.dialect, driver.direct, () => Promise.reject(new Error('an event is appended only inside a transaction')));
    this.kind = driver.kind;
    this.#driver = driver;
    driver.events?.subscribe((site, boardId, seq) => this.#deliver({ site, boardId, seq }));
  }

  protected override atomic<T>(fn: (data: SqlData) => Promise<T>): Promise<T> {
    return this.#transaction(fn);
  }

  // Outside a transaction a lock would end with its statement.
  override lockBoard(site: SiteId, id: string): Promise<BoardRecord | undefined> {
    return this.getBoard(site, id);
  }

  override lockPlan(site: SiteId, id: string): Promise<Plan | undefined> {
    return this.getPlan(site, id);
  }

  transaction<T>(fn: (tx: RepositoryData) => Promise<T>): Promise<T> {
    return this.#transaction((data) => fn(data));
  }

  async #transaction<T>(fn: (data: SqlData) => Promise<T>): Promise<T> {
    const { events } = this.#driver;
    const appended: Appended[] = [];
    const result = await this.#driver.transaction((exec) => {
      const announce = events
        ? (event: Appended) => events.announce(exec, event.site, event.boardId, event.seq)
        : (event: Appended) => {
            appended.push(event);
            return Promise.resolve();
          };
      return fn(new SqlData(this.dialect, exec, announce));
    });
    // Committed: now the listeners may hear of it (with a driver's `events`, they hear through it).
    for (const event of appended) this.#deliver(event);
    return result;
  }

  onEvent(listener: EventListener): () => void {
    // Wrapped, so the same function added twice is called twice and removed once per call.
    const wrapped: EventListener = (site, boardId, seq) => listener(site, boardId, seq);
    this.#listeners.add(wrapped);
    return () => {
      this.#listeners.delete(wrapped);
    };
  }

  #deliver({ site, boardId, seq }: Appended): void {
    for (const listener of [...this.#listeners]) {
      try {
        listener(site, boardId, seq);
      } catch (error) {
        // The write is committed; a listener's failure must not make it look failed.
        console.error('ija-widgets: an event listener threw', error);
      }
    }
  }

  ping(): Promise<void> {
    return this.#driver.ping();
  }

  close(): Promise<void> {
    return this.#driver.close();
  }
}
