import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe } from 'node:test';
import pg from 'pg';
import { createMemoryRepository } from '../../repository/memory.js';
import type { Repository } from '../../repository/repository.js';

/**
 * The stores every conformance test runs against. PostgreSQL needs a database: by default
 * `postgres://ija:ija@127.0.0.1:5432/ija_test` (CI), or `IJA_TEST_DATABASE_URL`; with
 * `IJA_TEST_DATABASE_URL=off` its tests are skipped (a local run without PostgreSQL). Otherwise a
 * database that does not answer fails the PostgreSQL tests. Each PostgreSQL store lives in a schema
 * of its own (`test_<random hex>`), dropped on close, so runs never see each other's data.
 */
export const STORE_KINDS = ['memory', 'sqlite', 'postgres'] as const;
export type StoreKind = (typeof STORE_KINDS)[number];

export interface TestStore {
  repo: Repository;
  /** Closes the store and removes what it left behind (the SQLite file, the PostgreSQL schema). */
  close(): Promise<void>;
}

export const TEST_DATABASE_URL = process.env['IJA_TEST_DATABASE_URL'] ?? 'postgres://ija:ija@127.0.0.1:5432/ija_test';

/** Why a kind is not run here (undefined: it is). */
export function skipReason(kind: StoreKind): string | undefined {
  if (kind === 'postgres' && TEST_DATABASE_URL === 'off') return 'IJA_TEST_DATABASE_URL=off: no PostgreSQL here';
  return undefined;
}

let toldSkipped = false;
function tellSkipped(kind: StoreKind, reason: string): void {
  if (toldSkipped) return;
  toldSkipped = true;
  console.log(`# ${kind} store tests skipped (${reason})`);
}

/** Opens a fresh, empty store of the kind. The SQL stores are imported only here, so a missing one fails only its own tests. */
export async function openTestStore(kind: StoreKind): Promise<TestStore> {
  switch (kind) {
    case 'memory': {
      const repo = createMemoryRepository();
      return { repo, close: () => repo.close() };
    }
    case 'sqlite': {
      const { openSqliteRepository } = await import('../../repository/sqlite.js');
      const dir = await mkdtemp(join(tmpdir(), 'ija-conformance-'));
      let repo: Repository;
      try {
        repo = await openSqliteRepository(join(dir, 'ija.sqlite'));
      } catch (error) {
        await rm(dir, { recursive: true, force: true });
        throw error;
      }
      return {
        repo,
        async close() {
          try {
            await repo.close();
          } finally {
            // The directory also holds the -wal and -shm files.
            await rm(dir, { recursive: true, force: true });
          }
        },
      };
    }
    case 'postgres': {
      const reason = skipReason(kind);
      if (reason) throw new Error(`PostgreSQL store not available: ${reason}`);
      const { openPostgresRepository } = await import('../../repository/postgres.js');
      const schema = `test_${randomBytes(6).toString('hex')}`;
      const dropSchema = async () => {
        const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
        await client.connect();
        try {
          await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        } finally {
          await client.end();
        }
      };
      let repo: Repository;
      try {
        repo = await openPostgresRepository({ connectionString: TEST_DATABASE_URL, schema, max: 4 });
      } catch (error) {
        await dropSchema().catch(() => undefined);
        throw error;
      }
      return {
        repo,
        async close() {
          try {
            await repo.close();
          } finally {
            await dropSchema();
          }
        },
      };
    }
  }
}

/**
 * Runs `suite` once per store kind, as `describe(`${title} (${kind})`)`. Each call of `open`
 * opens a fresh store, closed after the test that opened it, so tests never share state.
 */
export function forEachStore(title: string, suite: (open: () => Promise<Repository>, kind: StoreKind) => void): void {
  for (const kind of STORE_KINDS) {
    const skip = skipReason(kind);
    if (skip) tellSkipped(kind, skip);
    describe(`${title} (${kind})`, { skip }, () => {
      let opened: TestStore[] = [];
      afterEach(async () => {
        const stores = opened;
        opened = [];
        await Promise.all(stores.map((store) => store.close()));
      });
      suite(async () => {
        const store = await openTestStore(kind);
        opened.push(store);
        return store.repo;
      }, kind);
    });
  }
}
