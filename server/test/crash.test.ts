import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { DEFAULT_BOARD } from '../../src/core/defaults/index.js';
import { putBoard, readBoard } from '../core/services/boards.js';
import { openSqliteRepository } from '../repository/sqlite.js';
import { startServer, tempDir } from './helpers/e2e.js';
import { freePort } from './helpers/server-process.js';

const ROOT = resolve(import.meta.dirname, '..', '..');

/**
 * A crash (SIGKILL) during a burst of writes loses no acknowledged write: not of the real server
 * process (every card it answered 201 for is there after a restart on the same database), nor of a
 * process writing through the board service straight into the SQLite store.
 */
describe('crash safety', { timeout: 90_000 }, () => {
  const dirs: { remove: () => Promise<void> }[] = [];
  after(async () => {
    for (const dir of dirs) await dir.remove();
  });

  it('keeps every acknowledged card when the server is killed mid-burst', async () => {
    const dir = await tempDir('ija-crash-');
    dirs.push(dir);
    const db = join(dir.path, 'ija.sqlite');
    const port = await freePort();
    const first = await startServer({ db, dist: dir.path, port });
    const acknowledged: string[] = [];
    let stop = false;
    const writer = async (worker: number) => {
      for (let i = 0; !stop && i < 5000; i++) {
        const id = `crash-${worker}-${i}`;
        try {
          const response = await fetch(`${first.url}/api/boards/leitfragen/cards`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-ija-client': `crash-writer-${worker}` },
            body: JSON.stringify({ id, questionId: 'schnittstellen', text: `Idee ${id}` }),
          });
          if (response.status === 201) acknowledged.push(id);
        } catch {
          return; // the server is gone
        }
      }
    };
    const burst = Promise.all([1, 2, 3, 4].map(writer));
    await new Promise((resolve) => setTimeout(resolve, 600));
    await first.stop('SIGKILL');
    stop = true;
    await burst;
    assert.ok(acknowledged.length > 20, `too few writes before the kill: ${acknowledged.length}`);

    const second = await startServer({ db, dist: dir.path, port: await freePort() });
    try {
      const board = (await (await fetch(`${second.url}/api/boards/leitfragen`)).json()) as { cards: { id: string }[] };
      const stored = new Set(board.cards.map((card) => card.id));
      const lost = acknowledged.filter((id) => !stored.has(id));
      assert.deepEqual(lost, [], `${lost.length} of ${acknowledged.length} acknowledged cards lost`);
      assert.doesNotMatch(second.output(), /Neue Schlüssel/, 'a restart must not create new keys');
    } finally {
      await second.stop();
    }
  });

  it('keeps every card the board service acknowledged when its process is killed mid-burst', async (t) => {
    const dir = await tempDir('ija-crash-store-');
    dirs.push(dir);
    const db = join(dir.path, 'ija.sqlite');
    const setup = await openSqliteRepository(db);
    await setup.createSite({ id: 'default', title: 'Default', createdAt: new Date().toISOString() });
    await putBoard(setup, 'default', structuredClone(DEFAULT_BOARD));
    await setup.close();
    const question = DEFAULT_BOARD.questions[0]!.id;

    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'server/test/fixtures/write-burst.ts'), db, 'default', DEFAULT_BOARD.id, question], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const exited = new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, signal) => done(signal)));
    // Killed once it has acknowledged a good number of cards, while it is still writing.
    await new Promise<void>((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`the writer acknowledged too little in 30 s; stderr: ${err}`)), 30_000);
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.split('\n').length > 50) {
          clearTimeout(timer);
          done();
        }
      });
      child.on('exit', () => fail(new Error(`the writer exited early; stderr: ${err}`)));
    });
    child.kill('SIGKILL');
    assert.equal(await exited, 'SIGKILL');

    // Only whole lines are acknowledgements; a torn last line is not.
    const acknowledged = out.split('\n').slice(0, -1);
    t.diagnostic(`${acknowledged.length} acknowledged cards before SIGKILL`);
    const reopened = await openSqliteRepository(db);
    try {
      const board = await readBoard(reopened, 'default', DEFAULT_BOARD.id, { asModerator: true });
      const stored = new Set(board!.cards.map((card) => card.id));
      const lost = acknowledged.filter((id) => !stored.has(id));
      assert.deepEqual(lost, [], `${lost.length} of ${acknowledged.length} acknowledged cards lost`);
    } finally {
      await reopened.close();
    }
  });
});
