import type pg from 'pg';

/**
 * The PostgreSQL schema, one step per version; the one-row table `ija_schema` holds how many steps
 * ran. Append new steps, never edit old ones: databases in the field already ran them.
 *
 * The same plain types as the SQLite schema, so one set of statements serves both: TEXT ids, JSON
 * documents as TEXT, ISO timestamps as TEXT (COLLATE "C": byte order is time order whatever the
 * database's locale), INTEGER 0/1 flags. Insertion order is an identity column named `rowid`, the
 * name of SQLite's implicit one, so `ORDER BY created_at, rowid` reads the same on both.
 */
export const POSTGRES_MIGRATIONS: readonly string[] = [
  // ---- 1: sites, keys, partners, agendas, plans, boards ----
  `
  CREATE TABLE sites (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    created_at TEXT COLLATE "C" NOT NULL
  );
  CREATE TABLE keys (
    site_id TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('network', 'editor', 'moderator')),
    hash TEXT NOT NULL,
    created_at TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (site_id, role)
  );
  CREATE TABLE partners (
    site_id TEXT NOT NULL,
    id TEXT NOT NULL,
    position INTEGER NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (site_id, id)
  );
  CREATE TABLE join_requests (
    site_id TEXT NOT NULL,
    id TEXT NOT NULL,
    received_at TEXT COLLATE "C" NOT NULL,
    data TEXT NOT NULL,
    rowid BIGINT GENERATED ALWAYS AS IDENTITY,
    PRIMARY KEY (site_id, id)
  );
  CREATE TABLE agendas (
    site_id TEXT NOT NULL,
    id TEXT NOT NULL,
    data TEXT NOT NULL,
    updated_at TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (site_id, id)
  );
  CREATE TABLE plans (
    site_id TEXT NOT NULL,
    id TEXT NOT NULL,
    data TEXT NOT NULL,
    updated_at TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (site_id, id)
  );
  CREATE TABLE boards (
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
  CREATE TABLE questions (
    site_id TEXT NOT NULL,
    board_id TEXT NOT NULL,
    id TEXT NOT NULL,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    hint TEXT,
    PRIMARY KEY (site_id, board_id, id),
    FOREIGN KEY (site_id, board_id) REFERENCES boards (site_id, id) ON DELETE CASCADE
  );
  CREATE TABLE cards (
    site_id TEXT NOT NULL,
    board_id TEXT NOT NULL,
    id TEXT NOT NULL,
    question_id TEXT NOT NULL,
    text TEXT NOT NULL,
    author_id TEXT,
    insight INTEGER NOT NULL DEFAULT 0,
    hidden INTEGER NOT NULL DEFAULT 0,
    created_at TEXT COLLATE "C" NOT NULL,
    rowid BIGINT GENERATED ALWAYS AS IDENTITY,
    PRIMARY KEY (site_id, board_id, id),
    FOREIGN KEY (site_id, board_id, question_id) REFERENCES questions (site_id, board_id, id) ON DELETE CASCADE
  );
  CREATE INDEX cards_by_question ON cards (site_id, board_id, question_id);
  CREATE INDEX cards_by_time ON cards (site_id, board_id, created_at);
  CREATE TABLE votes (
    site_id TEXT NOT NULL,
    board_id TEXT NOT NULL,
    id TEXT NOT NULL,
    card_id TEXT NOT NULL,
    client_id TEXT,
    value INTEGER NOT NULL CHECK (value IN (1, -1)),
    created_at TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (site_id, board_id, id),
    FOREIGN KEY (site_id, board_id, card_id) REFERENCES cards (site_id, board_id, id) ON DELETE CASCADE
  );
  CREATE INDEX votes_by_card ON votes (site_id, board_id, card_id, client_id);
  CREATE INDEX votes_by_client ON votes (site_id, board_id, client_id);
  CREATE TABLE board_events (
    site_id TEXT NOT NULL,
    board_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    data TEXT NOT NULL,
    author_id TEXT,
    PRIMARY KEY (site_id, board_id, seq),
    FOREIGN KEY (site_id, board_id) REFERENCES boards (site_id, id) ON DELETE CASCADE
  );
  `,

  // ---- 2: join requests are handled; partners are appended one by one ----
  // A request is accepted (partner_id: the partner it became) or declined; handled requests are
  // purged after the retention period, across sites, hence the index on handled_at alone (a new
  // request has none). The requests already stored are new. Partners get a rowid (SQLite's own
  // column): two appended at once may read the same last position, and rowid orders them.
  `
  ALTER TABLE join_requests
    ADD COLUMN status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'accepted', 'declined')),
    ADD COLUMN handled_at TEXT COLLATE "C",
    ADD COLUMN partner_id TEXT;
  CREATE INDEX join_requests_by_handled_at ON join_requests (handled_at);
  ALTER TABLE partners ADD COLUMN rowid BIGINT GENERATED ALWAYS AS IDENTITY;
  `,

  // ---- 3: merged ideas keep their texts; plans have a version ----
  // A card holds the ideas merged into it (JSON [{ id, text }], NULL for none). A plan's version
  // goes up with every write (the ETag, and what If-Match is checked against); plans already
  // stored start at 1.
  `
  ALTER TABLE cards ADD COLUMN merged TEXT;
  ALTER TABLE plans ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
  `,
];

/** The schema version this code writes and reads. */
export const POSTGRES_SCHEMA_VERSION = POSTGRES_MIGRATIONS.length;

/**
 * Brings the schema up to POSTGRES_SCHEMA_VERSION in one transaction on `client`, which must
 * already use the schema (search_path). An advisory lock keyed by the schema's name makes a second
 * process starting at the same moment wait, then find the work done. Refuses a database written by
 * a newer server.
 */
export async function migratePostgres(client: pg.ClientBase, schema: string | undefined): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`ija-widgets migrations ${schema ?? ''}`]);
    if (schema !== undefined) await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await client.query('CREATE TABLE IF NOT EXISTS ija_schema (version INTEGER NOT NULL)');
    const { rows } = await client.query<{ version: number }>('SELECT version FROM ija_schema');
    if (rows.length === 0) await client.query('INSERT INTO ija_schema (version) VALUES (0)');
    const version = rows[0]?.version ?? 0;
    if (version > POSTGRES_SCHEMA_VERSION) {
      throw new Error(
        `PostgreSQL schema ${schema ?? '(default)'}: schema version ${version} is newer than this server knows (${POSTGRES_SCHEMA_VERSION}); update the server`,
      );
    }
    for (let step = version; step < POSTGRES_SCHEMA_VERSION; step++) await client.query(POSTGRES_MIGRATIONS[step]!);
    if (version < POSTGRES_SCHEMA_VERSION) await client.query('UPDATE ija_schema SET version = $1', [POSTGRES_SCHEMA_VERSION]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
