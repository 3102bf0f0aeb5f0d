import { fileURLToPath } from 'node:url';

/**
 * A real HTTP backend for the adapter and widget tests, mounted in web-test-runner's dev server.
 *
 *   /__api/<scenario>/<run-id>/<contract path>   answers per scenario (see SCENARIOS)
 *   /__api-log/<run-id>                          what the server saw for that run id
 *   POST /__api-log/<run-id>/open                lets the `closed` scenario accept writes from now on
 *
 * Each test uses its own run id, so counters ("fail twice, then succeed") never leak between tests.
 *
 * The contract's answers come from the reference server's own route definitions
 * (server/core/dispatch.ts over the in-memory store, one store per run id, seeded with FIXTURES):
 * what a scenario answers normally is what the server would answer, refusals included. Only the
 * scenarios that test how the adapter copes with bad or foreign answers (broken JSON, HTML, a proxy's
 * 503, an invalid record, a malformed event) answer by hand.
 */

/** The keys of every run's site (test/helpers/api.ts has them too, as TEST_KEYS). */
const KEYS = { network: 'test-network-key', editor: 'test-editor-key', moderator: 'test-moderator-key' };

const PLAN = {
  title: 'Unser 5-Punkte-Plan',
  points: [{ id: 'netzwerk', title: 'Netzwerk', summary: 'Ein lokales Netzwerk aufbauen.', status: 'in-progress' }],
};

const AGENDA = {
  title: 'Werkstattgespräch Musterstadt',
  date: '2027-03-04',
  items: [{ id: 'a', start: '10:30', end: '10:45', title: 'Begrüßung', type: 'welcome' }],
};

/** Each run's store starts with these (checked against the contract's schemas on the way in). */
const FIXTURES = {
  partners: [
    { id: 'p1', name: 'Stadtjugendring Musterstadt', category: 'vereine', type: 'jugendring' },
    { id: 'p2', name: 'Jobcenter Musterstadt', category: 'schule-beruf', type: 'jobcenter' },
  ],
  // `tag 1` and `p 1`: the tests check that ids are percent-encoded in the path.
  agendas: [
    { id: 'tag-1', ...AGENDA },
    { id: 'tag 1', ...AGENDA },
  ],
  boards: [{ id: 'leitfragen', title: 'Leitfragen', questions: [{ id: 'q1', text: 'Wie können relevante Schnittstellen identifiziert werden?' }], cards: [] }],
  // `fuenf-punkte-plan`: the plan id the test widget asks for by default.
  plans: [
    { id: 'plan-1', ...PLAN },
    { id: 'p 1', ...PLAN },
    { id: 'fuenf-punkte-plan', ...PLAN },
  ],
};

/**
 * A partner list with one record the widgets must drop (the category `sport` does not exist): the
 * server never sends such a list (it checks its answers), a hand-edited file or another backend may.
 */
const PARTNERS_WITH_AN_INVALID_ONE = {
  partners: [...FIXTURES.partners, { id: 'p3', name: 'Ohne Kategorie', category: 'sport' }],
};

const runs = new Map();

function logFor(runId) {
  if (!runs.has(runId)) runs.set(runId, { count: 0, times: [], requests: [], aborted: 0, completed: 0 });
  return runs.get(runId);
}

/** The server modules (TypeScript, through tsx in its own namespace), imported once. */
let modules;

async function loadModules() {
  const { register } = await import('tsx/esm/api');
  const api = register({
    namespace: 'ija-test-api',
    tsconfig: fileURLToPath(new URL('../../server/tsconfig.json', import.meta.url)),
  });
  const load = (path) => api.import(new URL(path, import.meta.url).href, import.meta.url);
  const [dispatch, memory, boards, schemas] = await Promise.all([
    load('../../server/core/dispatch.ts'),
    load('../../server/repository/memory.ts'),
    load('../../server/core/services/boards.ts'),
    load('../../src/core/schemas/json-schema.ts'),
  ]);
  return { dispatch, memory, boards, schemas };
}

/** run id -> Promise of that run's dispatcher (its own store, seeded with FIXTURES). */
const backends = new Map();

