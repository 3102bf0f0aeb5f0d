import { createMemoryRepository } from './memory.js';
import type { Repository } from './repository.js';

/** The store named by `--db`: a `postgres://` URL, `memory` (throw-away), or an SQLite file (the default). */
export async function openRepository(db: string): Promise<Repository> {
  if (/^postgres(ql)?:\/\//.test(db)) {
    const { openPostgresRepository } = await import('./postgres.js');
    return openPostgresRepository({ connectionString: db });
  }
  if (db === 'memory') return createMemoryRepository();
  const { openSqliteRepository } = await import('./sqlite.js');
  return openSqliteRepository(db);
}

/** For messages: the store without a password. */
export function describeStore(db: string): string {
  return db.replace(/(postgres(?:ql)?:\/\/[^:/@]*):[^@]*@/, '$1:***@');
}
