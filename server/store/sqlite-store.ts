import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Agenda } from '../../src/core/schemas/agenda.js';
import type { Board, BoardEvent, BoardPatch, BoardSettings, Card, CardPatch, NewCard, NewVote, Question } from '../../src/core/schemas/board.js';
import type { JoinRequest, Partner } from '../../src/core/schemas/partner.js';
import type { Plan, PlanPoint, PlanPointPatch } from '../../src/core/schemas/plan.js';
import { viewCard, type BoardViewer } from '../board-view.js';
import type { BoardRefusal, BoardResult, KeyRole, Store, StoredEvent, StoredJoinRequest } from './store.js';

/** Events kept per board for SSE replay; older ones are pruned when a new one is appended. */
export const EVENTS_KEPT_PER_BOARD = 1000;

const DEFAULT_SETTINGS: BoardSettings = { votesPerPerson: 3, reveal: 'open' };

/**
 * Schema migrations, applied in order; `PRAGMA user_version` holds how many ran. Append new steps,
 * never edit old ones: databases in the field already ran them.
 */
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE IF NOT EXISTS partners (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    data TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS join_requests (
    id TEXT PRIMARY KEY,
    received_at TEXT NOT NULL,
    data TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS agendas (
    id TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS plans (
    id TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS boards (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    settings TEXT NOT NULL DEFAULT '{}',
    locked INTEGER NOT NULL DEFAULT 0,
    revealed INTEGER NOT NULL DEFAULT 0,
    -- the last event sequence number handed out for this board (never reset, so ids stay increasing)
    last_seq INTEGER NOT NULL DEFAULT 0
  );
  CREATE TABLE IF NOT EXISTS questions (
    board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    hint TEXT,
    PRIMARY KEY (board_id, id)
  );
  CREATE TABLE IF NOT EXISTS cards (
    board_id TEXT NOT NULL,
    id TEXT NOT NULL,
    question_id TEXT NOT NULL,
    text TEXT NOT NULL,
    author_id TEXT,
    insight INTEGER NOT NULL DEFAULT 0,
    hidden INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    PRIMARY KEY (board_id, id),
    FOREIGN KEY (board_id, question_id) REFERENCES questions(board_id, id) ON DELETE CASCADE
  );
  CREATE INDEX IF NOT EXISTS cards_by_question ON cards(board_id, question_id);
  CREATE INDEX IF NOT EXISTS cards_by_time ON cards(board_id, created_at);
  CREATE TABLE IF NOT EXISTS votes (
    board_id TEXT NOT NULL,
    id TEXT NOT NULL,
    card_id TEXT NOT NULL,
    client_id TEXT,
    value INTEGER NOT NULL CHECK (value IN (1, -1)),
    created_at TEXT NOT NULL,
    PRIMARY KEY (board_id, id),
    FOREIGN KEY (board_id, card_id) REFERENCES cards(board_id, id) ON DELETE CASCADE
  );
  CREATE INDEX IF NOT EXISTS votes_by_card ON votes(board_id, card_id, client_id);
  CREATE INDEX IF NOT EXISTS votes_by_client ON votes(board_id, client_id);
  CREATE TABLE IF NOT EXISTS board_events (
    board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    data TEXT NOT NULL,
    author_id TEXT,
    PRIMARY KEY (board_id, seq)
  ) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS keys (
    role TEXT PRIMARY KEY CHECK (role IN ('moderator', 'editor')),
    hash TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

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
  votes: number;
  my_votes: number;
}

interface VoteRow {
  card_id: string;
  client_id: string | null;
  value: number;
}

type BoardState = Pick<Board, 'settings' | 'revealed'> & { locked: boolean; settings: BoardSettings };

const refuse = (refusal: BoardRefusal): { ok: false; refusal: BoardRefusal } => ({ ok: false, refusal });

function settingsOf(json: string): BoardSettings {
  const stored = JSON.parse(json) as Partial<BoardSettings>;
  return {
    votesPerPerson: stored.votesPerPerson ?? DEFAULT_SETTINGS.votesPerPerson,
    reveal: stored.reveal ?? DEFAULT_SETTINGS.reveal,
  };
}

function stateOf(row: BoardRow): BoardState {
  return { settings: settingsOf(row.settings), locked: row.locked === 1, revealed: row.revealed === 1 };
}

/** The card itself, as everyone with full sight sees it (no `mine` / `myVotes`). */
function cardOf(row: CardRow): Card {
  return {
    id: row.id,
    questionId: row.question_id,
    text: row.text,
    votes: Math.max(0, row.votes),
    ...(row.insight === 1 ? { insight: true } : {}),
    ...(row.hidden === 1 ? { hidden: true } : {}),
    createdAt: row.created_at,
  };
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Opens (and creates, with its folder) the SQLite database at `path`; `':memory:'` for tests. */
export function openSqliteStore(path: string): Store {
  if (path !== ':memory:' && path !== '' && !path.startsWith('file:')) mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    // FULL: the WAL is synced on every commit, so an acknowledged write survives a crash or power cut.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return new SqliteStore(db);
}

function migrate(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION) {
    throw new Error(`The database has schema version ${version}, newer than this server knows (${SCHEMA_VERSION}); update the server.`);
  }
  if (version === SCHEMA_VERSION) return;
  db.transaction(() => {
    for (let step = version; step < SCHEMA_VERSION; step++) db.exec(MIGRATIONS[step]!);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}

const CARD_COLUMNS = `
  c.id, c.question_id, c.text, c.author_id, c.insight, c.hidden, c.created_at,
  COALESCE((SELECT SUM(v.value) FROM votes v WHERE v.board_id = c.board_id AND v.card_id = c.id), 0) AS votes,
  COALESCE((SELECT SUM(v.value) FROM votes v WHERE v.board_id = c.board_id AND v.card_id = c.id AND v.client_id = @clientId), 0) AS my_votes
`;

class SqliteStore implements Store {
  readonly #db: Database.Database;
  readonly #sql;
  /** The partner list changes only by `replacePartners`; reads (the busiest route) reuse it. */
  #partners?: readonly Partner[];

  constructor(db: Database.Database) {
    this.#db = db;
    const prepare = <P extends unknown[] | object, R = unknown>(sql: string) => db.prepare<P, R>(sql);
    this.#sql = {
      anyContent: prepare<[], { found: number }>(`
        SELECT EXISTS (SELECT 1 FROM agendas) OR EXISTS (SELECT 1 FROM boards)
            OR EXISTS (SELECT 1 FROM plans) OR EXISTS (SELECT 1 FROM partners) AS found`),

      listPartners: prepare<[], { data: string }>('SELECT data FROM partners ORDER BY position'),
      deletePartners: prepare<[]>('DELETE FROM partners'),
      insertPartner: prepare<[string, number, string]>('INSERT INTO partners (id, position, data) VALUES (?, ?, ?)'),
      insertJoinRequest: prepare<[string, string, string]>(
        'INSERT INTO join_requests (id, received_at, data) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING',
      ),
      listJoinRequests: prepare<[], { received_at: string; data: string }>(
        'SELECT received_at, data FROM join_requests ORDER BY received_at, rowid',
      ),

      getAgenda: prepare<[string], { data: string }>('SELECT data FROM agendas WHERE id = ?'),
      putAgenda: prepare<[string, string, string]>(
        'INSERT INTO agendas (id, data, updated_at) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at',
      ),
      getPlan: prepare<[string], { data: string }>('SELECT data FROM plans WHERE id = ?'),
      putPlan: prepare<[string, string, string]>(
        'INSERT INTO plans (id, data, updated_at) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at',
      ),

      getBoard: prepare<[string], BoardRow>('SELECT id, title, settings, locked, revealed FROM boards WHERE id = ?'),
      upsertBoard: prepare<[string, string, string, number, number]>(`
        INSERT INTO boards (id, title, settings, locked, revealed) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (id) DO UPDATE SET title = excluded.title, settings = excluded.settings,
          locked = excluded.locked, revealed = excluded.revealed`),
      updateBoard: prepare<[string, string, number, number, string]>(
        'UPDATE boards SET title = ?, settings = ?, locked = ?, revealed = ? WHERE id = ?',
      ),
      questions: prepare<[string], QuestionRow>('SELECT id, text, hint FROM questions WHERE board_id = ? ORDER BY position, id'),
      questionExists: prepare<[string, string], { found: number }>('SELECT 1 AS found FROM questions WHERE board_id = ? AND id = ?'),
      // Not INSERT OR REPLACE: a replace deletes the row first, and the delete would cascade to the cards.
      upsertQuestion: prepare<[string, string, number, string, string | null]>(`
        INSERT INTO questions (board_id, id, position, text, hint) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (board_id, id) DO UPDATE SET position = excluded.position, text = excluded.text, hint = excluded.hint`),
      deleteOtherQuestions: prepare<[string, string]>(
        'DELETE FROM questions WHERE board_id = ? AND id NOT IN (SELECT value FROM json_each(?))',
      ),

      cards: prepare<{ boardId: string; clientId: string | null }, CardRow>(
        `SELECT ${CARD_COLUMNS} FROM cards c WHERE c.board_id = @boardId ORDER BY c.created_at, c.rowid`,
      ),
      card: prepare<{ boardId: string; cardId: string; clientId: string | null }, CardRow>(
        `SELECT ${CARD_COLUMNS} FROM cards c WHERE c.board_id = @boardId AND c.id = @cardId`,
      ),
      insertCard: prepare<[string, string, string, string, string | null, number, number, string]>(`
        INSERT INTO cards (board_id, id, question_id, text, author_id, insight, hidden, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (board_id, id) DO NOTHING`),
      updateCard: prepare<[string, number, number, string, string]>(
        'UPDATE cards SET text = ?, insight = ?, hidden = ? WHERE board_id = ? AND id = ?',
      ),
      deleteCard: prepare<[string, string]>('DELETE FROM cards WHERE board_id = ? AND id = ?'),
      deleteCards: prepare<[string]>('DELETE FROM cards WHERE board_id = ?'),

      vote: prepare<[string, string], VoteRow>('SELECT card_id, client_id, value FROM votes WHERE board_id = ? AND id = ?'),
      insertVote: prepare<[string, string, string, string | null, number, string]>(
        'INSERT INTO votes (board_id, id, card_id, client_id, value, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      votesOfClient: prepare<[string, string], { total: number }>(
        'SELECT COALESCE(SUM(value), 0) AS total FROM votes WHERE board_id = ? AND client_id = ?',
      ),
      moveVotes: prepare<[string, string, string]>('UPDATE votes SET card_id = ? WHERE board_id = ? AND card_id = ?'),
      deleteVotes: prepare<[string]>('DELETE FROM votes WHERE board_id = ?'),

      nextSeq: prepare<[string], { last_seq: number }>('UPDATE boards SET last_seq = last_seq + 1 WHERE id = ? RETURNING last_seq'),
      insertEvent: prepare<[string, number, string, string | null]>(
        'INSERT INTO board_events (board_id, seq, data, author_id) VALUES (?, ?, ?, ?)',
      ),
      pruneEvents: prepare<[string, number]>('DELETE FROM board_events WHERE board_id = ? AND seq <= ?'),
      eventsSince: prepare<[string, number], { seq: number; data: string; author_id: string | null }>(
        'SELECT seq, data, author_id FROM board_events WHERE board_id = ? AND seq > ? ORDER BY seq',
      ),

      getKey: prepare<[string], { hash: string }>('SELECT hash FROM keys WHERE role = ?'),
      setKey: prepare<[string, string, string]>(
        'INSERT INTO keys (role, hash, created_at) VALUES (?, ?, ?) ON CONFLICT (role) DO UPDATE SET hash = excluded.hash, created_at = excluded.created_at',
      ),
    };
  }

  /**
   * Runs `fn` in one transaction. IMMEDIATE takes the write lock up front, so a read-then-write
   * cannot fail half-way with SQLITE_BUSY when a second process shares the file.
   */
  #write<T>(fn: () => T): T {
    return this.#db.transaction(fn).immediate();
  }

  isEmpty(): boolean {
    return this.#sql.anyContent.get()?.found !== 1;
  }

  // ---- partners ----

  listPartners(): readonly Partner[] {
    this.#partners ??= Object.freeze(this.#sql.listPartners.all().map((row) => JSON.parse(row.data) as Partner));
    return this.#partners;
  }

  replacePartners(partners: readonly Partner[]): void {
    this.#write(() => {
      this.#sql.deletePartners.run();
      partners.forEach((partner, index) => this.#sql.insertPartner.run(partner.id, index, JSON.stringify(partner)));
    });
    this.#partners = undefined;
  }

  addJoinRequest(request: JoinRequest): { created: boolean } {
    const { changes } = this.#sql.insertJoinRequest.run(request.id, new Date().toISOString(), JSON.stringify(request));
    return { created: changes === 1 };
  }

  listJoinRequests(): StoredJoinRequest[] {
    return this.#sql.listJoinRequests.all().map((row) => ({ ...(JSON.parse(row.data) as JoinRequest), receivedAt: row.received_at }));
  }

  // ---- agendas and plans ----

  getAgenda(id: string): Agenda | undefined {
    const row = this.#sql.getAgenda.get(id);
    return row ? (JSON.parse(row.data) as Agenda) : undefined;
  }

  putAgenda(agenda: Agenda): Agenda {
    this.#sql.putAgenda.run(agenda.id, JSON.stringify(agenda), new Date().toISOString());
    return agenda;
  }

  getPlan(id: string): Plan | undefined {
    const row = this.#sql.getPlan.get(id);
    return row ? (JSON.parse(row.data) as Plan) : undefined;
  }

  putPlan(plan: Plan): Plan {
    this.#sql.putPlan.run(plan.id, JSON.stringify(plan), new Date().toISOString());
    return plan;
  }

  patchPlanPoint(planId: string, pointId: string, patch: PlanPointPatch, now: Date): PlanPoint | undefined {
    return this.#write(() => {
      const plan = this.getPlan(planId);
      const index = plan?.points.findIndex((point) => point.id === pointId) ?? -1;
      if (!plan || index < 0) return undefined;
      const point: PlanPoint = {
        ...plan.points[index]!,
        ...(patch.status !== undefined ? { status: patch.status } : {}),
        ...(patch.steps !== undefined ? { steps: patch.steps } : {}),
        updatedAt: now.toISOString(),
      };
      plan.points[index] = point;
      this.#sql.putPlan.run(plan.id, JSON.stringify(plan), now.toISOString());
      return point;
    });
  }

  // ---- boards ----

  getBoard(id: string, view: BoardViewer): Board | undefined {
    const row = this.#sql.getBoard.get(id);
    if (!row) return undefined;
    const state = stateOf(row);
    const questions: Question[] = this.#sql.questions
      .all(id)
      .map((q) => (q.hint === null ? { id: q.id, text: q.text } : { id: q.id, text: q.text, hint: q.hint }));
    const cards = this.#sql.cards.all({ boardId: id, clientId: view.clientId ?? null }).map((card) => this.#view(card, state, view));
    return { id: row.id, title: row.title, questions, cards, settings: state.settings, locked: state.locked, revealed: state.revealed };
  }

  putBoard(board: Board): void {
    const questionIds = new Set(board.questions.map((q) => q.id));
    const stray = board.cards.find((card) => !questionIds.has(card.questionId));
    if (stray) throw new Error(`putBoard: card "${stray.id}" belongs to unknown question "${stray.questionId}"`);
    const settings = { ...DEFAULT_SETTINGS, ...withoutUndefined(board.settings ?? {}) };
    this.#write(() => {
      this.#sql.upsertBoard.run(board.id, board.title, JSON.stringify(settings), board.locked ? 1 : 0, board.revealed ? 1 : 0);
      // Cards (and their votes) of questions that are gone go with them (ON DELETE CASCADE).
      this.#sql.deleteOtherQuestions.run(board.id, JSON.stringify([...questionIds]));
      board.questions.forEach((q, position) => this.#sql.upsertQuestion.run(board.id, q.id, position, q.text, q.hint ?? null));
      for (const card of board.cards) {
        const { changes } = this.#sql.insertCard.run(
          board.id,
          card.id,
          card.questionId,
          card.text,
          null,
          card.insight ? 1 : 0,
          card.hidden ? 1 : 0,
          card.createdAt,
        );
        // A document's vote counts become anonymous votes, so they add up like any others.
        if (changes === 1) {
          for (let n = 1; n <= card.votes; n++) this.#sql.insertVote.run(board.id, `seed:${card.id}:${n}`, card.id, null, 1, card.createdAt);
        }
      }
    });
  }

  updateBoard(id: string, patch: BoardPatch): BoardResult<Board> {
    const done = this.#write(() => {
      const row = this.#sql.getBoard.get(id);
      if (!row) return false;
      const state = stateOf(row);
      const settings = { ...state.settings, ...withoutUndefined(patch.settings ?? {}) };
      this.#sql.updateBoard.run(
        patch.title ?? row.title,
        JSON.stringify(settings),
        (patch.locked ?? state.locked) ? 1 : 0,
        (patch.revealed ?? state.revealed) ? 1 : 0,
        id,
      );
      return true;
    });
    if (!done) return refuse('board-not-found');
    return { ok: true, value: this.getBoard(id, { asModerator: true })! };
  }

  addCard(boardId: string, card: NewCard, clientId: string, now: Date): BoardResult<Card> {
    return this.#write((): BoardResult<Card> => {
      const board = this.#board(boardId);
      if (!board) return refuse('board-not-found');
      if (!this.#sql.questionExists.get(boardId, card.questionId)) return refuse('question-not-found');
      const viewer = { clientId };
      const existing = this.#sql.card.get({ boardId, cardId: card.id, clientId });
      // A repeat is checked before the lock: a retried add is answered as the first one was.
      if (existing) {
        const same = existing.question_id === card.questionId && existing.text === card.text && existing.author_id === clientId;
        return same ? { ok: true, value: this.#view(existing, board, viewer), created: false } : refuse('id-conflict');
      }
      if (board.locked) return refuse('board-locked');
      this.#sql.insertCard.run(boardId, card.id, card.questionId, card.text, clientId, 0, 0, now.toISOString());
      return { ok: true, value: this.#view(this.#sql.card.get({ boardId, cardId: card.id, clientId })!, board, viewer), created: true };
    });
  }

  updateCard(boardId: string, cardId: string, patch: CardPatch, who: { clientId?: string; asModerator: boolean }): BoardResult<Card> {
    return this.#write((): BoardResult<Card> => {
      const board = this.#board(boardId);
      if (!board) return refuse('board-not-found');
      const clientId = who.clientId ?? null;
      const row = this.#sql.card.get({ boardId, cardId, clientId });
      if (!row) return refuse('card-not-found');
      if (!who.asModerator) {
        const own = row.author_id !== null && row.author_id === who.clientId;
        if (!own || patch.insight !== undefined || patch.hidden !== undefined) return refuse('not-yours');
        if (board.locked) return refuse('board-locked');
      }
      const insight = patch.insight ?? row.insight === 1;
      const hidden = patch.hidden ?? row.hidden === 1;
      this.#sql.updateCard.run(patch.text ?? row.text, insight ? 1 : 0, hidden ? 1 : 0, boardId, cardId);
      return { ok: true, value: this.#view(this.#sql.card.get({ boardId, cardId, clientId })!, board, who) };
    });
  }

  deleteCard(boardId: string, cardId: string, who: { clientId?: string; asModerator: boolean }): BoardResult<{ cardId: string }> {
    return this.#write((): BoardResult<{ cardId: string }> => {
      const board = this.#board(boardId);
      if (!board) return refuse('board-not-found');
      const row = this.#sql.card.get({ boardId, cardId, clientId: null });
      if (!row) return refuse('card-not-found');
      if (!who.asModerator) {
        if (row.author_id === null || row.author_id !== who.clientId) return refuse('not-yours');
        if (board.locked) return refuse('board-locked');
      }
      this.#sql.deleteCard.run(boardId, cardId);
      return { ok: true, value: { cardId } };
    });
  }

  vote(boardId: string, cardId: string, vote: NewVote, clientId: string): BoardResult<Card> {
    return this.#write((): BoardResult<Card> => {
      const board = this.#board(boardId);
      if (!board) return refuse('board-not-found');
      const row = this.#sql.card.get({ boardId, cardId, clientId });
      if (!row) return refuse('card-not-found');
      const answer = (card: CardRow, created: boolean): BoardResult<Card> => ({
        ok: true,
        value: { ...this.#view(card, board, { clientId }), myVotes: Math.max(0, card.my_votes) },
        created,
      });
      const earlier = this.#sql.vote.get(boardId, vote.id);
      if (earlier) {
        const same = earlier.card_id === cardId && earlier.client_id === clientId && earlier.value === vote.value;
        return same ? answer(row, false) : refuse('id-conflict');
      }
      // A card this client may not read yet (moderated, not revealed) cannot be voted on either:
      // answering with it would give its text away.
      if (board.settings.reveal === 'moderated' && !board.revealed && row.author_id !== clientId) return refuse('card-not-found');
      if (board.locked) return refuse('board-locked');
      if (vote.value === 1) {
        if (this.#sql.votesOfClient.get(boardId, clientId)!.total >= board.settings.votesPerPerson) return refuse('vote-cap');
      } else if (row.my_votes <= 0) {
        return refuse('no-vote-to-take-back');
      }
      this.#sql.insertVote.run(boardId, vote.id, cardId, clientId, vote.value, new Date().toISOString());
      return answer(this.#sql.card.get({ boardId, cardId, clientId })!, true);
    });
  }

  mergeCard(boardId: string, cardId: string, into: string): BoardResult<Card> {
    return this.#write((): BoardResult<Card> => {
      const board = this.#board(boardId);
      if (!board) return refuse('board-not-found');
      const source = this.#sql.card.get({ boardId, cardId, clientId: null });
      const target = this.#sql.card.get({ boardId, cardId: into, clientId: null });
      if (!source || !target) return refuse('card-not-found');
      if (cardId !== into) {
        this.#sql.moveVotes.run(into, boardId, cardId);
        this.#sql.deleteCard.run(boardId, cardId);
      }
      return { ok: true, value: this.#view(this.#sql.card.get({ boardId, cardId: into, clientId: null })!, board, { asModerator: true }) };
    });
  }

  clearBoard(boardId: string): BoardResult<{ removed: number }> {
    return this.#write((): BoardResult<{ removed: number }> => {
      if (!this.#board(boardId)) return refuse('board-not-found');
      this.#sql.deleteVotes.run(boardId);
      const { changes } = this.#sql.deleteCards.run(boardId);
      return { ok: true, value: { removed: changes } };
    });
  }

  // ---- events ----

  cardAuthor(boardId: string, cardId: string): string | undefined {
    return this.#sql.card.get({ boardId, cardId, clientId: null })?.author_id ?? undefined;
  }

  appendEvent(boardId: string, event: BoardEvent, authorId?: string): number {
    return this.#write(() => {
      const next = this.#sql.nextSeq.get(boardId);
      if (!next) throw new Error(`appendEvent: unknown board "${boardId}"`);
      const seq = next.last_seq;
      this.#sql.insertEvent.run(boardId, seq, JSON.stringify(event), authorId ?? null);
      // Sequence numbers of a board have no gaps, so the oldest one to keep is seq - limit + 1.
      this.#sql.pruneEvents.run(boardId, seq - EVENTS_KEPT_PER_BOARD);
      return seq;
    });
  }

  eventsSince(boardId: string, seq: number): StoredEvent[] {
    return this.#sql.eventsSince.all(boardId, seq).map((row) => ({
      seq: row.seq,
      event: JSON.parse(row.data) as BoardEvent,
      ...(row.author_id !== null ? { authorId: row.author_id } : {}),
    }));
  }

  // ---- keys ----

  getKeyHash(role: KeyRole): string | undefined {
    return this.#sql.getKey.get(role)?.hash;
  }

  setKeyHash(role: KeyRole, hash: string): void {
    this.#sql.setKey.run(role, hash, new Date().toISOString());
  }

  close(): void {
    if (this.#db.open) this.#db.close();
  }

  // ---- helpers ----

  #board(id: string): BoardState | undefined {
    const row = this.#sql.getBoard.get(id);
    return row ? stateOf(row) : undefined;
  }

  /** One card as `viewer` sees it, with `myVotes` when the viewer has votes on it. */
  #view(row: CardRow, board: BoardState, viewer: BoardViewer): Card {
    const card = viewCard(cardOf(row), row.author_id ?? undefined, board, viewer);
    return row.my_votes > 0 ? { ...card, myVotes: row.my_votes } : card;
  }
}
