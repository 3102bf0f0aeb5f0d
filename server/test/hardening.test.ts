import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { syncBuiltinESMExports } from 'node:module';
import { after, before, describe, it } from 'node:test';
import * as z from 'zod/mini';
import type { Agenda } from '../../src/core/schemas/agenda.js';
import type { Board, Card } from '../../src/core/schemas/board.js';
import { CONTRACT_SCHEMAS } from '../../src/core/schemas/json-schema.js';
import type { Plan } from '../../src/core/schemas/plan.js';
import { JOIN_REQUESTS_PER_HOUR } from '../app.js';
import { KEY_FAILURES_PER_MINUTE } from '../http/auth.js';
import { createKey } from '../keys.js';
import { DEFAULT_SITE, EVENTS_KEPT_PER_BOARD, type RepositoryData } from '../repository/repository.js';
import { DEMO_AGENDA_ID, DEMO_BOARD_ID, DEMO_PLAN_ID } from '../seed.js';
import {
  apiPath,
  assertApiHeaders,
  assertContractError,
  call,
  issuePaths,
  openStream,
  rawRequest,
  startTestServer,
  type StreamMessage,
  type TestServer,
} from './helpers/test-server.js';

/**
 * The server's hardening, one point each: every refusal is a 4xx in the contract's error format
 * with the API's security headers, and leaves the stored data as it was.
 */

const QUESTION = 'schnittstellen';
let uniq = 0;
/** A fresh id per use: tests share a server and must not see each other's cards or votes. */
const fresh = (prefix: string) => `${prefix}-${process.pid}-${++uniq}`;
const client = () => fresh('client');

const joinRequest = (id = fresh('join')) => ({
  id,
  name: 'Jugendkunstschule Musterstadt',
  category: 'jugendarbeit',
  contactName: 'Robin Beispiel',
  email: 'robin@jugendkunstschule.example',
});

/** Everything a refusal must leave alone, read back over HTTP (each read must answer 200). */
async function readAll(server: TestServer) {
  const keys = server.keys[DEFAULT_SITE]!;
  const read = async (path: string, key?: string) => {
    const answer = await call(server, 'GET', path, { key });
    assert.equal(answer.status, 200, `${path}: ${answer.text}`);
    return answer.body;
  };
  return {
    board: (await read(apiPath('board', { id: DEMO_BOARD_ID }), keys.moderator)) as Board,
    agenda: (await read(apiPath('agenda', { id: DEMO_AGENDA_ID }))) as Agenda,
    plan: (await read(apiPath('plan', { id: DEMO_PLAN_ID }))) as Plan,
    requests: (await read(apiPath('joinRequests'), keys.network)) as { requests: unknown[] },
    partners: await read(apiPath('partners')),
  };
}

async function addCard(server: TestServer, who: string, fields: { id?: string; text?: string } = {}): Promise<Card> {
  const answer = await call(server, 'POST', apiPath('addCard', { id: DEMO_BOARD_ID }), {
    client: who,
    body: { id: fields.id ?? fresh('card'), questionId: QUESTION, text: fields.text ?? 'Eine Idee' },
  });
  assert.equal(answer.status, 201, answer.text);
  return answer.body as Card;
}

function eventCards(messages: readonly StreamMessage[], cardId: string): Card[] {
  const cards: Card[] = [];
  for (const { event } of messages) {
    if (event.type === 'board-updated') cards.push(...event.board.cards.filter((card) => card.id === cardId));
    else if (event.type === 'card-added' || event.type === 'card-updated') {
      if (event.card.id === cardId) cards.push(event.card);
    }
  }
  return cards;
}

/** Answers of many requests sent at once, by status. */
function byStatus<T extends { status: number }>(answers: readonly T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const answer of answers) groups.set(answer.status, [...(groups.get(answer.status) ?? []), answer]);
  return groups;
}