async function createBackend() {
  modules ??= loadModules();
  const { dispatch, memory, boards, schemas } = await modules;
  const { parse } = await import('zod/mini');
  const valid = (name, value) => parse(schemas.CONTRACT_SCHEMAS[name], value);
  const site = 'default';
  const now = new Date('2027-03-04T12:40:00.000Z');
  const repo = memory.createMemoryRepository();
  await repo.createSite({ id: site, title: 'Browser tests', createdAt: now.toISOString() });
  await repo.replacePartners(site, valid('partner-list', { partners: FIXTURES.partners }).partners);
  for (const agenda of FIXTURES.agendas) await repo.putAgenda(site, valid('agenda', agenda), now);
  for (const board of FIXTURES.boards) await boards.putBoard(repo, site, valid('board', board));
  for (const plan of FIXTURES.plans) await repo.putPlan(site, valid('plan', plan), now);
  return dispatch.createDispatcher({
    repo,
    site,
    keys: KEYS,
    checkAnswers: true,
    // An answer that breaks the contract is a bug in the server's routes: shown, not hidden.
    onError: (error) => console.error('[test-api] the contract failed:', error),
  });
}

function backendFor(runId) {
  let backend = backends.get(runId);
  if (backend === undefined) {
    backend = createBackend();
    backends.set(runId, backend);
    backend.catch(() => backends.delete(runId));
  }
  return backend;
}

function json(ctx, status, body, headers = {}) {
  ctx.status = status;
  ctx.set('content-type', 'application/json; charset=utf-8');
  for (const [name, value] of Object.entries(headers)) ctx.set(name, value);
  ctx.body = JSON.stringify(body);
}

