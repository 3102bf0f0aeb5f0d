import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Role } from '../repository/repository.js';
import { DEMO_AGENDA_ID, DEMO_BOARD_ID } from '../seed.js';
import { tempDir } from './helpers/e2e.js';
import { createTemporaryDatabase, type TemporaryDatabase } from './helpers/postgres-database.js';
import { keyFromOutput, startServerProcess, type ServerProcess } from './helpers/server-process.js';

/**
 * Backup and restore as docs/betrieb.md tells an operator, for both stores: data written through the
 * API (an idea, an agenda change, a join request), a backup taken with the documented command while
 * the server runs, the original store then destroyed, the backup restored into a fresh file or
 * database, and a server on it: the data is there and the keys of the first start still work.
 *
 * PostgreSQL: `IJA_TEST_DATABASE_URL` (default postgres://ija:ija@127.0.0.1:5432/ija_test; the role
 * must be allowed to create databases), `off` skips; pg_dump and pg_restore from postgresql-client.
 */

const ROOT = resolve(import.meta.dirname, '..', '..');
const ADMIN_URL = process.env['IJA_TEST_DATABASE_URL'] ?? 'postgres://ija:ija@127.0.0.1:5432/ija_test';
const run = promisify(execFile);
const QUESTION = 'schnittstellen';
const IDEA = { id: 'backup-idea', questionId: QUESTION, text: 'Ferienfreizeit mit der Partnerstadt' };
const JOIN_REQUEST = { id: 'backup-join', name: 'Jugendring Musterstadt', category: 'vereine', contactName: 'A. Beispiel', email: 'kontakt@example.org' };
const AGENDA_TITLE = 'Werkstattgespräch nach der Sicherung';
const CLIENT = 'backup-test-client-0001';

type Keys = Record<Role, string>;

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

