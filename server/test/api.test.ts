import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { ROUTES } from '../../src/core/adapter/routes.js';
import { parseAgenda } from '../../src/core/schemas/agenda.js';
import { parseBoard, type Board, type BoardEvent, type Card } from '../../src/core/schemas/board.js';
import { CONTRACT_SCHEMAS } from '../../src/core/schemas/json-schema.js';
import { parsePartners } from '../../src/core/schemas/partner.js';
import { parsePlan } from '../../src/core/schemas/plan.js';
import { API_PREFIX, buildApp, closeGracefully, JOIN_REQUESTS_PER_HOUR } from '../app.js';
import { parseConfig, type Config } from '../config.js';
import { ALL_ROUTES } from '../core/routes/index.js';
import { KEY_FAILURES_PER_MINUTE } from '../http/auth.js';
import { openApiDocument } from '../http/openapi.js';
import { createKey, ensureKeys, hashKey, rotateKey, verifyKey } from '../keys.js';
import { createMemoryRepository } from '../repository/memory.js';
import { DEFAULT_SITE, ROLES, type Repository, type Role } from '../repository/repository.js';
import { DEMO_AGENDA_ID, DEMO_BOARD_ID, DEMO_PLAN_ID, seedDemo } from '../seed.js';

const NOW = new Date('2027-02-01T09:30:00.000Z');
const QUESTION = 'schnittstellen';
const PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https://tile.openstreetmap.org; " +
  "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html ija-widgets";

const tempRoot = mkdtempSync(join(tmpdir(), 'ija-api-'));
after(() => rmSync(tempRoot, { recursive: true, force: true }));

// A demo site and a library build of our own, so the test does not depend on what is built.
const publicDir = join(tempRoot, 'public');
const distDir = join(tempRoot, 'dist');
mkdirSync(publicDir);
mkdirSync(distDir);
writeFileSync(join(publicDir, 'index.html'), '<!doctype html><html lang="de"><title>Demo</title><h1>Demo</h1></html>\n');
writeFileSync(join(distDir, 'ija-widgets.js'), 'export const demo = true;\n');

let uniq = 0;
/** A fresh id per use: tests share one server and must not see each other's cards or votes. */
const fresh = (prefix: string) => `${prefix}-${process.pid}-${++uniq}`;
const client = () => fresh('client');

/**
 * Each test speaks from an address of its own (X-Forwarded-For, which the test servers trust): the
 * limits per address (wrong keys, writes) count one test's requests, not the whole file's.
 */
let address = '';
let addresses = 0;
beforeEach(() => {
  address = nextAddress();
});
function nextAddress(): string {
  const n = ++addresses;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

function testConfig(overrides: Partial<Config> = {}): Config {
  const result = parseConfig([], {});
  if (!('config' in result)) throw new Error('default config failed');
  return { ...result.config, db: 'memory', publicDir, distDir, checkResponses: true, trustProxy: true, ...overrides };
}

interface Server {
  app: FastifyInstance;
  repo: Repository;
  base: string;
  keys: Record<Role, string>;
  close(): Promise<void>;
}

/** The default site with the demo content and a key per role, in memory; `wrap` may replace store methods. */
async function startServer(overrides: Partial<Config> = {}, options: { pingMs?: number; wrap?: (repo: Repository) => Repository } = {}): Promise<Server> {
  const memory = createMemoryRepository();
  await memory.createSite({ id: DEFAULT_SITE, title: 'Default', createdAt: NOW.toISOString() });
  await seedDemo(memory, DEFAULT_SITE, NOW);
  const keys = {} as Record<Role, string>;
  for (const role of ROLES) keys[role] = await rotateKey(memory, DEFAULT_SITE, role);
  const repo = options.wrap ? options.wrap(memory) : memory;
  const app = buildApp({ repo, config: testConfig(overrides), now: () => NOW, pingMs: options.pingMs });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return { app, repo, keys, base: `http://127.0.0.1:${port}`, close: () => closeGracefully(app) };
}

interface CallOptions {
  body?: unknown;
  /** Sent as is (for malformed or oversized bodies). */
  raw?: string;
  client?: string;
  key?: string;
  headers?: Record<string, string>;
  /** A path outside the API (e.g. /openapi.json). */
  root?: boolean;
  /** The API of another site (`/sites/<site>/api`). */
  site?: string;
}

interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
}

async function call(server: Server, method: string, path: string, options: CallOptions = {}): Promise<Answer> {
  const headers: Record<string, string> = { 'x-forwarded-for': address, ...options.headers };
  if (options.client !== undefined) headers['x-ija-client'] = options.client;
  if (options.key !== undefined) headers['authorization'] = `Bearer ${options.key}`;
  let body: string | undefined = options.raw;
  if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined) headers['content-type'] ??= 'application/json';
  const prefix = options.root ? '' : options.site !== undefined ? `/sites/${options.site}/api` : API_PREFIX;
  const response = await fetch(`${server.base}${prefix}${path}`, {
    method,
    headers,
    body,
  });
  const text = await response.text();
  let parsed: unknown = text;
  if ((response.headers.get('content-type') ?? '').includes('json') && text !== '') parsed = JSON.parse(text);
  return { status: response.status, headers: response.headers, body: parsed };
}

/** The API path of a route, with parameters filled in. */
function path(route: keyof typeof ROUTES, params: Record<string, string> = {}): string {
  return ROUTES[route].path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
}

function errorOf(answer: Answer): string | undefined {
  return (answer.body as { error?: string }).error;
}

function issuePaths(answer: Answer): string[] {
  assert.equal(answer.status, 400, JSON.stringify(answer.body));
  assert.equal(errorOf(answer), 'invalid');
  return (answer.body as { issues: { path: string; message: string }[] }).issues.map((issue) => issue.path);
}

async function addCard(server: Server, who: string, text = 'Eine Idee', id = fresh('card')): Promise<Card> {
  const answer = await call(server, 'POST', path('addCard', { id: DEMO_BOARD_ID }), {
    client: who,
    body: { id, questionId: QUESTION, text },
  });
  assert.equal(answer.status, 201, JSON.stringify(answer.body));
  return answer.body as Card;
}

async function getBoard(server: Server, who?: string): Promise<Board> {
  const answer = await call(server, 'GET', path('board', { id: DEMO_BOARD_ID }), { client: who });
  assert.equal(answer.status, 200);
  return answer.body as Board;
}

/* ---------------------------------------------------------------------------------------------- */

interface StreamMessage {
  id?: string;
  data?: string;
  comment?: string;
  retry?: string;
}

/** A server-sent-event reader over fetch (EventSource is not in Node). */
async function openStream(server: Server, url: string, headers: Record<string, string> = {}) {
  const controller = new AbortController();
  const response = await fetch(`${server.base}${API_PREFIX}${url}`, { headers: { 'x-forwarded-for': address, ...headers }, signal: controller.signal });
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let ended = false;

  async function nextBlock(timeoutMs: number): Promise<StreamMessage | undefined> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end !== -1) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const message: StreamMessage = {};
        for (const line of block.split('\n')) {
          if (line.startsWith(':')) message.comment = line.slice(1).trim();
          else {
            const colon = line.indexOf(':');
            const field = line.slice(0, colon) as 'id' | 'data' | 'retry';
            message[field] = line.slice(colon + 1).replace(/^ /, '');
          }
        }
        return message;
      }
      if (ended) return undefined;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no event within ${timeoutMs} ms; have: ${JSON.stringify(buffer)}`);
      let timer: NodeJS.Timeout | undefined;
      const chunk = await Promise.race([
        reader.read(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no event within ${timeoutMs} ms; have: ${JSON.stringify(buffer)}`)), left);
        }),
      ]).finally(() => clearTimeout(timer));
      if (chunk.done) ended = true;
      else buffer += decoder.decode(chunk.value, { stream: true });
    }
  }

  return {
    response,
    /** The next message with data (skips `retry:` and `: ping`). */
    async next(timeoutMs = 3_000): Promise<{ id: string; event: BoardEvent }> {
      for (;;) {
        const message = await nextBlock(timeoutMs);
        if (message === undefined) throw new Error('the stream ended');
        if (message.data !== undefined) return { id: message.id ?? '', event: JSON.parse(message.data) as BoardEvent };
      }
    },
    nextBlock,
    /** Resolves when the server ends the stream. */
    async ended(timeoutMs = 3_000): Promise<void> {
      while ((await nextBlock(timeoutMs)) !== undefined);
    },
    close: () => controller.abort(),
  };
}