describe('server hardening', () => {
  let server: TestServer;
  let editor: string;
  let moderator: string;
  before(async () => {
    server = await startTestServer();
    ({ editor, moderator } = server.keys[DEFAULT_SITE]!);
  });
  after(() => server.close());

  const agendaPath = () => apiPath('saveAgenda', { id: DEMO_AGENDA_ID });
  const stepsPath = (plan: Plan) => apiPath('updatePlanPoint', { id: DEMO_PLAN_ID, pointId: plan.points[0]!.id });
  const step = (id: string) => ({ id, text: 'Ein Schritt', done: false });

  describe('1. ids blank after trimming', () => {
    it('are refused with the field path, and every document still reads', async () => {
      const card = await addCard(server, client());
      const before = await readAll(server);
      const blank = '   ';

      const idea = await call(server, 'POST', apiPath('addCard', { id: DEMO_BOARD_ID }), {
        client: client(),
        body: { id: blank, questionId: QUESTION, text: 'Eine Idee' },
      });
      assert.deepEqual(issuePaths(idea), ['id']);
      const question = await call(server, 'POST', apiPath('addCard', { id: DEMO_BOARD_ID }), {
        client: client(),
        body: { id: fresh('card'), questionId: blank, text: 'Eine Idee' },
      });
      assert.deepEqual(issuePaths(question), ['questionId']);
      const ballot = await call(server, 'POST', apiPath('vote', { id: DEMO_BOARD_ID, cardId: card.id }), {
        client: client(),
        body: { id: blank, value: 1 },
      });
      assert.deepEqual(issuePaths(ballot), ['id']);
      const join = await call(server, 'POST', apiPath('joinRequest'), { body: joinRequest(blank) });
      assert.deepEqual(issuePaths(join), ['id']);
      const items = before.agenda.items.map((item, index) => (index === 1 ? { ...item, id: blank } : item));
      const agenda = await call(server, 'PUT', agendaPath(), { key: editor, body: { ...before.agenda, items } });
      assert.deepEqual(issuePaths(agenda), ['items[1].id']);
      const steps = await call(server, 'PATCH', stepsPath(before.plan), { key: editor, body: { steps: [step('a'), step(blank)] } });
      assert.deepEqual(issuePaths(steps), ['steps[1].id']);
      // A tab or a line break is blank too.
      const tabs = await call(server, 'POST', apiPath('joinRequest'), { body: joinRequest('\t\n ') });
      assert.deepEqual(issuePaths(tabs), ['id']);

      assert.deepEqual(await readAll(server), before);
    });

    it('in a URL name nothing (404), and nothing changes', async () => {
      const before = await readAll(server);
      const answer = await call(server, 'PATCH', apiPath('updatePlanPoint', { id: DEMO_PLAN_ID, pointId: '   ' }), {
        key: editor,
        body: { status: 'done' },
      });
      assertContractError(answer, 404, 'not-found');
      assert.deepEqual(await readAll(server), before);
    });
  });

  describe('2. duplicate ids inside one document', () => {
    it('are refused in an agenda\'s items and a point\'s steps; the data stays', async () => {
      const before = await readAll(server);
      const [first, second] = before.agenda.items;
      const items = [first!, { ...second!, id: first!.id }, ...before.agenda.items.slice(2)];
      const agenda = await call(server, 'PUT', agendaPath(), { key: editor, body: { ...before.agenda, items } });
      assert.deepEqual(issuePaths(agenda), ['items']);
      const steps = await call(server, 'PATCH', stepsPath(before.plan), { key: editor, body: { steps: [step('a'), step('b'), step('a')] } });
      assert.deepEqual(issuePaths(steps), ['steps']);
      // Ids that differ only by surrounding spaces are the same id once trimmed.
      const padded = await call(server, 'PATCH', stepsPath(before.plan), { key: editor, body: { steps: [step('a'), step(' a ')] } });
      assert.deepEqual(issuePaths(padded), ['steps']);
      assert.deepEqual(await readAll(server), before);
    });

    it('are refused in a plan\'s points (no route writes a whole plan: the contract schema is checked)', async () => {
      const { plan } = await readAll(server);
      const twice = { ...plan, points: [plan.points[0]!, plan.points[0]!] };
      const result = z.safeParse(CONTRACT_SCHEMAS.plan, twice);
      assert.equal(result.success, false);
      assert.ok(z.safeParse(CONTRACT_SCHEMAS.plan, plan).success, 'the stored plan itself is valid');
    });
  });

  describe('3. id length', () => {
    it('refuses ids of 101 characters everywhere; the data stays', async () => {
      const card = await addCard(server, client());
      const before = await readAll(server);
      const long = 'x'.repeat(101);
      const idea = await call(server, 'POST', apiPath('addCard', { id: DEMO_BOARD_ID }), {
        client: client(),
        body: { id: long, questionId: QUESTION, text: 'Zu lang' },
      });
      assert.deepEqual(issuePaths(idea), ['id']);
      const ballot = await call(server, 'POST', apiPath('vote', { id: DEMO_BOARD_ID, cardId: card.id }), {
        client: client(),
        body: { id: long, value: 1 },
      });
      assert.deepEqual(issuePaths(ballot), ['id']);
      assert.deepEqual(issuePaths(await call(server, 'POST', apiPath('joinRequest'), { body: joinRequest(long) })), ['id']);
      const items = before.agenda.items.map((item, index) => (index === 0 ? { ...item, id: long } : item));
      assert.deepEqual(issuePaths(await call(server, 'PUT', agendaPath(), { key: editor, body: { ...before.agenda, items } })), ['items[0].id']);
      const steps = await call(server, 'PATCH', stepsPath(before.plan), { key: editor, body: { steps: [step(long)] } });
      assert.deepEqual(issuePaths(steps), ['steps[0].id']);
      // 101 characters of 'ü' (a 2-byte character) are 101 characters too.
      const umlauts = await call(server, 'POST', apiPath('joinRequest'), { body: joinRequest('ü'.repeat(101)) });
      assert.deepEqual(issuePaths(umlauts), ['id']);
      // In a URL such an id names nothing.
      const patch = await call(server, 'PATCH', apiPath('updateCard', { id: DEMO_BOARD_ID, cardId: long }), { key: moderator, body: { hidden: true } });
      assertContractError(patch, 404, 'not-found');
      assert.deepEqual(await readAll(server), before);
    });

    // Ids count UTF-16 units, as JavaScript strings (and zod) do: 'ü' is one unit (two UTF-8 bytes, six
    // characters percent-encoded), an emoji two units (four bytes, twelve characters encoded).
    const longestIds = {
      mixed: `${'ü'.repeat(10)}${'😀'.repeat(5)}${'🌍'.repeat(5)}${'x'.repeat(70)}`,
      'three-byte characters (the longest URL)': '€'.repeat(100),
      emoji: '🤝'.repeat(50),
    };
    for (const [name, id] of Object.entries(longestIds)) {
      it(`takes an idea whose id is exactly 100 characters (${name}) through its URL`, async () => {
        assert.equal(id.length, 100);
        const author = client();
        const voter = client();
        const cardUrl = apiPath('updateCard', { id: DEMO_BOARD_ID, cardId: id });
        assert.ok(cardUrl.includes('%'), cardUrl);

        const created = await addCard(server, author, { id, text: 'Hundert Zeichen' });
        assert.equal(created.id, id);
        const edited = await call(server, 'PATCH', cardUrl, { client: author, body: { text: 'Geändert' } });
        assert.equal(edited.status, 200, edited.text);
        assert.equal((edited.body as Card).id, id);
        assert.equal((edited.body as Card).text, 'Geändert');
        const voteId = `${'😀'.repeat(10)}${fresh('v').padEnd(80, 'v')}`;
        assert.equal(voteId.length, 100);
        const voted = await call(server, 'POST', apiPath('vote', { id: DEMO_BOARD_ID, cardId: id }), { client: voter, body: { id: voteId, value: 1 } });
        assert.equal(voted.status, 201, voted.text);
        assert.equal((voted.body as Card).votes, 1);
        const board = (await readAll(server)).board;
        assert.deepEqual(
          board.cards.filter((card) => card.id === id).map((card) => [card.text, card.votes]),
          [['Geändert', 1]],
        );
        const removed = await call(server, 'DELETE', cardUrl, { client: author });
        assert.equal(removed.status, 204, removed.text);
        assert.equal((await readAll(server)).board.cards.some((card) => card.id === id), false);
      });
    }
  });

  describe('4. an idea the moderator hid', () => {
    it('cannot be voted on by others (404), and never reaches its author or the moderator as "…"', async () => {
      const author = client();
      const other = client();
      const text = 'Eine Idee, die nur die Moderation und ihre Autorin lesen';
      const card = await addCard(server, author, { text });
      const eventsUrl = apiPath('boardEvents', { id: DEMO_BOARD_ID });
      const streams = {
        moderator: await openStream(server, eventsUrl, { authorization: `Bearer ${moderator}` }),
        author: await openStream(server, `${eventsUrl}?client=${author}`),
        other: await openStream(server, `${eventsUrl}?client=${other}`),
      };
      try {
        const seen = { moderator: [] as StreamMessage[], author: [] as StreamMessage[], other: [] as StreamMessage[] };
        for (const name of ['moderator', 'author', 'other'] as const) seen[name].push(await streams[name].next());

        const hide = await call(server, 'PATCH', apiPath('updateCard', { id: DEMO_BOARD_ID, cardId: card.id }), { key: moderator, body: { hidden: true } });
        assert.equal(hide.status, 200, hide.text);
        const before = await readAll(server);
        const refused = await call(server, 'POST', apiPath('vote', { id: DEMO_BOARD_ID, cardId: card.id }), {
          client: other,
          body: { id: fresh('vote'), value: 1 },
        });
        assertContractError(refused, 404, 'not-found');
        assert.deepEqual(await readAll(server), before);
        // Its author may still vote on it: one more event, after the refused vote.
        const own = await call(server, 'POST', apiPath('vote', { id: DEMO_BOARD_ID, cardId: card.id }), {
          client: author,
          body: { id: fresh('vote'), value: 1 },
        });
        assert.equal(own.status, 201, own.text);

        for (const name of ['moderator', 'author', 'other'] as const) {
          seen[name].push(await streams[name].next(), await streams[name].next());
        }
        for (const name of ['moderator', 'author'] as const) {
          const views = eventCards(seen[name], card.id);
          assert.equal(views.length, 3, `${name}: ${JSON.stringify(seen[name].slice(1))}`);
          for (const view of views) assert.equal(view.text, text, `${name} saw ${JSON.stringify(view)}`);
          assert.equal(views[1]!.hidden, true);
          assert.equal(views[2]!.votes, 1, 'only the author\'s vote counts');
        }
        // The other participant is told that the card is hidden, not what it says.
        const otherViews = eventCards(seen.other, card.id);
        assert.equal(otherViews.length, 3);
        assert.deepEqual(otherViews.slice(1).map((view) => [view.text, view.hidden]), [['…', true], ['…', true]]);
      } finally {
        for (const stream of Object.values(streams)) stream.close();
      }
    });
  });

  describe('6. lone surrogates', () => {
    it('are refused with the field path; the data stays', async () => {
      const author = client();
      const card = await addCard(server, author);
      const before = await readAll(server);
      for (const text of ['\ud800', 'Idee \udc00 kaputt', '\udc00\ud800', 'Ende \ud83d']) {
        const answer = await call(server, 'POST', apiPath('addCard', { id: DEMO_BOARD_ID }), {
          client: author,
          body: { id: fresh('card'), questionId: QUESTION, text },
        });
        assert.deepEqual(issuePaths(answer), ['text'], JSON.stringify(text));
      }
      // JSON.stringify writes a lone surrogate as the escape "\ud800": that is what reaches the server.
      assert.equal(JSON.stringify({ text: '\ud800' }), '{"text":"\\ud800"}');
      const edit = await call(server, 'PATCH', apiPath('updateCard', { id: DEMO_BOARD_ID, cardId: card.id }), { client: author, body: { text: 'a\ud800' } });
      assert.deepEqual(issuePaths(edit), ['text']);
      const idea = await call(server, 'POST', apiPath('addCard', { id: DEMO_BOARD_ID }), {
        client: author,
        body: { id: 'id-\udfff', questionId: QUESTION, text: 'Gut' },
      });
      assert.deepEqual(issuePaths(idea), ['id']);
      const join = await call(server, 'POST', apiPath('joinRequest'), { body: { ...joinRequest(), name: 'Verein \ud800' } });
      assert.deepEqual(issuePaths(join), ['name']);
      const agenda = await call(server, 'PUT', agendaPath(), { key: editor, body: { ...before.agenda, title: '\udbff Tagesordnung' } });
      assert.deepEqual(issuePaths(agenda), ['title']);
      assert.deepEqual(await readAll(server), before);
    });

    it('keeps a well-formed emoji text exactly, and its retry is 200 with the same card', async () => {
      const author = client();
      const text = 'Mehr Austausch 🌍🤝 mit Schüler*innen 👩🏽‍🎓 und 🏳️‍🌈';
      const body = { id: fresh('card'), questionId: QUESTION, text };
      const first = await call(server, 'POST', apiPath('addCard', { id: DEMO_BOARD_ID }), { client: author, body });
      assert.equal(first.status, 201, first.text);
      assert.equal((first.body as Card).text, text);
      const retry = await call(server, 'POST', apiPath('addCard', { id: DEMO_BOARD_ID }), { client: author, body });
      assert.equal(retry.status, 200, retry.text);
      assert.deepEqual(retry.body, first.body);
      const stored = (await readAll(server)).board.cards.find((card) => card.id === body.id);
      assert.equal(stored?.text, text);
    });
  });

  describe('7. Fastify\'s and Node\'s own refusals', () => {
    const assertNoEcho = (text: string, ...fragments: string[]) => {
      for (const fragment of fragments) assert.ok(!text.toLowerCase().includes(fragment.toLowerCase()), `echoes "${fragment}": ${text.slice(0, 300)}`);
    };

    it('answers a malformed URL in the contract format, without echoing it', async () => {
      for (const url of ['/api/boards/%E0%A4%A', '/api/boards/leitfragen/cards/%ED%A0%80', '/api/boards/%']) {
        const answer = await rawRequest(server, `GET ${url} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
        assert.ok(answer.status >= 400 && answer.status < 500, `${url}: ${answer.text}`);
        assertContractError(answer, answer.status);
        assertNoEcho(JSON.stringify(answer.body), url, url.slice('/api/boards/'.length));
      }
    });

    it('answers a URL too long for Node in the contract format, without echoing it', async () => {
      for (const tail of ['a'.repeat(20_000), encodeURIComponent('ä'.repeat(5_000))]) {
        const url = `/api/boards/${tail}`;
        assert.ok(url.length > 20_000);
        const answer = await rawRequest(server, `GET ${url} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
        assert.ok([414, 431].includes(answer.status), answer.text.slice(0, 300));
        assertContractError(answer, answer.status);
        assertNoEcho(answer.text, tail.slice(0, 60), '/api/boards/');
      }
    });

    it('answers an unknown route in the contract format, without echoing it', async () => {
      for (const [method, url] of [
        ['GET', '/api/gibt-es-nicht/unbekannt'],
        ['POST', '/api/boards/leitfragen/unbekannt'],
        ['DELETE', '/api/partners'],
        ['GET', '/sites/default/api/gibt-es-nicht'],
      ] as const) {
        const answer = await call(server, method, url);
        assertContractError(answer, 404, 'not-found');
        assertNoEcho(answer.text, 'gibt-es-nicht', 'unbekannt', 'partners');
      }
    });
  });

  describe('8. HEAD of the event stream', () => {
    it('answers 200 text/event-stream at once and ends', async () => {
      const started = performance.now();
      const { status, headers } = await new Promise<{ status: number; headers: Record<string, unknown> }>((resolve, reject) => {
        const request = httpRequest(`${server.base}${apiPath('boardEvents', { id: DEMO_BOARD_ID })}`, { method: 'HEAD', agent: false }, (response) => {
          response.resume();
          response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers }));
          response.on('error', reject);
        });
        request.setTimeout(1_000, () => request.destroy(new Error('HEAD did not end within 1 s')));
        request.on('error', reject);
        request.end();
      });
      const took = performance.now() - started;
      assert.equal(status, 200);
      assert.match(String(headers['content-type']), /^text\/event-stream/);
      assert.ok(took < 1_000, `took ${Math.round(took)} ms`);
      const unknown = await call(server, 'HEAD', apiPath('boardEvents', { id: 'gibt-es-nicht' }));
      assert.equal(unknown.status, 404);
      assertApiHeaders(unknown.headers);
    });
  });
});

