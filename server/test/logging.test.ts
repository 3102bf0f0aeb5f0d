import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_BOARD_ID } from '../seed.js';
import { keyFromOutput, startServerProcess, type ServerProcess } from './helpers/server-process.js';

/**
 * `--log`: one JSON object per line on stdout (Fastify's pino logger), for a log collector. Keys
 * (`Authorization`) and client ids (`X-Ija-Client`, `?client=` of event streams) identify an editor
 * or a participant and never reach the log: a real process, requests as widgets and editors send them.
 */

const CLIENT_IN_HEADER = 'log-test-client-header-7f3a';
const CLIENT_IN_QUERY = 'log-test-client-query-91bc';
const WRONG_KEY = 'log-test-wrong-key-c0ffee';
/** The last request: once it is logged as completed, so are all before it. */
const LAST_PATH = '/api/log-test-last';
const LOGGED_TIMEOUT_MS = 10_000;

interface LogLine {
  level: number;
  time: number;
  msg: string;
  reqId?: string;
  req?: { method: string; url: string };
}

describe('the request log (--log)', { timeout: 60_000 }, () => {
  let server: ServerProcess;
  let secrets: string[];
  /** stdout and stderr after the startup lines (keys, addresses). */
  const afterStartup = () => server.output().split(/^REST API: .*\n/m)[1] ?? '';
  const lines = () => afterStartup().split('\n').filter((line) => line !== '');

  before(async () => {
    server = await startServerProcess({ args: ['--db', 'memory', '--demo', '--log'] });
    assert.match(server.output(), /^REST API: /m, 'the startup lines are printed');
    const keys = (['network', 'editor', 'moderator'] as const).map((role) => keyFromOutput(server.output(), role));
    assert.ok(keys.every((key) => key !== undefined), server.output());
    secrets = [...(keys as string[]), WRONG_KEY, CLIENT_IN_HEADER, CLIENT_IN_QUERY];

    const network = keys[0]!;
    const requests: [string, RequestInit, number][] = [
      [`/api/partners/requests?client=${CLIENT_IN_QUERY}`, { headers: { authorization: `Bearer ${network}`, 'x-ija-client': CLIENT_IN_HEADER } }, 200],
      ['/api/partners/requests', { headers: { authorization: `Bearer ${WRONG_KEY}` } }, 401],
      [
        `/api/boards/${DEMO_BOARD_ID}/cards`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-ija-client': CLIENT_IN_HEADER },
          body: JSON.stringify({ id: 'log-test-card', questionId: 'schnittstellen', text: 'Austausch mit der Partnerstadt' }),
        },
        201,
      ],
    ];
    for (const [path, init, status] of requests) {
      const response = await fetch(`${server.url}${path}`, init);
      await response.arrayBuffer();
      assert.equal(response.status, status, path);
    }
    // An event stream as EventSource opens it (the client id in the query), ended once it answers.
    const stream = new AbortController();
    const events = await fetch(`${server.url}/api/boards/${DEMO_BOARD_ID}/events?client=${CLIENT_IN_QUERY}`, { signal: stream.signal });
    assert.equal(events.status, 200);
    await events.body!.getReader().read();
    stream.abort();
    await (await fetch(`${server.url}${LAST_PATH}?client=${CLIENT_IN_QUERY}`)).arrayBuffer();

    // Waits for the log lines (the process writes them after answering).
    await new Promise<void>((done, fail) => {
      const logged = () => {
        const parsed = lines().flatMap((line) => {
          try {
            return [JSON.parse(line) as LogLine];
          } catch {
            return [];
          }
        });
        const last = parsed.find((line) => line.req?.url === LAST_PATH);
        return last !== undefined && parsed.some((line) => line.reqId === last.reqId && line.msg === 'request completed');
      };
      const check = () => {
        if (!logged()) return;
        clearTimeout(timer);
        server.child.stdout!.off('data', check);
        done();
      };
      const timer = setTimeout(() => fail(new Error(`the last request was not logged:\n${afterStartup()}`)), LOGGED_TIMEOUT_MS);
      server.child.stdout!.on('data', check);
      check();
    });
  });

  after(async () => {
    await server?.stop('SIGKILL');
  });

  it('writes one JSON object per line after startup', () => {
    const all = lines();
    assert.ok(all.length >= 8, `request lines were logged:\n${all.join('\n')}`);
    for (const line of all) {
      let parsed: LogLine;
      assert.doesNotThrow(() => (parsed = JSON.parse(line) as LogLine), `not JSON: ${line}`);
      assert.equal(typeof parsed!.level, 'number', line);
      assert.equal(typeof parsed!.time, 'number', line);
      assert.equal(typeof parsed!.msg, 'string', line);
    }
  });

  it('logs each request by its path, without the query', () => {
    const urls = lines().flatMap((line) => {
      const url = (JSON.parse(line) as LogLine).req?.url;
      return url === undefined ? [] : [url];
    });
    for (const path of ['/api/partners/requests', `/api/boards/${DEMO_BOARD_ID}/cards`, `/api/boards/${DEMO_BOARD_ID}/events`, LAST_PATH]) {
      assert.ok(urls.includes(path), `${path} is logged (logged: ${urls.join(', ')})`);
    }
    assert.deepEqual(urls.filter((url) => url.includes('?')), []);
  });

  it('writes no key and no client id, also while stopping', async () => {
    const found = () => secrets.filter((secret) => afterStartup().includes(secret));
    assert.deepEqual(found(), []);
    assert.equal((await server.stop('SIGTERM')).code, 0);
    assert.deepEqual(found(), []);
  });
});