async function readText(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** The contract, as the reference server answers it, from the run's own store. */
async function contract(ctx, { runId, path, text }) {
  let dispatch;
  try {
    dispatch = await backendFor(runId);
  } catch (error) {
    return json(ctx, 500, { error: 'internal', message: String(error?.stack ?? error) });
  }
  const answer = await dispatch({ method: ctx.method, path: path + (ctx.querystring ? `?${ctx.querystring}` : ''), headers: ctx.headers, body: text });
  for (const [name, value] of Object.entries(answer.headers)) ctx.set(name, value);
  ctx.body = answer.body === undefined ? null : JSON.stringify(answer.body);
  // After the body: Koa makes an empty body a 204 (the dispatcher's empty answers are 204 already).
  ctx.status = answer.status;
  return undefined;
}

/**
 * A board's event stream that the server would never send: a card without its fields, a line that
 * is not JSON. Tests that the adapter passes on what parses and skips what does not.
 */
function brokenEventStream(ctx) {
  ctx.respond = false;
  const res = ctx.res;
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
  const lastId = Number(ctx.get('last-event-id') || 0);
  res.write(`id: ${lastId + 1}\ndata: ${JSON.stringify({ type: 'card-added', card: { id: 'c1' } })}\n\n`);
  res.write(`id: ${lastId + 2}\ndata: not json\n\n`);
  res.write(`id: ${lastId + 3}\ndata: ${JSON.stringify({ type: 'card-updated', card: { id: 'c1' } })}\n\n`);
  const timer = setTimeout(() => res.end(), 3000);
  res.on('close', () => clearTimeout(timer));
}

/** scenario -> handler(ctx, request): `request.text` is the body as sent, `request.log` the run's log. */
const SCENARIOS = {
  ok: (ctx, request) => contract(ctx, request),
  /** Answers after 4 s, unless the client gives up first. */
  slow: async (ctx, request) => {
    await new Promise((resolve) => {
      const timer = setTimeout(resolve, 4000);
      ctx.res.on('close', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    if (ctx.res.destroyed || ctx.req.destroyed) return undefined;
    return contract(ctx, request);
  },
  /** A proxy's 503 for the first two requests of a run, then the contract. */
  flaky: (ctx, request) => (request.log.count <= 2 ? json(ctx, 503, { error: 'unavailable' }) : contract(ctx, request)),
  /** A network failure (connection dropped) for the first request, then the contract. */
  drop: (ctx, request) => {
    if (request.log.count === 1) {
      ctx.respond = false;
      ctx.req.socket.destroy();
      return undefined;
    }
    return contract(ctx, request);
  },
  /** Every connection dropped (no answer at all), as when the device is offline. */
  dropall: (ctx) => {
    ctx.respond = false;
    ctx.req.socket.destroy();
    return undefined;
  },
  /** 429 with Retry-After: 1 for the first request, then the contract. */
  ratelimit: (ctx, request) =>
    request.log.count === 1 ? json(ctx, 429, { error: 'too-many-requests' }, { 'retry-after': '1' }) : contract(ctx, request),
  /** 429 asking for an hour: the client must give up rather than hang. */
  ratelimitlong: (ctx) => json(ctx, 429, { error: 'too-many-requests' }, { 'retry-after': '3600' }),
  // Fixed refusals, each as the server words it, for any path: how the adapter treats the status.
  notfound: (ctx) => json(ctx, 404, { error: 'not-found' }),
  forbidden: (ctx) => json(ctx, 403, { error: 'not-yours' }),
  unauthorized: (ctx) => json(ctx, 401, { error: 'unauthorized' }),
  /** A proxy's 503 for every request (the server is down for a while). */
  unavailable: (ctx) => json(ctx, 503, { error: 'unavailable' }),
  /** An id used for something else (the server's 409; a locked board is `locked`). */
  conflict: (ctx) => json(ctx, 409, { error: 'id-conflict' }),
  /** A locked board, as the server refuses writes to it. */
  locked: (ctx) => json(ctx, 423, { error: 'board-locked' }),
  servererror: (ctx) => json(ctx, 500, { error: 'internal' }),
  malformed: (ctx) => {
    ctx.status = 200;
    ctx.set('content-type', 'application/json');
    ctx.body = '{"partners": [';
  },
  html: (ctx) => {
    ctx.status = 200;
    ctx.set('content-type', 'text/html; charset=utf-8');
    ctx.body = '<!doctype html><title>Seite nicht gefunden</title>';
  },
  /** A static file served as text/plain (two valid partners, one invalid). */
  textplain: (ctx) => {
    ctx.status = 200;
    ctx.set('content-type', 'text/plain; charset=utf-8');
    ctx.body = JSON.stringify(PARTNERS_WITH_AN_INVALID_ONE);
  },
  /** The partner list with one invalid record (see PARTNERS_WITH_AN_INVALID_ONE), for any path. */
  invalidpartner: (ctx) => json(ctx, 200, PARTNERS_WITH_AN_INVALID_ONE),
  /** The event stream with records the server never sends (see brokenEventStream), for any path. */
  brokenstream: (ctx) => brokenEventStream(ctx),
  /** Reads work; the first three writes of a run fail with 500 (one save with two retries), then writes work. */
  savefails: (ctx, request) => {
    if (ctx.method === 'GET') return contract(ctx, request);
    request.log.writes = (request.log.writes ?? 0) + 1;
    return request.log.writes <= 3 ? json(ctx, 500, { error: 'internal' }) : contract(ctx, request);
  },
  /** Reads work; every write is refused as on a locked board (423), so an outbox keeps it as rejected. */
  refusewrites: (ctx, request) => (ctx.method === 'GET' ? contract(ctx, request) : json(ctx, 423, { error: 'board-locked' })),
  /** Reads work; writes answer 503 until the test opens the run (POST /__api-log/<run-id>/open), then the contract. */
  closed: (ctx, request) => (ctx.method === 'GET' || request.log.open ? contract(ctx, request) : json(ctx, 503, { error: 'unavailable' })),
  /** Echoes the request headers, to check what the adapter sends. */
  headers: (ctx) => json(ctx, 200, { partners: [], headers: ctx.headers }),
};

export function testApiMiddleware() {
  return async function testApi(ctx, next) {
    const logMatch = ctx.path.match(/^\/__api-log\/([\w-]+)$/);
    if (logMatch) return json(ctx, 200, logFor(logMatch[1]));
    const openMatch = ctx.method === 'POST' && ctx.path.match(/^\/__api-log\/([\w-]+)\/open$/);
    if (openMatch) return json(ctx, 200, Object.assign(logFor(openMatch[1]), { open: true }));
    // `ctx.path` is as sent, percent-encoding included (`/agendas/tag%201`).
    const match = ctx.path.match(/^\/__api\/(\w+)\/([\w-]+)(\/.*)?$/);
    if (!match) return next();
    const [, scenario, runId, path = '/'] = match;
    const handler = SCENARIOS[scenario];
    if (!handler) return json(ctx, 400, { error: `unknown scenario ${scenario}` });
    const log = logFor(runId);
    log.count += 1;
    log.times.push(Date.now());
    const text = ctx.method === 'GET' || ctx.method === 'HEAD' ? undefined : await readText(ctx.req);
    log.requests.push({ method: ctx.method, path, query: ctx.querystring, body: logged(text), headers: ctx.headers });
    ctx.res.on('close', () => {
      if (ctx.res.writableFinished) log.completed += 1;
      else log.aborted += 1;
    });
    await handler(ctx, { log, runId, path, text });
    return undefined;
  };
}

/** The body for the log: parsed when it is JSON, as sent when not (the contract refuses it then). */
function logged(text) {
  if (text === undefined || text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
