import Database from 'better-sqlite3';
import { closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrateSqlite } from './migrations/sqlite.js';
import type { Repository } from './repository.js';
import { SqlRepository, type SqlDriver, type SqlExecutor, type SqlValue } from './sql-repository.js';

/**
 * Opens (and creates, with its folder, readable by its owner only) the SQLite database at `path`
 * and brings its schema up to date; `':memory:'` for tests.
 *
 * better-sqlite3 is synchronous and has one connection, so every operation and every transaction
 * of the repository runs in turn behind one async mutex: a read never sees a transaction's
 * uncommitted rows and two transactions never interleave. Operations on a transaction's `tx` run
 * directly (the transaction holds the mutex); calling the repository itself from inside
 * `transaction(fn)` would wait for the transaction, i.e. forever.
 */
export async function openSqliteRepository(path: string): Promise<Repository> {
  const inMemory = path === ':memory:' || path === '';
  if (!inMemory && !path.startsWith('file:')) createPrivateFile(path);
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    // FULL: the WAL is synced on every commit, so an acknowledged write survives a crash or power cut.
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    migrateSqlite(db, inMemory ? ':memory:' : path);
    db.pragma('foreign_keys = ON');
  } catch (error) {
    db.close();
    throw error;
  }
  return new SqlRepository(new SqliteDriver(db));
}

/** Creates the file (mode 0600: it holds key hashes) and its folder when it does not exist yet. */
function createPrivateFile(path: string): void {
  if (existsSync(path)) return;
  mkdirSync(dirname(path), { recursive: true });
  closeSync(openSync(path, 'a', 0o600));
}

/** Runs functions one after another, each once the one before has settled. */
class Mutex {
  #tail: Promise<unknown> = Promise.resolve();

  run<T>(fn: () => T | Promise<T>): Promise<T> {
    const result = this.#tail.then(fn);
    this.#tail = result.catch(() => undefined);
    return result;
  }
}

/** `$1` → `?1`, with the values as better-sqlite3 binds numbered parameters: `{ 1: …, 2: … }`. */
function sqliteSql(sql: string): string {
  return sql.replace(/\$(\d+)/g, '?$1');
}

function sqliteParams(params: readonly SqlValue[]): Record<number, SqlValue> {
  return Object.fromEntries(params.map((value, index) => [index + 1, value]));
}

class SqliteDriver implements SqlDriver {
  readonly kind = 'sqlite';
  readonly dialect = 'sqlite';
  readonly #db: Database.Database;
  readonly #mutex = new Mutex();
  readonly #statements = new Map<string, Database.Statement>();
  /** Each statement run directly: for a transaction's `tx`, which holds the mutex. */
  readonly #inTransaction: SqlExecutor;
  readonly direct: SqlExecutor;

  constructor(db: Database.Database) {
    this.#db = db;
    this.#inTransaction = {
      query: async <R extends object>(sql: string, params: readonly SqlValue[] = []) =>
        this.#statement(sql).all(sqliteParams(params)) as R[],
      run: async (sql: string, params: readonly SqlValue[] = []) => this.#statement(sql).run(sqliteParams(params)).changes,
    };
    this.direct = {
      query: <R extends object>(sql: string, params?: readonly SqlValue[]) =>
        this.#mutex.run(() => this.#inTransaction.query<R>(sql, params)),
      run: (sql: string, params?: readonly SqlValue[]) => this.#mutex.run(() => this.#inTransaction.run(sql, params)),
    };
  }

  /** Prepared once per statement text. */
  #statement(sql: string): Database.Statement {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.#db.prepare(sqliteSql(sql));
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  transaction<T>(fn: (exec: SqlExecutor) => Promise<T>): Promise<T> {
    return this.#mutex.run(async () => {
      // IMMEDIATE takes the write lock up front: a read-then-write cannot fail half-way with
      // SQLITE_BUSY when another process shares the file.
      this.#db.exec('BEGIN IMMEDIATE');
      try {
        const result = await fn(this.#inTransaction);
        this.#db.exec('COMMIT');
        return result;
      } catch (error) {
        if (this.#db.inTransaction) this.#db.exec('ROLLBACK');
        throw error;
      }
    });
  }

  ping(): Promise<void> {
    return this.#mutex.run(() => {
      this.#db.prepare('SELECT 1').get();
    });
  }

  close(): Promise<void> {
    return this.#mutex.run(() => {
      if (this.#db.open) this.#db.close();
    });
  }
}
