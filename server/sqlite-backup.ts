import Database from 'better-sqlite3';
import { closeSync, existsSync, mkdirSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * `ija-server backup <file>`: a consistent copy of the SQLite store while servers keep writing to it
 * (SQLite's online backup, through better-sqlite3, so no sqlite3 program is needed). The copy is
 * written beside its target as `<file>.partial` and renamed when complete, so a file under the given
 * name is always a whole backup; it is readable by its owner only, like the store (key hashes).
 */
export async function backupSqlite(source: string, target: string): Promise<{ pages: number }> {
  if (resolve(source) === resolve(target)) throw new Error('the backup file must not be the store itself');
  if (!existsSync(source)) throw new Error(`there is no SQLite store at ${source} (see --db)`);
  if (existsSync(target)) throw new Error(`${target} exists already; give a new file name (nothing is overwritten)`);
  // fileMustExist: the store may vanish in between; an empty new one must not be backed up instead.
  const db = new Database(source, { fileMustExist: true });
  const partial = `${target}.partial`;
  try {
    mkdirSync(dirname(resolve(target)), { recursive: true });
    rmSync(partial, { force: true });
    closeSync(openSync(partial, 'wx', 0o600));
    const { totalPages } = await db.backup(partial);
    const copy = new Database(partial, { fileMustExist: true });
    try {
      const check = copy.pragma('integrity_check', { simple: true });
      if (check !== 'ok') throw new Error(`the copy failed SQLite's integrity check: ${String(check)}`);
    } finally {
      copy.close();
    }
    renameSync(partial, target);
    return { pages: totalPages };
  } catch (error) {
    for (const leftover of [partial, `${partial}-wal`, `${partial}-shm`]) rmSync(leftover, { force: true });
    throw error;
  } finally {
    db.close();
  }
}
