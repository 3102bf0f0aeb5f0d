import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import type { Board, Card } from '../../src/core/schemas/board.js';
import { printedKeys } from './helpers/server-process.js';

/** The real entry point as a process: start, signals, exit codes, the `keys rotate` and `sites` commands. */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAIN = join(ROOT, 'server/main.ts');
const tempRoot = mkdtempSync(join(tmpdir(), 'ija-shutdown-'));
after(() => rmSync(tempRoot, { recursive: true, force: true }));

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function run(args: string[]): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  child.stdout!.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (text += chunk.toString()));
  // 'close', not 'exit': the output is read to its end before the test looks at it.
  const exited = new Promise<number | null>((done) => child.once('close', (code) => done(code)));
  return { child, output: () => text, exited };
}

/** Starts the server with the demo content on a free port (port 0) and reads the address it prints. */
async function start(db: string): Promise<Run & { url: string }> {
  const server = run(['--demo', '--port', '0', '--db', db, '--public', join(tempRoot, 'no-site'), '--dist', join(tempRoot, 'no-dist')]);
  const until = Date.now() + 30_000;
  for (;;) {
    const url = /ija-widgets reference server \(sqlite\): (http:\/\/\S+?)\/\s/.exec(server.output())?.[1];
    if (url) return { ...server, url };
    if (server.child.exitCode !== null) throw new Error(`the server exited early:\n${server.output()}`);
    if (Date.now() > until) throw new Error(`the server did not start:\n${server.output()}`);
    await sleep(50);
  }
}

function printedKey(output: string, role: 'network' | 'editor' | 'moderator'): string {
  const key = printedKeys(output)[role];
  assert.ok(key, `no ${role} key in:\n${output}`);
  return key;
}