async function call(server: ServerProcess, method: string, path: string, options: { headers?: Record<string, string>; body?: unknown } = {}) {
  const response = await fetch(`${server.url}/api${path}`, {
    method,
    headers: { ...(options.body === undefined ? {} : { 'content-type': 'application/json' }), ...options.headers },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? undefined : (JSON.parse(text) as Record<string, unknown>) };
}

function keysOf(server: ServerProcess): Keys {
  const keys = {} as Keys;
  for (const role of ['network', 'editor', 'moderator'] as const) {
    const key = keyFromOutput(server.output(), role);
    assert.ok(key, `the first start printed the ${role} key:\n${server.output()}`);
    keys[role] = key;
  }
  return keys;
}

/** The three writes, each acknowledged. */
async function writeData(server: ServerProcess, keys: Keys): Promise<void> {
  const idea = await call(server, 'POST', `/boards/${DEMO_BOARD_ID}/cards`, { headers: { 'x-ija-client': CLIENT }, body: IDEA });
  assert.equal(idea.status, 201, JSON.stringify(idea.body));
  const agenda = await call(server, 'GET', `/agendas/${DEMO_AGENDA_ID}`);
  assert.equal(agenda.status, 200);
  const saved = await call(server, 'PUT', `/agendas/${DEMO_AGENDA_ID}`, { headers: bearer(keys.editor), body: { ...agenda.body, title: AGENDA_TITLE } });
  assert.equal(saved.status, 200, JSON.stringify(saved.body));
  const joined = await call(server, 'POST', '/partners/requests', { body: JOIN_REQUEST });
  assert.equal(joined.status, 201, JSON.stringify(joined.body));
}

/** The restored server has the data, prints no new keys, takes the old ones and refuses others. */
async function checkRestored(server: ServerProcess, keys: Keys): Promise<void> {
  assert.equal(keyFromOutput(server.output(), 'network'), undefined, `the restored store had its keys, none were made:\n${server.output()}`);

  const board = await call(server, 'GET', `/boards/${DEMO_BOARD_ID}`, { headers: { 'x-ija-client': CLIENT } });
  const cards = (board.body?.['cards'] ?? []) as { id: string; text: string }[];
  assert.deepEqual(cards.filter((card) => card.id === IDEA.id).map((card) => card.text), [IDEA.text]);

  const agenda = await call(server, 'GET', `/agendas/${DEMO_AGENDA_ID}`);
  assert.equal(agenda.body?.['title'], AGENDA_TITLE);

  const requests = await call(server, 'GET', '/partners/requests', { headers: bearer(keys.network) });
  assert.equal(requests.status, 200, 'the old network key works');
  const received = (requests.body?.['requests'] ?? []) as { id: string }[];
  assert.deepEqual(received.map((request) => request.id), [JOIN_REQUEST.id]);

  const resaved = await call(server, 'PUT', `/agendas/${DEMO_AGENDA_ID}`, { headers: bearer(keys.editor), body: agenda.body });
  assert.equal(resaved.status, 200, 'the old editor key works');
  const removed = await call(server, 'DELETE', `/boards/${DEMO_BOARD_ID}/cards/${IDEA.id}`, { headers: bearer(keys.moderator) });
  assert.equal(removed.status, 204, 'the old moderator key works');

  const wrong = await call(server, 'GET', '/partners/requests', { headers: bearer(`${keys.network}x`) });
  assert.equal(wrong.status, 401, 'a key the store does not know is refused');
}

describe('backup and restore', { timeout: 120_000 }, () => {
  const cleanup: (() => Promise<unknown>)[] = [];
  after(async () => {
    for (const step of cleanup.reverse()) await step().catch(() => {});
  });

  async function serve(db: string, ...extra: string[]): Promise<ServerProcess> {
    const server = await startServerProcess({ args: ['--db', db, ...extra] });
    cleanup.push(() => server.stop('SIGKILL'));
    return server;
  }

  it('SQLite: "ija-server backup" while the server runs, the file installed back in place', async () => {
    const dir = await tempDir('ija-backup-');
    cleanup.push(dir.remove);
    const store = join(dir.path, 'data', 'ija.sqlite');
    const backup = join(dir.path, 'backups', 'ija-2027-02-01.sqlite');

    const original = await serve(store, '--demo');
    const keys = keysOf(original);
    await writeData(original, keys);

    // The documented command: ija-server backup <file> --db <store> (here from the checkout).
    const taken = await run(process.execPath, ['--import', 'tsx', join(ROOT, 'server/main.ts'), 'backup', backup, '--db', store], { cwd: ROOT });
    assert.match(taken.stdout, /integrity checked/);
    assert.equal((statSync(backup).mode & 0o777).toString(8), '600', 'the backup holds key hashes: owner only');
    await assert.rejects(
      run(process.execPath, ['--import', 'tsx', join(ROOT, 'server/main.ts'), 'backup', backup, '--db', store], { cwd: ROOT }),
      /exists already/,
      'an existing backup is never overwritten',
    );

    // The disk is lost: the server stops, its store with the write-ahead log is gone.
    assert.equal((await original.stop()).code, 0);
    await rm(join(dir.path, 'data'), { recursive: true });

    // The documented restore: install -m 600 <backup> <store> (with -o/-g for the service user).
    const restored = join(dir.path, 'restored', 'ija.sqlite');
    await run('install', ['-D', '-m', '600', backup, restored]);
    assert.ok(!existsSync(`${restored}-wal`));
    const server = await serve(restored);
    await checkRestored(server, keys);
    assert.equal((await server.stop()).code, 0);
  });

  it('"ija-server backup" creates nothing from a missing store, and sends PostgreSQL users to pg_dump', async () => {
    const dir = await tempDir('ija-backup-refused-');
    cleanup.push(dir.remove);
    const backup = join(dir.path, 'backup.sqlite');
    const main = join(ROOT, 'server/main.ts');
    const missing = run(process.execPath, ['--import', 'tsx', main, 'backup', backup, '--db', join(dir.path, 'nope.sqlite')], { cwd: ROOT });
    await assert.rejects(missing, (error: { code: number; stderr: string }) => error.code === 1 && /no SQLite store/.test(error.stderr));
    assert.ok(!existsSync(join(dir.path, 'nope.sqlite')), 'no empty store was created');
    const postgres = run(process.execPath, ['--import', 'tsx', main, 'backup', backup, '--db', 'postgres://ija:secret@127.0.0.1:1/ija'], { cwd: ROOT });
    await assert.rejects(postgres, (error: { code: number; stderr: string }) => error.code === 2 && /pg_dump/.test(error.stderr) && !error.stderr.includes('secret'));
    assert.ok(!existsSync(backup));
  });

  it('PostgreSQL: pg_dump --format=custom while the server runs, pg_restore into a fresh database', {
    skip: ADMIN_URL === 'off' ? 'IJA_TEST_DATABASE_URL=off: no PostgreSQL here' : false,
  }, async () => {
    const dir = await tempDir('ija-backup-pg-');
    cleanup.push(dir.remove);
    const source: TemporaryDatabase = await createTemporaryDatabase(ADMIN_URL, 'ija_backup');
    cleanup.push(() => source.drop());
    const dump = join(dir.path, 'ija-2027-02-01.dump');

    const original = await serve(source.url, '--demo');
    const keys = keysOf(original);
    await writeData(original, keys);

    // The documented commands (docs/betrieb.md), with the URL as the operator's DATABASE_URL.
    await run('pg_dump', ['--format=custom', `--file=${dump}`, source.url]);
    assert.equal((await original.stop()).code, 0);
    await source.drop();

    const target = await createTemporaryDatabase(ADMIN_URL, 'ija_restore');
    cleanup.push(() => target.drop());
    await run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--single-transaction', `--dbname=${target.url}`, dump]);

    const server = await serve(target.url);
    await checkRestored(server, keys);
    assert.equal((await server.stop()).code, 0);
  });
});