/* ---------------------------------------------------------------------------------------------- */

describe('reference server API', () => {
  let server: Server;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  describe('reads', () => {
    it('answers every read route with data the widgets accept', async () => {
      const partners = await call(server, 'GET', path('partners'));
      assert.equal(partners.status, 200);
      const parsedPartners = parsePartners(partners.body);
      assert.deepEqual(parsedPartners.issues, []);
      assert.ok(parsedPartners.data.length > 5);

      const agenda = await call(server, 'GET', path('agenda', { id: DEMO_AGENDA_ID }));
      assert.equal(agenda.status, 200);
      assert.deepEqual(parseAgenda(agenda.body).issues, []);

      const board = await call(server, 'GET', path('board', { id: DEMO_BOARD_ID }));
      assert.equal(board.status, 200);
      assert.deepEqual(parseBoard(board.body).issues, []);

      const plan = await call(server, 'GET', path('plan', { id: DEMO_PLAN_ID }));
      assert.equal(plan.status, 200);
      assert.deepEqual(parsePlan(plan.body).issues, []);
    });

    it('answers unknown ids and paths with 404 not-found', async () => {
      for (const url of [
        path('agenda', { id: 'gibt-es-nicht' }),
        path('board', { id: 'gibt-es-nicht' }),
        path('plan', { id: 'gibt-es-nicht' }),
        path('boardEvents', { id: 'gibt-es-nicht' }),
        '/nothing-here',
      ]) {
        const answer = await call(server, 'GET', url);
        assert.equal(answer.status, 404, url);
        assert.deepEqual(answer.body, { error: 'not-found' }, url);
      }
    });

    it('marks API answers as not cacheable and not framable', async () => {
      // (The reads widgets poll, partners, agendas and plans, are kept and revalidated instead: see polling.test.ts.)
      const answer = await call(server, 'GET', path('board', { id: DEMO_BOARD_ID }));
      assert.equal(answer.headers.get('cache-control'), 'no-store');
      assert.equal(answer.headers.get('x-content-type-options'), 'nosniff');
      assert.match(answer.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
    });

    it('shows a board with the asking client\'s own cards marked', async () => {
      const alice = client();
      const card = await addCard(server, alice);
      const asAlice = await getBoard(server, alice);
      assert.equal(asAlice.cards.find((c) => c.id === card.id)?.mine, true);
      const asOther = await getBoard(server, client());
      assert.equal(asOther.cards.find((c) => c.id === card.id)?.mine, undefined);
      // A page signed in with the editor key still reads the board (as a participant); a wrong key does not.
      const boardUrl = path('board', { id: DEMO_BOARD_ID });
      assert.equal((await call(server, 'GET', boardUrl, { client: alice, key: server.keys.editor })).status, 200);
      assert.equal((await call(server, 'GET', boardUrl, { client: alice, key: createKey() })).status, 401);
    });
  });

  describe('join requests', () => {
    const request = () => ({
      id: fresh('join'),
      name: 'Jugendkunstschule Musterstadt',
      category: 'jugendarbeit',
      contactName: 'Robin Beispiel',
      email: 'robin@jugendkunstschule.example',
    });

    it('stores a request once: 201 first, 200 for the same repeat', async () => {
      const join = request();
      const first = await call(server, 'POST', path('joinRequest'), { body: join });
      assert.equal(first.status, 201);
      assert.deepEqual(first.body, { id: join.id, status: 'received' });
      const again = await call(server, 'POST', path('joinRequest'), { body: join });
      assert.equal(again.status, 200);
      assert.deepEqual(again.body, first.body);

      const list = await call(server, 'GET', path('joinRequests'), { key: server.keys.network });
      assert.equal(list.status, 200);
      const stored = (list.body as { requests: { id: string; receivedAt: string }[] }).requests.filter((r) => r.id === join.id);
      assert.equal(stored.length, 1);
      assert.match(stored[0]!.receivedAt, /^\d{4}-\d\d-\d\dT/);
    });

    it('lists requests for the network key only (they hold contact data)', async () => {
      assert.equal((await call(server, 'GET', path('joinRequests'), { key: server.keys.network })).status, 200);
      assert.equal((await call(server, 'GET', path('joinRequests'))).status, 401);
      assert.equal((await call(server, 'GET', path('joinRequests'), { key: createKey() })).status, 401);
      assert.equal((await call(server, 'GET', path('joinRequests'), { key: server.keys.editor })).status, 401);
      const moderator = await call(server, 'GET', path('joinRequests'), { key: server.keys.moderator });
      assert.deepEqual([moderator.status, moderator.body], [401, { error: 'unauthorized' }]);
      const wrong = await call(server, 'GET', path('joinRequests'), { headers: { authorization: 'Basic YTpi' } });
      assert.equal(wrong.status, 401);
      assert.equal(wrong.headers.get('www-authenticate'), 'Bearer');
    });

    it('refuses invalid requests with the fields named', async () => {
      const { email: _email, ...withoutEmail } = request();
      assert.deepEqual(issuePaths(await call(server, 'POST', path('joinRequest'), { body: withoutEmail })), ['email']);
      assert.deepEqual(issuePaths(await call(server, 'POST', path('joinRequest'), { body: { ...request(), category: 'sport' } })), [
        'category',
      ]);
      assert.deepEqual(issuePaths(await call(server, 'POST', path('joinRequest'), { body: { ...request(), name: 42 } })), ['name']);
      assert.deepEqual(
        issuePaths(await call(server, 'POST', path('joinRequest'), { body: { ...request(), message: 'x'.repeat(2001) } })),
        ['message'],
      );
      assert.deepEqual(issuePaths(await call(server, 'POST', path('joinRequest'), { body: [] })), ['']);
    });

    it('answers malformed JSON, a missing body, plain text and other media types', async () => {
      assert.deepEqual(issuePaths(await call(server, 'POST', path('joinRequest'), { raw: '{"id": ' })), ['']);
      assert.deepEqual(issuePaths(await call(server, 'POST', path('joinRequest'))), ['']);
      const text = await call(server, 'POST', path('joinRequest'), { raw: '<a/>', headers: { 'content-type': 'application/xml' } });
      assert.equal(text.status, 415);
      const plain = await call(server, 'POST', path('joinRequest'), { raw: 'hallo', headers: { 'content-type': 'text/plain' } });
      assert.equal(plain.status, 415, 'a file where a JSON document belongs');
      assert.deepEqual(plain.body, { error: 'unsupported-media-type', issues: [{ path: 'Content-Type', message: 'Expected one of application/json' }] });
    });
  });

  describe('agendas', () => {
    async function demoAgenda(): Promise<Record<string, unknown>> {
      return (await call(server, 'GET', path('agenda', { id: DEMO_AGENDA_ID }))).body as Record<string, unknown>;
    }

    it('saves an agenda with the editor key', async () => {
      const agenda = { ...(await demoAgenda()), id: 'neue-agenda', title: 'Zweiter Werkstatttag' };
      const saved = await call(server, 'PUT', path('saveAgenda', { id: 'neue-agenda' }), { key: server.keys.editor, body: agenda });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      assert.equal((saved.body as { title: string }).title, 'Zweiter Werkstatttag');
      const read = await call(server, 'GET', path('agenda', { id: 'neue-agenda' }));
      assert.deepEqual(read.body, saved.body);
    });

    it('needs the editor key (not the moderator key)', async () => {
      const agenda = await demoAgenda();
      const url = path('saveAgenda', { id: DEMO_AGENDA_ID });
      assert.equal((await call(server, 'PUT', url, { body: agenda })).status, 401);
      assert.equal((await call(server, 'PUT', url, { body: agenda, key: server.keys.moderator })).status, 401);
      assert.equal((await call(server, 'PUT', url, { body: agenda, key: `${server.keys.editor}x` })).status, 401);
    });

    it('refuses an agenda whose id differs from the path, or with invalid items', async () => {
      const agenda = await demoAgenda();
      const key = server.keys.editor;
      assert.deepEqual(issuePaths(await call(server, 'PUT', path('saveAgenda', { id: 'andere' }), { key, body: agenda })), ['id']);
      const items = agenda['items'] as Record<string, unknown>[];
      const badTime = { ...agenda, items: [{ ...items[0], start: '25:00' }, ...items.slice(1)] };
      assert.deepEqual(issuePaths(await call(server, 'PUT', path('saveAgenda', { id: DEMO_AGENDA_ID }), { key, body: badTime })), [
        'items[0].start',
      ]);
      const longTitle = { ...agenda, title: 'T'.repeat(201) };
      assert.deepEqual(issuePaths(await call(server, 'PUT', path('saveAgenda', { id: DEMO_AGENDA_ID }), { key, body: longTitle })), [
        'title',
      ]);
    });
  });

  describe('plans', () => {
    const url = path('updatePlanPoint', { id: DEMO_PLAN_ID, pointId: 'netzwerk' });

    it('changes a point with the editor key and stamps it', async () => {
      const answer = await call(server, 'PATCH', url, { key: server.keys.editor, body: { status: 'done' } });
      assert.equal(answer.status, 200);
      assert.equal((answer.body as { status: string }).status, 'done');
      assert.equal((answer.body as { updatedAt: string }).updatedAt, NOW.toISOString());
      const plan = (await call(server, 'GET', path('plan', { id: DEMO_PLAN_ID }))).body as { points: { id: string; status: string }[] };
      assert.equal(plan.points.find((point) => point.id === 'netzwerk')?.status, 'done');
    });

    it('refuses without the editor key, unknown points and invalid patches', async () => {
      assert.equal((await call(server, 'PATCH', url, { body: { status: 'done' } })).status, 401);
      assert.equal((await call(server, 'PATCH', url, { key: server.keys.moderator, body: { status: 'done' } })).status, 401);
      const key = server.keys.editor;
      const unknownPoint = path('updatePlanPoint', { id: DEMO_PLAN_ID, pointId: 'gibt-es-nicht' });
      assert.equal((await call(server, 'PATCH', unknownPoint, { key, body: { status: 'done' } })).status, 404);
      const unknownPlan = path('updatePlanPoint', { id: 'gibt-es-nicht', pointId: 'netzwerk' });
      assert.equal((await call(server, 'PATCH', unknownPlan, { key, body: { status: 'done' } })).status, 404);
      assert.deepEqual(issuePaths(await call(server, 'PATCH', url, { key, body: { status: 'fertig' } })), ['status']);
      assert.deepEqual(issuePaths(await call(server, 'PATCH', url, { key, body: { steps: [{ id: 's', text: '' }] } })), [
        'steps[0].text',
        'steps[0].done',
      ]);
    });
  });

  describe('cards', () => {
    const url = path('addCard', { id: DEMO_BOARD_ID });

    it('adds a card once: 201 first, the same answer with 200 for a repeat', async () => {
      const alice = client();
      const card = { id: fresh('card'), questionId: QUESTION, text: '  Schulsozialarbeit einbeziehen  ' };
      const first = await call(server, 'POST', url, { client: alice, body: card });
      assert.equal(first.status, 201);
      const created = first.body as Card;
      assert.equal(created.text, 'Schulsozialarbeit einbeziehen');
      assert.equal(created.mine, true);
      assert.equal(created.createdAt, NOW.toISOString());
      const again = await call(server, 'POST', url, { client: alice, body: card });
      assert.equal(again.status, 200);
      assert.deepEqual(again.body, first.body);
      const board = await getBoard(server);
      assert.equal(board.cards.filter((c) => c.id === card.id).length, 1);
    });

    it('refuses a reused id with other content (409)', async () => {
      const alice = client();
      const card = await addCard(server, alice);
      const other = await call(server, 'POST', url, { client: alice, body: { id: card.id, questionId: QUESTION, text: 'Anders' } });
      assert.equal(other.status, 409);
      assert.equal(errorOf(other), 'id-conflict');
      const byBob = await call(server, 'POST', url, { client: client(), body: { id: card.id, questionId: QUESTION, text: card.text } });
      assert.equal(byBob.status, 409);
    });

    it('needs a client id', async () => {
      const body = { id: fresh('card'), questionId: QUESTION, text: 'Idee' };
      assert.deepEqual(issuePaths(await call(server, 'POST', url, { body })), ['X-Ija-Client']);
      assert.deepEqual(issuePaths(await call(server, 'POST', url, { body, client: 'kurz' })), ['X-Ija-Client']);
      assert.deepEqual(issuePaths(await call(server, 'POST', url, { body, client: 'x'.repeat(101) })), ['X-Ija-Client']);
    });

    it('refuses invalid cards, unknown boards and unknown questions', async () => {
      const alice = client();
      const card = () => ({ id: fresh('card'), questionId: QUESTION, text: 'Idee' });
      assert.deepEqual(issuePaths(await call(server, 'POST', url, { client: alice, body: { ...card(), text: 'x'.repeat(501) } })), ['text']);
      assert.deepEqual(issuePaths(await call(server, 'POST', url, { client: alice, body: { ...card(), text: '   ' } })), ['text']);
      assert.deepEqual(issuePaths(await call(server, 'POST', url, { client: alice, body: { ...card(), text: 7 } })), ['text']);
      const { questionId: _q, ...withoutQuestion } = card();
      assert.deepEqual(issuePaths(await call(server, 'POST', url, { client: alice, body: withoutQuestion })), ['questionId']);
      const unknownQuestion = await call(server, 'POST', url, { client: alice, body: { ...card(), questionId: 'gibt-es-nicht' } });
      assert.equal(unknownQuestion.status, 404);
      const unknownBoard = await call(server, 'POST', path('addCard', { id: 'gibt-es-nicht' }), { client: alice, body: card() });
      assert.deepEqual([unknownBoard.status, unknownBoard.body], [404, { error: 'not-found' }]);
    });

    it('lets the author change the text, the moderator anything, nobody else', async () => {
      const alice = client();
      const card = await addCard(server, alice);
      const cardUrl = path('updateCard', { id: DEMO_BOARD_ID, cardId: card.id });
      const own = await call(server, 'PATCH', cardUrl, { client: alice, body: { text: 'Geändert' } });
      assert.equal(own.status, 200);
      assert.equal((own.body as Card).text, 'Geändert');

      const bob = await call(server, 'PATCH', cardUrl, { client: client(), body: { text: 'Von Bob' } });
      assert.deepEqual([bob.status, bob.body], [403, { error: 'not-yours' }]);
      assert.equal((await call(server, 'PATCH', cardUrl, { client: alice, body: { insight: true } })).status, 401);
      // The editor key does not make its holder a moderator: still only the author's text.
      assert.equal((await call(server, 'PATCH', cardUrl, { client: alice, key: server.keys.editor, body: { insight: true } })).status, 401);

      const moderated = await call(server, 'PATCH', cardUrl, { key: server.keys.moderator, body: { insight: true, hidden: true } });
      assert.equal(moderated.status, 200);
      assert.equal((moderated.body as Card).insight, true);
      assert.equal((moderated.body as Card).hidden, true);

      assert.deepEqual(issuePaths(await call(server, 'PATCH', cardUrl, { client: alice, body: { text: 'x'.repeat(501) } })), ['text']);
      assert.deepEqual(issuePaths(await call(server, 'PATCH', cardUrl, { client: alice, body: { insight: 'ja' } })), ['insight']);
      const unknown = path('updateCard', { id: DEMO_BOARD_ID, cardId: 'gibt-es-nicht' });
      assert.equal((await call(server, 'PATCH', unknown, { client: alice, body: { text: 'x' } })).status, 404);
    });

    it('lets the author or the moderator delete a card', async () => {
      const alice = client();
      const first = await addCard(server, alice);
      const firstUrl = path('deleteCard', { id: DEMO_BOARD_ID, cardId: first.id });
      assert.equal((await call(server, 'DELETE', firstUrl, { client: client() })).status, 403);
      assert.equal((await call(server, 'DELETE', firstUrl)).status, 400);
      const removed = await call(server, 'DELETE', firstUrl, { client: alice });
      assert.equal(removed.status, 204);
      assert.equal((await call(server, 'DELETE', firstUrl, { client: alice })).status, 404);

      const second = await addCard(server, alice);
      const byModerator = await call(server, 'DELETE', path('deleteCard', { id: DEMO_BOARD_ID, cardId: second.id }), {
        key: server.keys.moderator,
      });
      assert.equal(byModerator.status, 204);
      const ids = (await getBoard(server)).cards.map((c) => c.id);
      assert.ok(!ids.includes(first.id) && !ids.includes(second.id));
    });
  });

  describe('votes', () => {
    const voteUrl = (cardId: string) => path('vote', { id: DEMO_BOARD_ID, cardId });

    it('counts a vote once: 201 first, the same answer with 200 for a repeat', async () => {
      const card = await addCard(server, client());
      const bob = client();
      const vote = { id: fresh('vote'), value: 1 };
      const first = await call(server, 'POST', voteUrl(card.id), { client: bob, body: vote });
      assert.equal(first.status, 201);
      assert.equal((first.body as Card).votes, 1);
      assert.equal((first.body as Card).myVotes, 1);
      const again = await call(server, 'POST', voteUrl(card.id), { client: bob, body: vote });
      assert.equal(again.status, 200);
      assert.deepEqual(again.body, first.body);
      assert.equal((await getBoard(server)).cards.find((c) => c.id === card.id)?.votes, 1);
    });

    it('keeps to the vote cap and takes votes back', async () => {
      const card = await addCard(server, client());
      const bob = client();
      for (let n = 0; n < 3; n++) {
        assert.equal((await call(server, 'POST', voteUrl(card.id), { client: bob, body: { id: fresh('vote'), value: 1 } })).status, 201);
      }
      const capped = await call(server, 'POST', voteUrl(card.id), { client: bob, body: { id: fresh('vote'), value: 1 } });
      assert.deepEqual([capped.status, capped.body], [409, { error: 'vote-cap' }]);
      const back = await call(server, 'POST', voteUrl(card.id), { client: bob, body: { id: fresh('vote'), value: -1 } });
      assert.equal(back.status, 201);
      assert.equal((back.body as Card).votes, 2);

      const other = await addCard(server, client());
      const nothing = await call(server, 'POST', voteUrl(other.id), { client: bob, body: { id: fresh('vote'), value: -1 } });
      assert.deepEqual([nothing.status, nothing.body], [409, { error: 'no-vote-to-take-back' }]);
    });

    it('refuses invalid votes and unknown cards', async () => {
      const card = await addCard(server, client());
      assert.deepEqual(issuePaths(await call(server, 'POST', voteUrl(card.id), { client: client(), body: { id: fresh('v'), value: 2 } })), [
        'value',
      ]);
      assert.deepEqual(issuePaths(await call(server, 'POST', voteUrl(card.id), { client: client(), body: { value: 1 } })), ['id']);
      assert.deepEqual(issuePaths(await call(server, 'POST', voteUrl(card.id), { body: { id: fresh('v'), value: 1 } })), ['X-Ija-Client']);
      const unknown = await call(server, 'POST', voteUrl('gibt-es-nicht'), { client: client(), body: { id: fresh('v'), value: 1 } });
      assert.equal(unknown.status, 404);
    });
  });

  describe('moderation', () => {
    const boardUrl = path('updateBoard', { id: DEMO_BOARD_ID });

    it('locks the board: no new cards or votes (423) until unlocked', async () => {
      const card = await addCard(server, client());
      assert.equal((await call(server, 'PATCH', boardUrl, { body: { locked: true } })).status, 401);
      assert.equal((await call(server, 'PATCH', boardUrl, { key: server.keys.editor, body: { locked: true } })).status, 401);
      const locked = await call(server, 'PATCH', boardUrl, { key: server.keys.moderator, body: { locked: true } });
      assert.equal(locked.status, 200);
      assert.equal((locked.body as Board).locked, true);
      try {
        const add = await call(server, 'POST', path('addCard', { id: DEMO_BOARD_ID }), {
          client: client(),
          body: { id: fresh('card'), questionId: QUESTION, text: 'Zu spät' },
        });
        assert.deepEqual([add.status, add.body], [423, { error: 'board-locked' }]);
        const vote = await call(server, 'POST', path('vote', { id: DEMO_BOARD_ID, cardId: card.id }), {
          client: client(),
          body: { id: fresh('vote'), value: 1 },
        });
        assert.equal(vote.status, 423);
      } finally {
        const unlocked = await call(server, 'PATCH', boardUrl, { key: server.keys.moderator, body: { locked: false } });
        assert.equal(unlocked.status, 200);
      }
      assert.deepEqual(issuePaths(await call(server, 'PATCH', boardUrl, { key: server.keys.moderator, body: { locked: 'ja' } })), ['locked']);
      assert.deepEqual(
        issuePaths(await call(server, 'PATCH', boardUrl, { key: server.keys.moderator, body: { settings: { votesPerPerson: 0 } } })),
        ['settings.votesPerPerson'],
      );
      const unknown = await call(server, 'PATCH', path('updateBoard', { id: 'gibt-es-nicht' }), { key: server.keys.moderator, body: {} });
      assert.equal(unknown.status, 404);
    });

    it('merges a card into another, adding up the votes', async () => {
      const source = await addCard(server, client());
      const target = await addCard(server, client());
      await call(server, 'POST', path('vote', { id: DEMO_BOARD_ID, cardId: source.id }), { client: client(), body: { id: fresh('v'), value: 1 } });
      await call(server, 'POST', path('vote', { id: DEMO_BOARD_ID, cardId: target.id }), { client: client(), body: { id: fresh('v'), value: 1 } });
      const mergeUrl = path('mergeCard', { id: DEMO_BOARD_ID, cardId: source.id });
      assert.equal((await call(server, 'POST', mergeUrl, { body: { into: target.id } })).status, 401);
      assert.deepEqual(issuePaths(await call(server, 'POST', mergeUrl, { key: server.keys.moderator, body: {} })), ['into']);
      const unknownTarget = await call(server, 'POST', mergeUrl, { key: server.keys.moderator, body: { into: 'gibt-es-nicht' } });
      assert.equal(unknownTarget.status, 404);
      const merged = await call(server, 'POST', mergeUrl, { key: server.keys.moderator, body: { into: target.id } });
      assert.equal(merged.status, 200);
      assert.equal((merged.body as Card).id, target.id);
      assert.equal((merged.body as Card).votes, 2);
      const ids = (await getBoard(server)).cards.map((c) => c.id);
      assert.ok(ids.includes(target.id) && !ids.includes(source.id));
    });
  });

  describe('limits', () => {
    it('refuses a body beyond the limit with 413', async () => {
      const join = { id: fresh('join'), name: 'X', category: 'vereine', contactName: 'Y', email: 'y@example.org', message: 'x'.repeat(70_000) };
      const answer = await call(server, 'POST', path('joinRequest'), { body: join });
      assert.equal(answer.status, 413);
      assert.equal(errorOf(answer), 'too-large');
    });
  });

  describe('response checks', () => {
    it('answers 500 rather than sending data the widgets would reject', async () => {
      const agenda = (await call(server, 'GET', path('agenda', { id: DEMO_AGENDA_ID }))).body as Record<string, unknown>;
      // Written past the HTTP layer, as a broken import or migration might.
      await server.repo.putAgenda(DEFAULT_SITE, { ...agenda, id: 'kaputt', title: '' } as never, NOW);
      const logged: unknown[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => void logged.push(args);
      try {
        const answer = await call(server, 'GET', path('agenda', { id: 'kaputt' }));
        assert.deepEqual([answer.status, answer.body], [500, { error: 'internal' }]);
      } finally {
        console.error = original;
      }
      assert.equal(logged.length, 1);
    });
  });

  describe('OpenAPI', () => {
    it('describes every route definition, with its access and schemas that exist', async () => {
      const answer = await call(server, 'GET', '/openapi.json', { root: true });
      assert.equal(answer.status, 200);
      assert.match(answer.headers.get('content-type') ?? '', /application\/json/);
      assert.deepEqual(answer.body, JSON.parse(JSON.stringify(openApiDocument())), 'served as generated');
      const doc = answer.body as {
        openapi: string;
        servers: { url: string }[];
        paths: Record<
          string,
          Record<string, { operationId: string; parameters: { name: string; in: string }[]; responses: Record<string, unknown>; security: Record<string, string[]>[] }>
        >;
        components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> };
      };
      assert.equal(doc.openapi, '3.1.0');
      assert.deepEqual(
        doc.servers.map((entry) => entry.url),
        [API_PREFIX, '/sites/{site}/api'],
      );
      const operations = Object.entries(doc.paths).flatMap(([url, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${url}`));
      assert.deepEqual(
        operations.sort(),
        ALL_ROUTES.map((route) => `${ROUTES[route.name].method} ${ROUTES[route.name].path}`).sort(),
        'one operation per route definition, and no other',
      );
      const keySchemes: Record<string, string> = { network: 'networkKey', editor: 'editorKey', moderator: 'moderatorKey' };
      for (const route of ALL_ROUTES) {
        const { method, path: url } = ROUTES[route.name];
        const operation = doc.paths[url]![method.toLowerCase()]!;
        assert.equal(operation.operationId, route.name);
        const placeholders = [...url.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        assert.deepEqual(
          operation.parameters.filter((p) => p.in === 'path').map((p) => p.name),
          placeholders,
        );
        for (const status of Object.keys(route.ok)) assert.ok(operation.responses[status], `${route.name} answers ${status}`);
        for (const status of route.refusals ?? []) assert.ok(operation.responses[String(status)], `${route.name} refuses ${status}`);
        if (route.access in keySchemes) assert.deepEqual(operation.security, [{ [keySchemes[route.access]!]: [] }], route.name);
        // A public operation says so: `security: []`, no credentials.
        if (route.access === 'public') assert.deepEqual(operation.security, [], route.name);
      }
      for (const name of Object.keys(CONTRACT_SCHEMAS)) assert.ok(doc.components.schemas[name], `schema ${name}`);
      const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/(schemas|responses)\/([^"]+)"/g)];
      assert.ok(refs.length > 20);
      const components = doc.components as unknown as Record<string, Record<string, unknown>>;
      for (const [, kind, ref] of refs) assert.ok(components[kind!]![ref!], `dangling $ref ${kind}/${ref}`);
      assert.deepEqual(Object.keys(doc.components.securitySchemes).sort(), ['client', 'editorKey', 'moderatorKey', 'networkKey']);
    });
  });

  describe('pages', () => {
    it('serves the demo site with security headers', async () => {
      const page = await fetch(`${server.base}/`);
      assert.equal(page.status, 200);
      assert.match(page.headers.get('content-type') ?? '', /text\/html/);
      assert.match(await page.text(), /<h1>Demo<\/h1>/);
      assert.equal(page.headers.get('content-security-policy'), PAGE_CSP);
      assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(page.headers.get('referrer-policy'), 'no-referrer');
      assert.match(page.headers.get('permissions-policy') ?? '', /camera=\(\)/);
    });

    it('serves the built library under /dist/ and 404 for what is not there', async () => {
      const script = await fetch(`${server.base}/dist/ija-widgets.js`);
      assert.equal(script.status, 200);
      assert.match(script.headers.get('content-type') ?? '', /javascript/);
      assert.equal(await script.text(), 'export const demo = true;\n');
      assert.equal((await fetch(`${server.base}/dist/nothing.js`)).status, 404);
      assert.equal((await fetch(`${server.base}/nothing.html`)).status, 404);
      assert.equal((await fetch(`${server.base}/dist/../../etc/passwd`)).status, 404);
    });
  });

  describe('keys', () => {
    it('rotating a key makes the old one fail at once, for each role', async () => {
      /** A request only the role's key may make, harmless to the shared demo content. */
      const probes: Record<Role, (key: string) => Promise<Answer>> = {
        network: (key) => call(server, 'GET', path('joinRequests'), { key }),
        editor: (key) => call(server, 'PATCH', path('updatePlanPoint', { id: DEMO_PLAN_ID, pointId: 'netzwerk' }), { key, body: {} }),
        moderator: (key) => call(server, 'PATCH', path('updateBoard', { id: DEMO_BOARD_ID }), { key, body: {} }),
      };
      for (const role of ROLES) {
        const old = server.keys[role];
        assert.equal((await probes[role](old)).status, 200, role);
        const next = await rotateKey(server.repo, DEFAULT_SITE, role);
        server.keys[role] = next;
        assert.equal((await probes[role](old)).status, 401, role);
        assert.equal((await probes[role](next)).status, 200, role);
      }
    });
  });
});

describe('live board events', () => {
  let server: Server;
  before(async () => {
    server = await startServer({}, { pingMs: 200 });
  });
  after(() => server.close());
  const eventsUrl = (query = '') => `${path('boardEvents', { id: DEMO_BOARD_ID })}${query}`;

  it('starts with the board, then sends cards added by others', async () => {
    const alice = client();
    const bob = client();
    const stream = await openStream(server, eventsUrl(`?client=${alice}`));
    try {
      assert.equal(stream.response.status, 200);
      assert.match(stream.response.headers.get('content-type') ?? '', /^text\/event-stream/);
      assert.equal(stream.response.headers.get('cache-control'), 'no-cache');
      const first = await stream.next();
      assert.equal(first.event.type, 'board-updated');
      assert.match(first.id, /^\d+$/);

      const card = await addCard(server, bob, 'Von Bob');
      const added = await stream.next();
      assert.equal(added.event.type, 'card-added');
      assert.ok(Number(added.id) > Number(first.id));
      assert.equal(added.event.type === 'card-added' && added.event.card.id, card.id);
      assert.equal(added.event.type === 'card-added' && added.event.card.mine, undefined);

      await call(server, 'POST', path('vote', { id: DEMO_BOARD_ID, cardId: card.id }), { client: alice, body: { id: fresh('v'), value: 1 } });
      const voted = await stream.next();
      assert.equal(voted.event.type, 'card-updated');
      assert.equal(voted.event.type === 'card-updated' && voted.event.card.votes, 1);

      await call(server, 'DELETE', path('deleteCard', { id: DEMO_BOARD_ID, cardId: card.id }), { client: bob });
      assert.deepEqual((await stream.next()).event, { type: 'card-removed', cardId: card.id });
    } finally {
      stream.close();
    }
  });

  it('marks the author\'s own cards, also with the client id in the header', async () => {
    const alice = client();
    const stream = await openStream(server, eventsUrl(), { 'x-ija-client': alice });
    try {
      await stream.next();
      const card = await addCard(server, alice);
      const added = await stream.next();
      assert.equal(added.event.type === 'card-added' && added.event.card.id, card.id);
      assert.equal(added.event.type === 'card-added' && added.event.card.mine, true);
    } finally {
      stream.close();
    }
  });

  it('resumes after Last-Event-ID with only the later events', async () => {
    const first = await addCard(server, client(), 'Erste');
    const { events } = await server.repo.eventsSince(DEFAULT_SITE, DEMO_BOARD_ID, 0);
    const firstSeq = events.find((e) => e.event.type === 'card-added' && e.event.card.id === first.id)!.seq;
    const second = await addCard(server, client(), 'Zweite');
    const third = await addCard(server, client(), 'Dritte');

    const byHeader = await openStream(server, eventsUrl(`?client=${client()}`), { 'last-event-id': String(firstSeq) });
    try {
      const a = await byHeader.next();
      const b = await byHeader.next();
      assert.deepEqual(
        [a.event.type === 'card-added' && a.event.card.id, b.event.type === 'card-added' && b.event.card.id],
        [second.id, third.id],
      );
      assert.ok(Number(a.id) > firstSeq && Number(b.id) > Number(a.id));
    } finally {
      byHeader.close();
    }

    const byQuery = await openStream(server, eventsUrl(`?lastEventId=${firstSeq}`));
    try {
      const a = await byQuery.next();
      assert.equal(a.event.type === 'card-added' && a.event.card.id, second.id);
    } finally {
      byQuery.close();
    }
  });

  it('replays a moderator change as the current board', async () => {
    const before = (await server.repo.eventsSince(DEFAULT_SITE, DEMO_BOARD_ID, 0)).lastSeq;
    const title = `Leitfragen ${fresh('t')}`;
    await call(server, 'PATCH', path('updateBoard', { id: DEMO_BOARD_ID }), { key: server.keys.moderator, body: { title } });
    await addCard(server, client());
    const stream = await openStream(server, eventsUrl(), { 'last-event-id': String(before) });
    try {
      const message = await stream.next();
      assert.equal(message.event.type, 'board-updated');
      assert.equal(message.event.type === 'board-updated' && message.event.board.title, title);
      assert.equal(Number(message.id), (await server.repo.eventsSince(DEFAULT_SITE, DEMO_BOARD_ID, 0)).lastSeq);
    } finally {
      stream.close();
    }
  });

  it('hides other people\'s ideas until the moderator reveals them', async () => {
    const key = server.keys.moderator;
    const boardUrl = path('updateBoard', { id: DEMO_BOARD_ID });
    await call(server, 'PATCH', boardUrl, { key, body: { settings: { reveal: 'moderated' }, revealed: false } });
    const alice = client();
    const participant = await openStream(server, eventsUrl(`?client=${alice}`));
    const moderator = await openStream(server, eventsUrl(), { authorization: `Bearer ${key}` });
    try {
      await participant.next();
      await moderator.next();
      await addCard(server, client(), 'Geheime Idee');
      const seen = await participant.next();
      assert.equal(seen.event.type === 'card-added' && seen.event.card.text, '…');
      assert.equal(seen.event.type === 'card-added' && seen.event.card.hidden, true);
      const full = await moderator.next();
      assert.equal(full.event.type === 'card-added' && full.event.card.text, 'Geheime Idee');

      await call(server, 'PATCH', boardUrl, { key, body: { revealed: true } });
      const revealed = await participant.next();
      assert.equal(revealed.event.type, 'board-updated');
      const board = revealed.event.type === 'board-updated' ? revealed.event.board : undefined;
      assert.ok(board?.cards.some((card) => card.text === 'Geheime Idee'));
    } finally {
      participant.close();
      moderator.close();
      await call(server, 'PATCH', boardUrl, { key, body: { settings: { reveal: 'open' } } });
    }
  });

  it('sends the whole board after merge and clear', async () => {
    const key = server.keys.moderator;
    const a = await addCard(server, client());
    const b = await addCard(server, client());
    const stream = await openStream(server, eventsUrl());
    try {
      await stream.next();
      await call(server, 'POST', path('mergeCard', { id: DEMO_BOARD_ID, cardId: a.id }), { key, body: { into: b.id } });
      const merged = await stream.next();
      assert.equal(merged.event.type, 'board-updated');
      const ids = merged.event.type === 'board-updated' ? merged.event.board.cards.map((c) => c.id) : [];
      assert.ok(ids.includes(b.id) && !ids.includes(a.id));

      const cleared = await call(server, 'DELETE', path('clearBoard', { id: DEMO_BOARD_ID }), { key });
      assert.equal(cleared.status, 200);
      assert.deepEqual((cleared.body as Board).cards, []);
      const message = await stream.next();
      assert.equal(message.event.type === 'board-updated' && message.event.board.cards.length, 0);
      assert.equal((await call(server, 'DELETE', path('clearBoard', { id: DEMO_BOARD_ID }))).status, 401);
    } finally {
      stream.close();
    }
  });

  it('keeps the stream open with a ping comment', async () => {
    const stream = await openStream(server, eventsUrl());
    try {
      for (;;) {
        const block = await stream.nextBlock(2_000);
        if (block?.comment === 'ping') break;
      }
    } finally {
      stream.close();
    }
  });

  it('refuses a wrong moderator key on the stream', async () => {
    const answer = await call(server, 'GET', eventsUrl(), { key: createKey() });
    assert.equal(answer.status, 401);
  });
});

describe('CORS', () => {
  let server: Server;
  let sameOrigin: Server;
  before(async () => {
    server = await startServer({ corsOrigins: ['https://www.musterstadt.de'] });
    sameOrigin = await startServer();
  });
  after(async () => {
    await server.close();
    await sameOrigin.close();
  });

  it('allows the listed origins only', async () => {
    const allowed = await call(server, 'GET', path('partners'), { headers: { origin: 'https://www.musterstadt.de' } });
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://www.musterstadt.de');
    const other = await call(server, 'GET', path('partners'), { headers: { origin: 'https://evil.example' } });
    assert.equal(other.status, 200);
    assert.equal(other.headers.get('access-control-allow-origin'), null);
  });

  it('answers a preflight for a write from a listed origin', async () => {
    const preflight = await fetch(`${server.base}${API_PREFIX}${path('addCard', { id: DEMO_BOARD_ID })}`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://www.musterstadt.de',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,x-ija-client',
      },
    });
    assert.ok(preflight.status === 204 || preflight.status === 200);
    assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://www.musterstadt.de');
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /X-Ija-Client/i);
    assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /POST/);
  });

  it('sends no CORS headers by default (same origin only)', async () => {
    const answer = await call(sameOrigin, 'GET', path('partners'), { headers: { origin: 'https://www.musterstadt.de' } });
    assert.equal(answer.headers.get('access-control-allow-origin'), null);
  });
});

describe('write rate limit', () => {
  let server: Server;
  before(async () => {
    server = await startServer({ writeRate: 3 });
  });
  after(() => server.close());

  const addAs = (who: string, n: number, from?: string) =>
    call(server, 'POST', path('addCard', { id: DEMO_BOARD_ID }), {
      client: who,
      body: { id: fresh('card'), questionId: QUESTION, text: `Idee ${n}` },
      ...(from !== undefined ? { headers: { 'x-forwarded-for': from } } : {}),
    });

  it('answers a burst of writes with 429 and Retry-After, per client', async () => {
    const alice = client();
    const statuses: number[] = [];
    let last: Answer | undefined;
    for (let n = 0; n < 5; n++) {
      last = await addAs(alice, n);
      statuses.push(last.status);
    }
    assert.deepEqual(statuses, [201, 201, 201, 429, 429]);
    assert.deepEqual(last!.body, { error: 'too-many-requests' });
    const retryAfter = Number(last!.headers.get('retry-after'));
    assert.ok(retryAfter > 0 && retryAfter <= 60, `Retry-After ${String(retryAfter)}`);
    assert.equal(last!.headers.get('x-ratelimit-limit'), null, 'no X-RateLimit-* headers');

    // Reads stay open, and another client has its own budget.
    assert.equal((await call(server, 'GET', path('board', { id: DEMO_BOARD_ID }), { client: alice })).status, 200);
    await addCard(server, client());
  });

  it('also limits an address to ten times the rate: new client ids do not get around it', async () => {
    const statuses: number[] = [];
    for (let n = 0; n < 31; n++) statuses.push((await addAs(client(), n)).status);
    assert.deepEqual(statuses, [...Array<number>(30).fill(201), 429]);
    assert.equal((await addAs(client(), 31, nextAddress())).status, 201, 'another address has its own budget');
  });

  it(`takes ${JOIN_REQUESTS_PER_HOUR} join requests per address and hour`, async () => {
    const send = (from?: string) =>
      call(server, 'POST', path('joinRequest'), {
        body: { id: fresh('join'), name: 'Verein', category: 'vereine', contactName: 'Kim', email: 'kim@example.org' },
        ...(from !== undefined ? { headers: { 'x-forwarded-for': from } } : {}),
      });
    for (let n = 0; n < JOIN_REQUESTS_PER_HOUR; n++) assert.equal((await send()).status, 201, `request ${n + 1}`);
    const refused = await send();
    assert.deepEqual([refused.status, refused.body], [429, { error: 'too-many-requests' }]);
    assert.ok(Number(refused.headers.get('retry-after')) > 60, 'the window is an hour');
    assert.equal((await send(nextAddress())).status, 201);
  });
});

describe('keys on the wire', () => {
  let server: Server;
  let direct: Server;
  before(async () => {
    server = await startServer();
    direct = await startServer({ trustProxy: false });
  });
  after(async () => {
    await server.close();
    await direct.close();
  });
  const joinRequests = (target: Server, key: string, from: string) =>
    call(target, 'GET', path('joinRequests'), { key, headers: { 'x-forwarded-for': from } });

  it(`refuses further keys from an address after ${KEY_FAILURES_PER_MINUTE} wrong ones in a minute (429), other addresses go on`, async () => {
    const from = nextAddress();
    for (let n = 0; n < KEY_FAILURES_PER_MINUTE; n++) assert.equal((await joinRequests(server, createKey(), from)).status, 401);
    const blocked = await joinRequests(server, createKey(), from);
    assert.deepEqual([blocked.status, blocked.body], [429, { error: 'too-many-requests' }]);
    assert.ok(Number(blocked.headers.get('retry-after')) > 0);
    // Refused before hashing: even the right key waits.
    assert.equal((await joinRequests(server, server.keys.network, from)).status, 429);
    assert.equal((await joinRequests(server, server.keys.network, nextAddress())).status, 200);
  });

  it('does not count a right key against the address', async () => {
    const from = nextAddress();
    for (let n = 0; n < KEY_FAILURES_PER_MINUTE * 2; n++) assert.equal((await joinRequests(server, server.keys.network, from)).status, 200);
    assert.equal((await joinRequests(server, createKey(), from)).status, 401);
  });

  it('without --trust-proxy, X-Forwarded-For is ignored: the limit is on the connecting address', async () => {
    for (let n = 0; n < KEY_FAILURES_PER_MINUTE; n++) assert.equal((await joinRequests(direct, createKey(), nextAddress())).status, 401);
    assert.equal((await joinRequests(direct, createKey(), nextAddress())).status, 429);
  });
});

describe('health', () => {
  let server: Server;
  let broken: Server;
  before(async () => {
    server = await startServer();
    // The same store, except that it does not answer a ping (a database that went away).
    const ping = () => Promise.reject(new Error('gone'));
    broken = await startServer(
      {},
      {
        wrap: (repo) =>
          new Proxy(repo, {
            get: (target, name) => {
              if (name === 'ping') return ping;
              const member = Reflect.get(target, name, target) as unknown;
              return typeof member === 'function' ? member.bind(target) : member;
            },
          }),
      },
    );
  });
  after(async () => {
    await server.close();
    await broken.close();
  });

  it('/healthz answers while the process is up', async () => {
    const answer = await call(server, 'GET', '/healthz', { root: true });
    assert.deepEqual([answer.status, answer.body], [200, { status: 'ok' }]);
    assert.equal(answer.headers.get('cache-control'), 'no-store');
    assert.equal((await call(broken, 'GET', '/healthz', { root: true })).status, 200, 'the process is up, whatever the store does');
  });

  it('/readyz answers 200 with the store kind when the store answers, 503 when it does not', async () => {
    const ready = await call(server, 'GET', '/readyz', { root: true });
    assert.deepEqual([ready.status, ready.body], [200, { status: 'ready', store: 'memory' }]);
    const unready = await call(broken, 'GET', '/readyz', { root: true });
    assert.equal(unready.status, 503);
    assert.equal(errorOf(unready), 'store-unavailable');
    assert.equal(unready.headers.get('cache-control'), 'no-store');
  });
});

describe('sites', () => {
  let server: Server;
  let otherKeys: Record<Role, string>;
  before(async () => {
    server = await startServer();
    await server.repo.createSite({ id: 'musterdorf', title: 'Musterdorf', createdAt: NOW.toISOString() });
    otherKeys = {} as Record<Role, string>;
    for (const role of ROLES) otherKeys[role] = await rotateKey(server.repo, 'musterdorf', role);
  });
  after(() => server.close());

  it('answers another site at /sites/<site>/api with its own content, and 404 for an unknown site', async () => {
    const partners = await call(server, 'GET', path('partners'), { site: 'musterdorf' });
    assert.deepEqual([partners.status, partners.body], [200, { partners: [] }]);
    assert.equal((await call(server, 'GET', path('board', { id: DEMO_BOARD_ID }), { site: 'musterdorf' })).status, 404);
    const unknown = await call(server, 'GET', path('partners'), { site: 'nowhere' });
    assert.deepEqual([unknown.status, unknown.body], [404, { error: 'not-found' }]);
    assert.ok(((await call(server, 'GET', path('partners'))).body as { partners: unknown[] }).partners.length > 5, 'the default site keeps its own');
  });

  it("takes a site's keys on that site only", async () => {
    const join = { id: fresh('join'), name: 'Dorfverein', category: 'vereine', contactName: 'Kim', email: 'kim@example.org' };
    assert.equal((await call(server, 'POST', path('joinRequest'), { site: 'musterdorf', body: join })).status, 201);
    const own = await call(server, 'GET', path('joinRequests'), { site: 'musterdorf', key: otherKeys.network });
    assert.deepEqual(
      (own.body as { requests: { id: string }[] }).requests.map((r) => r.id),
      [join.id],
    );
    assert.equal((await call(server, 'GET', path('joinRequests'), { site: 'musterdorf', key: server.keys.network })).status, 401);
    assert.equal((await call(server, 'GET', path('joinRequests'), { key: otherKeys.network })).status, 401);
    const defaults = await call(server, 'GET', path('joinRequests'), { key: server.keys.network });
    assert.ok(!(defaults.body as { requests: { id: string }[] }).requests.some((r) => r.id === join.id), 'the default site does not see it');
  });
});

describe('config', () => {
  it('has the documented defaults', () => {
    const result = parseConfig([], {});
    assert.ok('config' in result);
    assert.deepEqual(result.config, {
      command: { name: 'serve' },
      port: 8787,
      host: '127.0.0.1',
      db: 'data/ija.sqlite',
      demo: false,
      trustProxy: false,
      requestTimeoutMs: 30_000,
      maxStreamsPerClient: 8,
      requestRetentionDays: 30,
      corsOrigins: [],
      bodyLimit: 65_536,
      writeRate: 120,
      publicDir: 'server/public',
      distDir: 'dist',
      log: false,
      checkResponses: true,
    });
  });

  it('takes flags over environment variables', () => {
    const env = {
      PORT: '9000',
      HOST: '0.0.0.0',
      IJA_DB: 'env.sqlite',
      IJA_CORS_ORIGINS: 'https://a.example, https://b.example:8443',
      IJA_WRITE_RATE: '10',
      IJA_TRUST_PROXY: '1',
      IJA_REQUEST_TIMEOUT: '5000',
      IJA_MAX_STREAMS: '3',
    };
    const result = parseConfig(
      ['--port', '9100', '--db=flag.sqlite', '--body-limit', '2048', '--public', 'site', '--dist', 'build', '--log', '--demo', '--max-streams', '4'],
      env,
    );
    assert.ok('config' in result);
    assert.equal(result.config.port, 9100);
    assert.equal(result.config.host, '0.0.0.0');
    assert.equal(result.config.db, 'flag.sqlite');
    assert.deepEqual(result.config.corsOrigins, ['https://a.example', 'https://b.example:8443']);
    assert.equal(result.config.bodyLimit, 2048);
    assert.equal(result.config.writeRate, 10);
    assert.equal(result.config.publicDir, 'site');
    assert.equal(result.config.distDir, 'build');
    assert.equal(result.config.log, true);
    assert.equal(result.config.demo, true);
    assert.equal(result.config.trustProxy, 1);
    assert.equal(result.config.requestTimeoutMs, 5000);
    assert.equal(result.config.maxStreamsPerClient, 4);
    assert.equal((parseConfig([], { NODE_ENV: 'production' }) as { config: Config }).config.checkResponses, false);
  });

  it('reads --demo, --trust-proxy, --request-timeout, --max-streams and --request-retention-days', () => {
    const config = (argv: string[], env: Record<string, string> = {}) => {
      const result = parseConfig(argv, env);
      assert.ok('config' in result, JSON.stringify(result));
      return result.config;
    };
    assert.equal(config([], { IJA_DEMO: '1' }).demo, true);
    assert.equal(config(['--demo']).demo, true);
    assert.equal(config(['--trust-proxy', 'true']).trustProxy, true);
    assert.equal(config(['--trust-proxy=false']).trustProxy, false);
    assert.equal(config(['--trust-proxy', '2']).trustProxy, 2);
    assert.equal(config(['--trust-proxy', '127.0.0.1,10.0.0.0/8']).trustProxy, '127.0.0.1,10.0.0.0/8');
    assert.equal(config(['--request-timeout', '60000']).requestTimeoutMs, 60_000);
    assert.equal(config(['--max-streams=20']).maxStreamsPerClient, 20);
    assert.equal(config(['--request-retention-days', '90']).requestRetentionDays, 90);
    assert.equal(config([], { IJA_REQUEST_RETENTION_DAYS: '7' }).requestRetentionDays, 7);
    assert.ok('error' in parseConfig(['--request-retention-days', '0'], {}));
  });

  it('takes the store from --db, else IJA_DB, else DATABASE_URL', () => {
    const db = (argv: string[], env: Record<string, string>) => (parseConfig(argv, env) as { config: Config }).config.db;
    const url = 'postgres://ija:secret@db.example/ija';
    assert.equal(db([], { DATABASE_URL: url }), url);
    assert.equal(db([], { DATABASE_URL: url, IJA_DB: 'env.sqlite' }), 'env.sqlite');
    assert.equal(db(['--db', 'memory'], { DATABASE_URL: url }), 'memory');
  });

  it('reads the commands: sites create/list, keys rotate per role and site', () => {
    const command = (argv: string[]) => {
      const result = parseConfig(argv, {});
      assert.ok('config' in result, JSON.stringify(result));
      return result.config.command;
    };
    for (const role of ROLES) {
      assert.deepEqual(command(['keys', 'rotate', role, '--db', 'x.sqlite']), { name: 'rotate-key', role, site: 'default' });
    }
    assert.deepEqual(command(['keys', 'rotate', 'network', '--site', 'musterdorf']), { name: 'rotate-key', role: 'network', site: 'musterdorf' });
    assert.deepEqual(command(['sites', 'create', 'musterdorf', 'Gemeinde Musterdorf']), { name: 'create-site', site: 'musterdorf', title: 'Gemeinde Musterdorf' });
    assert.deepEqual(command(['sites', 'create', 'musterdorf']), { name: 'create-site', site: 'musterdorf', title: 'musterdorf' });
    assert.deepEqual(command(['sites', 'list']), { name: 'list-sites' });
  });

  it('prints help and names bad input', () => {
    const help = parseConfig(['--port', '1', '--help'], {});
    assert.ok('help' in help);
    for (const word of [
      '--port',
      'PORT',
      '--db',
      'IJA_DB',
      'DATABASE_URL',
      '--demo',
      '--trust-proxy',
      '--request-timeout',
      '--max-streams',
      '--site',
      '--cors',
      'IJA_CORS_ORIGINS',
      '--body-limit',
      'IJA_BODY_LIMIT',
      '--write-rate',
      'IJA_WRITE_RATE',
      '--public',
      'IJA_PUBLIC',
      '--dist',
      'keys rotate',
      'sites create',
      'sites list',
    ]) {
      assert.ok(help.help.includes(word), word);
    }
    const errors = [
      parseConfig(['--port', 'abc'], {}),
      parseConfig([], { PORT: '70000' }),
      parseConfig(['--cors', 'https://a.example/path'], {}),
      parseConfig(['--cors', '*'], {}),
      parseConfig(['--write-rate', '0'], {}),
      parseConfig(['--unknown'], {}),
      parseConfig(['--db'], {}),
      parseConfig(['--request-timeout', '10'], {}),
      parseConfig(['--max-streams', '0'], {}),
      parseConfig(['keys', 'rotate', 'admin'], {}),
      parseConfig(['keys', 'rotate'], {}),
      parseConfig(['keys', 'rotate', 'editor', '--site', 'Mit Leerzeichen'], {}),
      parseConfig(['sites', 'create'], {}),
      parseConfig(['sites', 'create', 'Musterdorf'], {}),
      parseConfig(['sites', 'create', '-dorf'], {}),
      parseConfig(['sites', 'create', 'dorf', '   '], {}),
      parseConfig(['sites', 'list', 'extra'], {}),
      parseConfig(['sites'], {}),
    ];
    for (const result of errors) assert.ok('error' in result, JSON.stringify(result));
  });
});

describe('keys', () => {
  it('hashes with scrypt and a random salt, and verifies', async () => {
    const key = createKey();
    assert.match(key, /^[\w-]{43}$/);
    const first = await hashKey(key);
    const second = await hashKey(key);
    assert.match(first, /^scrypt\$[\w-]+\$[\w-]+$/);
    assert.notEqual(first, second);
    assert.equal(await verifyKey(key, first), true);
    assert.equal(await verifyKey(key, second), true);
    assert.equal(await verifyKey(createKey(), first), false);
    assert.equal(await verifyKey('', first), false);
    assert.equal(await verifyKey(key, 'plain'), false);
    assert.equal(await verifyKey(key, 'scrypt$$'), false);
  });

  it('makes the keys of a site once and prints one line per role, the key shown once', async () => {
    const repo = createMemoryRepository();
    try {
      await repo.createSite({ id: 'musterdorf', title: 'Musterdorf', createdAt: NOW.toISOString() });
      const lines: string[] = [];
      const created = await ensureKeys(repo, 'musterdorf', (line) => lines.push(line));
      const printed = new Map<string, string>();
      for (const line of lines) {
        const match = /^\s*(network|editor|moderator) key: (\S+)/.exec(line);
        if (match) {
          assert.ok(!printed.has(match[1]!), `${match[1]} printed twice`);
          printed.set(match[1]!, match[2]!);
        }
      }
      assert.deepEqual([...printed.keys()].sort(), [...ROLES].sort());
      for (const role of ROLES) {
        const key = printed.get(role)!;
        assert.equal(created[role], key);
        const hash = await repo.getKeyHash('musterdorf', role);
        assert.ok(hash);
        assert.equal(await verifyKey(key, hash), true, role);
        assert.ok(!hash.includes(key), 'only the hash is stored');
        for (const other of ROLES) if (other !== role) assert.equal(await verifyKey(key, (await repo.getKeyHash('musterdorf', other))!), false);
      }
      assert.equal(await repo.getKeyHash(DEFAULT_SITE, 'network'), undefined, 'another site has no keys from it');

      const again: string[] = [];
      assert.deepEqual(await ensureKeys(repo, 'musterdorf', (line) => again.push(line)), {});
      assert.deepEqual(again, []);
    } finally {
      await repo.close();
    }
  });

  it('makes only the missing key when one role has one', async () => {
    const repo = createMemoryRepository();
    try {
      await repo.createSite({ id: DEFAULT_SITE, title: 'Default', createdAt: NOW.toISOString() });
      const network = await rotateKey(repo, DEFAULT_SITE, 'network');
      const lines: string[] = [];
      const created = await ensureKeys(repo, DEFAULT_SITE, (line) => lines.push(line));
      assert.deepEqual(Object.keys(created).sort(), ['editor', 'moderator']);
      assert.equal(lines.filter((line) => /^\s*network key:/.test(line)).length, 0);
      assert.equal(await verifyKey(network, (await repo.getKeyHash(DEFAULT_SITE, 'network'))!), true, 'the existing key still works');
    } finally {
      await repo.close();
    }
  });
});