describe('the server process', { timeout: 90_000 }, () => {
  const db = join(tempRoot, 'data', 'ija.sqlite');

  it('on SIGTERM ends event streams, answers the write in progress, exits 0, and the write is kept', async () => {
    const server = await start(db);
    const networkKey = printedKey(server.output(), 'network');
    assert.match(server.output(), /openapi\.json/);
    try {
      // An open event stream.
      const stream = await fetch(`${server.url}/api/boards/leitfragen/events?client=shutdown-watcher`);
      assert.equal(stream.status, 200);
      const reader = stream.body!.getReader();
      assert.ok(!(await reader.read()).done);

      // A write whose body is still on its way when the signal comes.
      const card = { id: 'card-during-shutdown', questionId: 'schnittstellen', text: 'Kam beim Herunterfahren an' };
      const body = JSON.stringify(card);
      const { hostname, port } = new URL(server.url);
      const slow = request({
        host: hostname,
        port,
        method: 'POST',
        path: '/api/boards/leitfragen/cards',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-ija-client': 'shutdown-client' },
      });
      const answer = new Promise<{ status: number; body: string }>((done, fail) => {
        slow.on('error', fail);
        slow.on('response', (response) => {
          let text = '';
          response.on('data', (chunk: Buffer) => (text += chunk.toString()));
          response.on('end', () => done({ status: response.statusCode ?? 0, body: text }));
        });
      });
      slow.write(body.slice(0, 20));
      await sleep(300);

      server.child.kill('SIGTERM');

      // The stream ends (the browser would reconnect to the next server).
      for (;;) {
        const chunk = await Promise.race([reader.read(), sleep(5_000).then(() => assert.fail('the event stream did not end'))]);
        if (chunk.done) break;
      }
      // The process waits for the write in progress.
      await sleep(300);
      assert.equal(server.child.exitCode, null, 'exited before the write in progress was answered');

      slow.end(body.slice(20));
      const answered = await answer;
      assert.equal(answered.status, 201, answered.body);
      assert.equal((JSON.parse(answered.body) as Card).id, card.id);
      assert.equal(await server.exited, 0, server.output());
      assert.match(server.output(), /SIGTERM/);
      await assert.rejects(fetch(`${server.url}/api/partners`));
    } finally {
      server.child.kill('SIGKILL');
    }

    // The acknowledged write survived; no second seed, no new keys on the next start.
    const again = await start(db);
    try {
      assert.doesNotMatch(again.output(), /key/i);
      const board = (await (await fetch(`${again.url}/api/boards/leitfragen`)).json()) as Board;
      assert.equal(board.cards.filter((c) => c.id === 'card-during-shutdown').length, 1);
      const requests = await fetch(`${again.url}/api/partners/requests`, { headers: { authorization: `Bearer ${networkKey}` } });
      assert.equal(requests.status, 200);
      again.child.kill('SIGINT');
      assert.equal(await again.exited, 0, again.output());
    } finally {
      again.child.kill('SIGKILL');
    }
  });

  it('"keys rotate moderator" prints a new key and the old one stops working', async () => {
    const fresh = join(tempRoot, 'rotate', 'ija.sqlite');
    const first = await start(fresh);
    const old = printedKey(first.output(), 'moderator');
    first.child.kill('SIGTERM');
    assert.equal(await first.exited, 0);

    const rotate = run(['keys', 'rotate', 'moderator', '--db', fresh]);
    assert.equal(await rotate.exited, 0, rotate.output());
    const next = printedKey(rotate.output(), 'moderator');
    assert.notEqual(next, old);

    const server = await start(fresh);
    try {
      // A moderator-only change that leaves the demo as it is.
      const as = (key: string) =>
        fetch(`${server.url}/api/boards/leitfragen`, {
          method: 'PATCH',
          headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
          body: '{}',
        });
      assert.equal((await as(old)).status, 401);
      assert.equal((await as(next)).status, 200);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  });

  it('"sites create" adds a site with three keys, "sites list" shows it, and its API answers', async () => {
    const fresh = join(tempRoot, 'sites', 'ija.sqlite');
    const keyLines = (output: string) => output.split('\n').filter((line) => /^\s*(network|editor|moderator) key: \S+/.test(line));
    // The first run on a new store makes (and shows) the default site's keys, whatever the command.
    const first = run(['sites', 'list', '--db', fresh]);
    assert.equal(await first.exited, 0, first.output());
    assert.equal(keyLines(first.output()).length, 3, first.output());
    assert.match(first.output(), /^default\t\/api\t/m);
    assert.doesNotMatch(first.output(), /musterdorf/);

    const create = run(['sites', 'create', 'musterdorf', 'Musterdorf', '--db', fresh]);
    assert.equal(await create.exited, 0, create.output());
    assert.equal(keyLines(create.output()).length, 3, create.output());
    assert.match(create.output(), /site "musterdorf"/);
    const keys = printedKeys(create.output());
    assert.equal(new Set(Object.values(keys)).size, 3, 'three different keys');

    const again = run(['sites', 'create', 'musterdorf', '--db', fresh]);
    assert.equal(await again.exited, 2, again.output());
    assert.match(again.output(), /exists already/);

    const list = run(['sites', 'list', '--db', fresh]);
    assert.equal(await list.exited, 0, list.output());
    assert.match(list.output(), /^musterdorf\t\/sites\/musterdorf\/api\tMusterdorf$/m);
    assert.match(list.output(), /^default\t\/api\t/m);

    const server = await start(fresh);
    try {
      const partners = await fetch(`${server.url}/sites/musterdorf/api/partners`);
      assert.equal(partners.status, 200);
      assert.deepEqual(await partners.json(), { partners: [] });
      const requests = await fetch(`${server.url}/sites/musterdorf/api/partners/requests`, { headers: { authorization: `Bearer ${keys.network}` } });
      assert.equal(requests.status, 200);
      const nowhere = await fetch(`${server.url}/sites/nowhere/api/partners`);
      assert.equal(nowhere.status, 404);
      assert.deepEqual(await nowhere.json(), { error: 'not-found' });
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  });

  it('prints help (exit 0) and refuses bad flags (exit 2)', async () => {
    const help = run(['--help']);
    assert.equal(await help.exited, 0);
    assert.match(help.output(), /--write-rate <n>\s+IJA_WRITE_RATE/);
    const bad = run(['--port', 'achtzig']);
    assert.equal(await bad.exited, 2);
    assert.match(bad.output(), /Port must be a whole number/);
  });
});