/** Fetches the library bundle over a connection of its own; answers how long it took (ms). */
function staticFile(server: TestServer): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${server.base}/dist/ija-widgets.js`, { agent: false }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => {
        try {
          assert.equal(response.statusCode, 200);
          assert.equal(text, 'export const demo = true;\n');
          resolve(performance.now() - started);
        } catch (error) {
          reject(error as Error);
        }
      });
    });
    request.setTimeout(15_000, () => request.destroy(new Error('the static file did not answer within 15 s')));
    request.on('error', reject);
    request.end();
  });
}

describe('5. write limits', () => {
  it('stores at most JOIN_REQUESTS_PER_HOUR join requests per address, whatever the client id', async () => {
    const server = await startTestServer();
    try {
      const answers = await Promise.all(
        Array.from({ length: 300 }, () => call(server, 'POST', apiPath('joinRequest'), { client: client(), body: joinRequest() })),
      );
      const groups = byStatus(answers);
      assert.deepEqual([...groups.keys()].sort(), [201, 429]);
      assert.equal(groups.get(201)!.length, JOIN_REQUESTS_PER_HOUR);
      for (const answer of groups.get(429)!) {
        assertContractError(answer, 429, 'too-many-requests');
        assert.match(answer.headers.get('retry-after') ?? '', /^[1-9]\d*$/);
      }
      const stored = await call(server, 'GET', apiPath('joinRequests'), { key: server.keys[DEFAULT_SITE]!.network });
      assert.equal((stored.body as { requests: unknown[] }).requests.length, JOIN_REQUESTS_PER_HOUR);
    } finally {
      await server.close();
    }
  });

  it('caps writes per address at ten times the per-client rate, even with a new client id each time', async () => {
    const writeRate = 3;
    const server = await startTestServer({ config: { writeRate } });
    try {
      const before = (await readAll(server)).board.cards.length;
      const answers = await Promise.all(
        Array.from({ length: writeRate * 10 + 25 }, () =>
          call(server, 'POST', apiPath('addCard', { id: DEMO_BOARD_ID }), {
            client: client(),
            body: { id: fresh('card'), questionId: QUESTION, text: 'Flut' },
          }),
        ),
      );
      const groups = byStatus(answers);
      assert.deepEqual([...groups.keys()].sort(), [201, 429]);
      assert.equal(groups.get(201)!.length, writeRate * 10);
      for (const answer of groups.get(429)!) {
        assertContractError(answer, 429, 'too-many-requests');
        assert.match(answer.headers.get('retry-after') ?? '', /^[1-9]\d*$/);
      }
      assert.equal((await readAll(server)).board.cards.length, before + writeRate * 10);
    } finally {
      await server.close();
    }
  });

  it('refuses a flood of wrong keys without hashing them, and static files still answer at once', async () => {
    const server = await startTestServer();
    // Counts the hashing: keys.ts imports scrypt from node:crypto, whose ESM binding follows the module object once synced.
    let hashed = 0;
    const scrypt = crypto.scrypt;
    const counting = ((...args: Parameters<typeof crypto.scrypt>) => {
      hashed++;
      return (scrypt as (...a: unknown[]) => void)(...args);
    }) as typeof crypto.scrypt;
    const requestsUrl = apiPath('joinRequests');
    /** Raw requests, as a cheap flooding client sends them (fetch would cost this process more than the server does). */
    const withKey = (key?: string) =>
      rawRequest(server, `GET ${requestsUrl} HTTP/1.1\r\nHost: 127.0.0.1\r\n${key === undefined ? '' : `Authorization: Bearer ${key}\r\n`}Connection: close\r\n\r\n`);
    try {
      // Warm up the code paths first (requests without a key are not counted), so the timing below
      // measures the server under the flood, not the first compilation of its code.
      for (const answer of await Promise.all(Array.from({ length: 50 }, () => withKey()))) assert.equal(answer.status, 401);
      await staticFile(server);

      crypto.scrypt = counting;
      syncBuiltinESMExports();
      const flood = Promise.all(Array.from({ length: 200 }, () => withKey(createKey())));
      const took = await staticFile(server);
      assert.ok(took < 1_000, `the static file took ${Math.round(took)} ms during the flood`);

      const groups = byStatus(await flood);
      assert.deepEqual([...groups.keys()].sort(), [401, 429]);
      assert.ok(groups.get(401)!.length <= KEY_FAILURES_PER_MINUTE, `${groups.get(401)!.length} wrong keys were checked`);
      for (const answer of groups.get(401)!) assertContractError(answer, 401, 'unauthorized');
      for (const answer of groups.get(429)!) {
        assertContractError(answer, 429, 'too-many-requests');
        assert.match(answer.headers.get('retry-after') ?? '', /^[1-9]\d*$/);
      }
      // One hash per checked key (the route needs the network key only); the refused ones cost none.
      assert.ok(hashed >= 1 && hashed <= KEY_FAILURES_PER_MINUTE, `${hashed} keys were hashed`);
    } finally {
      crypto.scrypt = scrypt;
      syncBuiltinESMExports();
      await server.close();
    }
  });
});

describe('9. a write whose event is not stored', () => {
  it('is rolled back, answered 500 and never announced; the next write has the next sequence number', async (t) => {
    let failEvents = false;
    const server = await startTestServer({
      wrap: (repo) => ({
        ...repo,
        transaction: <T>(fn: (tx: RepositoryData) => Promise<T>) =>
          repo.transaction((tx) =>
            fn(
              new Proxy(tx, {
                get(target, name, receiver) {
                  const value = Reflect.get(target, name, receiver) as unknown;
                  if (name === 'appendEvent' && failEvents) {
                    // The event is written, then the store fails: the whole transaction must go.
                    return async (...args: Parameters<RepositoryData['appendEvent']>) => {
                      await target.appendEvent(...args);
                      throw new Error('test: the event log failed');
                    };
                  }
                  return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
                },
              }),
            ),
          ),
      }),
    });
    const logged = t.mock.method(console, 'error', () => {});
    const author = client();
    const stream = await openStream(server, `${apiPath('boardEvents', { id: DEMO_BOARD_ID })}?client=${client()}`);
    try {
      const snapshot = await stream.next();
      assert.equal(snapshot.event.type, 'board-updated');
      const before = await readAll(server);

      failEvents = true;
      const lost = { id: fresh('card'), questionId: QUESTION, text: 'Geht verloren' };
      const failed = await call(server, 'POST', apiPath('addCard', { id: DEMO_BOARD_ID }), { client: author, body: lost });
      failEvents = false;
      assert.equal(failed.status, 500);
      assert.deepEqual(failed.body, { error: 'internal' });
      assertApiHeaders(failed.headers);
      assert.equal(logged.mock.callCount(), 1, 'the failure is logged');
      assert.deepEqual(await readAll(server), before);

      const kept = await addCard(server, author, { text: 'Bleibt' });
      const next = await stream.next();
      assert.equal(next.event.type, 'card-added', JSON.stringify(next));
      assert.equal(next.event.type === 'card-added' && next.event.card.id, kept.id);
      assert.equal(Number(next.id), Number(snapshot.id) + 1);
      // The lost idea was never stored: its id is free.
      assert.equal((await call(server, 'POST', apiPath('addCard', { id: DEMO_BOARD_ID }), { client: author, body: lost })).status, 201);
      const after = await stream.next();
      assert.equal(Number(after.id), Number(snapshot.id) + 2);
    } finally {
      stream.close();
      await server.close();
    }
  });
});

describe('slow senders', () => {
  it('are cut off once the request has not arrived within the request timeout: 408 in the contract format, nothing stored', async () => {
    const server = await startTestServer({ config: { requestTimeoutMs: 1_000 } });
    try {
      const before = await call(server, 'GET', apiPath('joinRequests'), { key: server.keys[DEFAULT_SITE]!.network });
      const started = performance.now();
      // Headers and the start of a body, then nothing more (a slow-loris sender).
      const answer = await rawRequest(
        server,
        `POST ${apiPath('joinRequest')} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"id":"slow`,
      );
      const waited = performance.now() - started;
      assertContractError(answer, 408, 'request-timeout');
      assert.ok(waited >= 900 && waited < 4_000, `answered after ${Math.round(waited)} ms`);
      const after = await call(server, 'GET', apiPath('joinRequests'), { key: server.keys[DEFAULT_SITE]!.network });
      assert.deepEqual(after.body, before.body);
    } finally {
      await server.close();
    }
  });

  it('leave event streams alone: a stream open longer than the request timeout still gets the next idea', async () => {
    const server = await startTestServer({ config: { requestTimeoutMs: 1_000 } });
    const author = client();
    const stream = await openStream(server, `${apiPath('boardEvents', { id: DEMO_BOARD_ID })}?client=${author}`);
    try {
      assert.equal((await stream.next()).event.type, 'board-updated');
      await new Promise((done) => setTimeout(done, 2_500));
      const id = fresh('late-idea');
      const added = await call(server, 'POST', apiPath('addCard', { id: DEMO_BOARD_ID }), { client: author, body: { id, questionId: QUESTION, text: 'Nach der Pause' } });
      assert.equal(added.status, 201);
      const message = await stream.next();
      assert.equal(message.event.type === 'card-added' && message.event.card.id, id);
    } finally {
      stream.close();
      await server.close();
    }
  });
});

