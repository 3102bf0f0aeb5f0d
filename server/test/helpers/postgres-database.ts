import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * A fresh PostgreSQL database of its own (`<prefix>_<random hex>`), for tests and benchmarks that
 * start real server processes: `--db` takes a URL, not a schema, so each run gets a database,
 * dropped afterwards. The role in `adminUrl` must be allowed to create databases.
 */

export interface TemporaryDatabase {
  name: string;
  /** `adminUrl` with the new database in its path: what `--db` is given. */
  url: string;
  /** Runs one statement in the new database (its own connection), e.g. to count rows. */
  query<R extends object>(sql: string, params?: unknown[]): Promise<R[]>;
  /** Ends every connection to it (a killed process's may linger) and drops it. */
  drop(): Promise<void>;
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Rejects with the connection error when PostgreSQL cannot be reached at `adminUrl`. */
export async function createTemporaryDatabase(adminUrl: string, prefix: string): Promise<TemporaryDatabase> {
  if (!/^[a-z_][a-z0-9_]{0,40}$/.test(prefix)) throw new Error(`database prefix "${prefix}": lower-case letters, digits and _`);
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await withClient(adminUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const address = new URL(adminUrl);
  address.pathname = `/${name}`;
  const url = address.toString();
  return {
    name,
    url,
    query: <R extends object>(sql: string, params: unknown[] = []) =>
      withClient(url, async (client) => (await client.query(sql, params)).rows as R[]),
    drop: () =>
      withClient(adminUrl, async (client) => {
        await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
        await client.query(`DROP DATABASE IF EXISTS "${name}"`);
      }),
  };
}
