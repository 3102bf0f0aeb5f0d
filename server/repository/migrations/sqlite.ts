import type Database from 'better-sqlite3';

/**
 * The SQLite schema, one step per version; `PRAGMA user_version` holds how many steps ran. Append
 * new steps, never edit old ones: databases in the field already ran them.
 *
 * Version 1 is the single-site schema of the first server (server/store/sqlite-store.ts). Version 2
 * scopes every row to a site: the tables are rebuilt with a `site_id` column and the rows of a
 * version-1 database go to the site 'default' (whose `sites` row is written only when the database
 * held any data; a fresh database gets its sites from the server's first start). Version 3 gives
 * join requests a status ('new', 'accepted', 'declined'), when they were handled and the partner an
 * accepted one became. Version 4 keeps merged ideas' texts with the card they went into and gives
 * plans a version.
 *
 * Timestamps are ISO strings, documents are JSON text, flags are INTEGER 0/1. Insertion order is
 * SQLite's implicit `rowid` (the PostgreSQL schema has an identity column of the same name).
 */
export const SQLITE_MIGRATIONS: readonly string[] = [
  // ---- 1: the first server's schema ----
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

  // ---- 2: sites ----
  // SQLite cannot add a column to a primary key, so each table is rebuilt: create <table>_v2 (its
  // foreign keys already name the final tables), copy the rows in insertion order, drop the old
  // tables, rename. Runs with foreign keys off (see migrateSqlite), as SQLite's manual advises.
  `
  CREATE TABLE sites (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  INSERT INTO sites (id, title, created_at)
  SELECT 'default', 'default', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
  WHERE EXISTS (SELECT 1 FROM partners) OR EXISTS (SELECT 1 FROM join_requests)
     OR EXISTS (SELECT 1 FROM agendas) OR EXISTS (SELECT 1 FROM plans)
     OR EXISTS (SELECT 1 FROM boards) OR EXISTS (SELECT 1 FROM keys);

  CREATE TABLE keys_v2 (
    site_id TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('network', 'editor', 'moderator')),
    hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (site_id, role)
  );
  CREATE TABLE partners_v2 (
    site_id TEXT NOT NULL,
    id TEXT NOT NULL,
    position INTEGER NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (site_id, id)
  );
  CREATE TABLE join_requests_v2 (
    site_id TEXT NOT NULL,
    id TEXT NOT NULL,
    received_at TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (site_id, id)
  );
  CREATE TABLE agendas_v2 (
    site_id TEXT NOT NULL,
    id TEXT NOT NULL,
    data TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (site_id, id)
  );
  CREATE TABLE plans_v2 (
    site_id TEXT NOT NULL,
    id TEXT NOT NULL,
    data TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (site_id, id)
  );
  CREATE TABLE boards_v2 (
    site_id TEXT NOT NULL,
    id TEXT NOT NULL,
    title TEXT NOT NULL,
    settings TEXT NOT NULL DEFAULT '{}',
    locked INTEGER NOT NULL DEFAULT 0,
    revealed INTEGER NOT NULL DEFAULT 0,
    -- the last event sequence number handed out for this board (never reset, so ids stay increasing)
    last_seq INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (site_id, id)
  );
  CREATE TABLE questions_v2 (
    site_id TEXT NOT NULL,
    board_id TEXT NOT NULL,
    id TEXT NOT NULL,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    hint TEXT,
    PRIMARY KEY (site_id, board_id, id),
    FOREIGN KEY (site_id, board_id) REFERENCES boards (site_id, id) ON DELETE CASCADE
  );
  CREATE TABLE cards_v2 (
    site_id TEXT NOT NULL,
    board_id TEXT NOT NULL,
    id TEXT NOT NULL,
    question_id TEXT NOT NULL,
    text TEXT NOT NULL,
    author_id TEXT,
    insight INTEGER NOT NULL DEFAULT 0,
    hidden INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    PRIMARY KEY (site_id, board_id, id),
    FOREIGN KEY (site_id, board_id, question_id) REFERENCES questions (site_id, board_id, id) ON DELETE CASCADE
  );
  CREATE TABLE votes_v2 (
    site_id TEXT NOT NULL,
    board_id TEXT NOT NULL,
    id TEXT NOT NULL,
    card_id TEXT NOT NULL,
    client_id TEXT,
    value INTEGER NOT NULL CHECK (value IN (1, -1)),
    created_at TEXT NOT NULL,
    PRIMARY KEY (site_id, board_id, id),
    FOREIGN KEY (site_id, board_id, card_id) REFERENCES cards (site_id, board_id, id) ON DELETE CASCADE
  );
  CREATE TABLE board_events_v2 (
    site_id TEXT NOT NULL,
    board_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    data TEXT NOT NULL,
    author_id TEXT,
    PRIMARY KEY (site_id, board_id, seq),
    FOREIGN KEY (site_id, board_id) REFERENCES boards (site_id, id) ON DELETE CASCADE
  ) WITHOUT ROWID;

  INSERT INTO keys_v2 SELECT 'default', role, hash, created_at FROM keys;
  INSERT INTO partners_v2 SELECT 'default', id, position, data FROM partners ORDER BY rowid;
  INSERT INTO join_requests_v2 SELECT 'default', id, received_at, data FROM join_requests ORDER BY rowid;
  INSERT INTO agendas_v2 SELECT 'default', id, data, updated_at FROM agendas ORDER BY rowid;
  INSERT INTO plans_v2 SELECT 'default', id, data, updated_at FROM plans ORDER BY rowid;
  INSERT INTO boards_v2 SELECT 'default', id, title, settings, locked, revealed, last_seq FROM boards ORDER BY rowid;
  INSERT INTO questions_v2 SELECT 'default', board_id, id, position, text, hint FROM questions ORDER BY rowid;
  INSERT INTO cards_v2 SELECT 'default', board_id, id, question_id, text, author_id, insight, hidden, created_at FROM cards ORDER BY rowid;
  INSERT INTO votes_v2 SELECT 'default', board_id, id, card_id, client_id, value, created_at FROM votes ORDER BY rowid;
  INSERT INTO board_events_v2 SELECT 'default', board_id, seq, data, author_id FROM board_events;

  DROP TABLE board_events;
  DROP TABLE votes;
  DROP TABLE cards;
  DROP TABLE questions;
  DROP TABLE boards;
  DROP TABLE plans;
  DROP TABLE agendas;
  DROP TABLE join_requests;
  DROP TABLE partners;
  DROP TABLE keys;

  ALTER TABLE keys_v2 RENAME TO keys;
  ALTER TABLE partners_v2 RENAME TO partners;
  ALTER TABLE join_requests_v2 RENAME TO join_requests;
  ALTER TABLE agendas_v2 RENAME TO agendas;
  ALTER TABLE plans_v2 RENAME TO plans;
  ALTER TABLE boards_v2 RENAME TO boards;
  ALTER TABLE questions_v2 RENAME TO questions;
  ALTER TABLE cards_v2 RENAME TO cards;
  ALTER TABLE votes_v2 RENAME TO votes;
  ALTER TABLE board_events_v2 RENAME TO board_events;

  CREATE INDEX cards_by_question ON cards (site_id, board_id, question_id);
  CREATE INDEX cards_by_time ON cards (site_id, board_id, created_at);
  CREATE INDEX votes_by_card ON votes (site_id, board_id, card_id, client_id);
  CREATE INDEX votes_by_client ON votes (site_id, board_id, client_id);
  `,

  // ---- 3: join requests are handled ----
  // A request is accepted (partner_id: the partner it became) or declined; handled requests are
  // purged after the retention period, across sites, hence the index on handled_at alone (a new
  // request has none). The requests already stored are new.
  `
  ALTER TABLE join_requests ADD COLUMN status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'accepted', 'declined'));
  ALTER TABLE join_requests ADD COLUMN handled_at TEXT;
  ALTER TABLE join_requests ADD COLUMN partner_id TEXT;
  CREATE INDEX join_requests_by_handled_at ON join_requests (handled_at);
  `,

  // ---- 4: merged ideas keep their texts; plans have a version ----
  // A card holds the ideas merged into it (JSON [{ id, text }], NULL for none). A plan's version
  // goes up with every write (the ETag, and what If-Match is checked against); plans already
  // stored start at 1.
  `
  ALTER TABLE cards ADD COLUMN merged TEXT;
  ALTER TABLE plans ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
  `,
];