describe('event streams', () => {
  it('are capped per client: the N+1th answers 429 while N are open, closing one frees a place', async () => {
    const max = 2;
    const server = await startTestServer({ config: { maxStreamsPerClient: max } });
    const eventsUrl = `${apiPath('boardEvents', { id: DEMO_BOARD_ID })}?client=`;
    const phone = client();
    const open = [await openStream(server, eventsUrl + phone), await openStream(server, eventsUrl + phone)];
    try {
      for (const stream of open) assert.equal((await stream.next()).event.type, 'board-updated');
      const refused = await call(server, 'GET', eventsUrl + phone, { timeoutMs: 2_000 });
      assertContractError(refused, 429, 'too-many-streams');
      assert.match(refused.headers.get('retry-after') ?? '', /^[1-9]\d*$/);
      // Another client is not affected.
      const neighbour = await openStream(server, eventsUrl + client());
      open.push(neighbour);
      assert.equal(neighbour.response.status, 200);

      open.shift()!.close();
      // The server learns of the closed connection a moment later: try until it has (at most 2 s).
      const deadline = Date.now() + 2_000;
      for (;;) {
        const again = await openStream(server, eventsUrl + phone);
        if (again.response.status === 200) {
          open.push(again);
          break;
        }
        assert.equal(again.response.status, 429);
        again.close();
        assert.ok(Date.now() < deadline, 'the closed stream\'s place was not freed');
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      assert.equal((await open.at(-1)!.next()).event.type, 'board-updated');
    } finally {
      for (const stream of open) stream.close();
      await server.close();
    }
  });

  it('give a client behind the kept log one board-updated snapshot first, never a silent gap', async () => {
    const server = await startTestServer();
    const eventsUrl = apiPath('boardEvents', { id: DEMO_BOARD_ID });
    const streams = [];
    try {
      const count = EVENTS_KEPT_PER_BOARD + 50;
      const lastSeq = await server.repo.transaction(async (tx) => {
        let seq = 0;
        for (let n = 0; n < count; n++) seq = await tx.appendEvent(DEFAULT_SITE, DEMO_BOARD_ID, { type: 'card-removed', cardId: `gone-${n}` });
        return seq;
      });
      const log = await server.repo.eventsSince(DEFAULT_SITE, DEMO_BOARD_ID, 0);
      assert.ok(log.firstKept > 2, 'the first events were pruned');

      const behind = await openStream(server, eventsUrl, { 'last-event-id': '1' });
      streams.push(behind);
      const first = await behind.next();
      assert.equal(first.event.type, 'board-updated');
      assert.equal(Number(first.id), lastSeq);
      assert.equal(first.event.type === 'board-updated' && first.event.board.id, DEMO_BOARD_ID);

      // Within the kept log the missed events are replayed instead (so the test above can fail).
      const recent = await openStream(server, eventsUrl, { 'last-event-id': String(lastSeq - 1) });
      streams.push(recent);
      const replayed = await recent.next();
      assert.deepEqual(replayed, { id: String(lastSeq), event: { type: 'card-removed', cardId: `gone-${count - 1}` } });

      // After the snapshot the stream goes on with the next event.
      const card = await addCard(server, client());
      const next = await behind.next();
      assert.equal(Number(next.id), lastSeq + 1);
      assert.equal(next.event.type === 'card-added' && next.event.card.id, card.id);
    } finally {
      for (const stream of streams) stream.close();
      await server.close();
    }
  });
});
