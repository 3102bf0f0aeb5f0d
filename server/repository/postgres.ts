import pg from 'pg';
import { migratePostgres } from './migrations/postgres.js';
import type { EventListener, Repository, SiteId } from './repository.js';
import { SqlRepository, type SqlDriver, type SqlExecutor, type SqlValue } from './sql-repository.js';

export interface PostgresOptions {
  connectionString: string;
  /** A schema of its own (created when missing), e.g. one per test run; default: the role's search_path. */
  schema?: string;
  /** Pooled connections (default 10); the event listener takes one more. */
  max?: number;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
const LONGEST_CHANNEL = 63;
const RECONNECT_FIRST_MS = 100;
const RECONNECT_MAX_MS = 2000;

/**
 * Opens a pool on the database, brings the schema up to date (one process at a time) and listens
 * for the events every process commits (LISTEN/NOTIFY), so several server processes can share one
 * database.
 */
export async function openPostgresRepository(options: PostgresOptions): Promise<Repository> {
  const { connectionString, schema, max = 10 } = options;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new Error(`PostgreSQL schema "${schema}": use lower-case letters, digits and _ (at most 63, not starting with a digit)`);
  }
  const config: pg.ClientConfig = {
    connectionString,
    ...(schema !== undefined ? { options: `-c search_path=${schema}` } : {}),
  };
  // Notifications are per database, so a schema gets a channel of its own (PostgreSQL allows 63 bytes).
  const channel = (schema !== undefined ? `ija_events_${schema}` : 'ija_events').slice(0, LONGEST_CHANNEL);

  const pool = new pg.Pool({ ...config, max });
  // An idle connection that breaks (a server restart) is dropped by the pool; without a handler it would crash the process.
  pool.on('error', (error) => console.error('ija-widgets: a pooled PostgreSQL connection failed', error.message));
  let listener: NotificationListener | undefined;
  try {
    const client = await pool.connect();
    try {
      await migratePostgres(client, schema);
    } finally {
      client.release();
    }
    listener = new NotificationListener(config, channel);
    await listener.start();
  } catch (error) {
    await listener?.close();
    await pool.end();
    throw error;
  }
  return new SqlRepository(new PostgresDriver(pool, channel, listener));
}

function executorOf(client: pg.Pool | pg.PoolClient): SqlExecutor {
  return {
    query: async <R extends object>(sql: string, params: readonly SqlValue[] = []) => (await client.query<R>(sql, [...params])).rows,
    run: async (sql: string, params: readonly SqlValue[] = []) => (await client.query(sql, [...params])).rowCount ?? 0,
  };
}

class PostgresDriver implements SqlDriver {
  readonly kind = 'postgres';
  readonly dialect = 'postgres';
  readonly direct: SqlExecutor;
  readonly events: NonNullable<SqlDriver['events']>;
  readonly #pool: pg.Pool;
  readonly #listener: NotificationListener;

  constructor(pool: pg.Pool, channel: string, listener: NotificationListener) {
    this.#pool = pool;
    this.#listener = listener;
    this.direct = executorOf(pool);
    this.events = {
      // Inside the transaction: PostgreSQL delivers it on COMMIT, to every listening process (this one too).
      announce: async (exec, site, board, seq) => {
        await exec.query('SELECT pg_notify($1, $2)', [channel, JSON.stringify({ site, board, seq })]);
      },
      subscribe: (deliver) => listener.subscribe(deliver),
    };
  }

  async transaction<T>(fn: (exec: SqlExecutor) => Promise<T>): Promise<T> {
    const client = await this.#pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const result = await fn(executorOf(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      try {
        await client.query('ROLLBACK');
      } catch (rollbackError) {
        // The connection is unusable: the pool must not hand it out again.
        broken = rollbackError as Error;
      }
      throw error;
    } finally {
      client.release(broken);
    }
  }

  async ping(): Promise<void> {
    await this.#pool.query('SELECT 1');
  }

  #closing?: Promise<void>;

  /** Safe to call twice (a server closes its store, and so may whoever opened it). */
  close(): Promise<void> {
    this.#closing ??= this.#listener.close().then(() => this.#pool.end());
    return this.#closing;
  }
}

/**
 * One connection of its own (a pooled one would be handed to others) that LISTENs on the channel.
 * When it breaks it reconnects, waiting longer each time up to 2 s; an event announced meanwhile
 * is not heard, but the next one is, and readers catch up by sequence number.
 */
class NotificationListener {
  readonly #config: pg.ClientConfig;
  readonly #channel: string;
  #deliver: EventListener = () => undefined;
  #client?: pg.Client;
  #timer?: NodeJS.Timeout;
  #delay = RECONNECT_FIRST_MS;
  #closed = false;

  constructor(config: pg.ClientConfig, channel: string) {
    this.#config = config;
    this.#channel = channel;
  }

  subscribe(deliver: EventListener): void {
    this.#deliver = deliver;
  }

  /** Connects for the first time; fails when the database cannot be reached. */
  start(): Promise<void> {
    return this.#connect();
  }

  async #connect(): Promise<void> {
    const client = new pg.Client(this.#config);
    client.on('notification', (message) => this.#heard(message));
    client.on('error', () => this.#lost(client));
    client.on('end', () => this.#lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN "${this.#channel}"`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.#closed) {
      await client.end();
      return;
    }
    this.#client = client;
    this.#delay = RECONNECT_FIRST_MS;
  }

  #heard(message: pg.Notification): void {
    if (message.channel !== this.#channel || message.payload === undefined) return;
    let site: SiteId, board: string, seq: number;
    try {
      ({ site, board, seq } = JSON.parse(message.payload) as { site: SiteId; board: string; seq: number });
    } catch {
      return;
    }
    if (typeof site !== 'string' || typeof board !== 'string' || !Number.isInteger(seq)) return;
    this.#deliver(site, board, seq);
  }

  #lost(client: pg.Client): void {
    if (this.#client !== client) return;
    this.#client = undefined;
    client.end().catch(() => undefined);
    this.#reconnect();
  }

  #reconnect(): void {
    if (this.#closed || this.#timer) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#connect().catch(() => {
        this.#delay = Math.min(this.#delay * 2, RECONNECT_MAX_MS);
        this.#reconnect();
      });
    }, this.#delay);
    // A process that has nothing else to do need not wait for the listener to come back.
    this.#timer.unref();
  }

  async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const client = this.#client;
    this.#client = undefined;
    await client?.end().catch(() => undefined);
  }
}