/** The schema version this code writes and reads. */
export const SQLITE_SCHEMA_VERSION = SQLITE_MIGRATIONS.length;

/**
 * Brings the database up to SQLITE_SCHEMA_VERSION in one IMMEDIATE transaction (all steps or
 * none); refuses a database written by a newer server. Foreign keys are off while the tables are
 * rebuilt (a DROP would cascade otherwise) and checked before the commit; the caller turns them on.
 */
export function migrateSqlite(db: Database.Database, label: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SQLITE_SCHEMA_VERSION) {
    throw new Error(
      `SQLite database ${label}: schema version ${version} is newer than this server knows (${SQLITE_SCHEMA_VERSION}); update the server`,
    );
  }
  if (version === SQLITE_SCHEMA_VERSION) return;
  db.pragma('foreign_keys = OFF');
  db.transaction(() => {
    for (let step = version; step < SQLITE_SCHEMA_VERSION; step++) db.exec(SQLITE_MIGRATIONS[step]!);
    const broken = db.pragma('foreign_key_check') as unknown[];
    if (broken.length > 0) {
      throw new Error(`SQLite database ${label}: ${broken.length} rows break a foreign key after migration; nothing was changed`);
    }
    db.pragma(`user_version = ${SQLITE_SCHEMA_VERSION}`);
  }).immediate();
}
