/**
 * A real HTTP backend for the adapter tests, mounted in web-test-runner's dev server.
 *
 *   /__api/<scenario>/<run-id>/<contract path>   answers per scenario (see SCENARIOS)
 *   /__api-log/<run-id>                          what the server saw for that run id
 *
 * Each test uses its own run id, so counters ("fail twice, then succeed") never leak between tests.
 */

const runs = new Map();

function logFor(runId) {
  if (!runs.has(runId)) runs.set(runId, { count: 0, times: [], requests: [], aborted: 0, completed: 0 });
  return runs.get(runId);
}

const PARTNERS = {
  partners: [
    { id: 'p1', name: 'Stadtjugendring Musterstadt', category: 'vereine', type: 'jugendring' },
    { id: 'p2', name: 'Jobcenter Musterstadt', category: 'schule-beruf', type: 'jobcenter' },
    { id: 'p3', name: 'Ohne Kategorie', category: 'sport' },
  ],
};

const AGENDA = {
  id: 'tag-1',
  title: 'Werkstattgespräch Musterstadt',
  date: '2027-03-04',
  items: [{ id: 'a', start: '10:30', end: '10:45', title: 'Begrüßung', type: 'welcome' }],
};

const BOARD = {
  id: 'leitfragen',
  title: 'Leitfragen',
  questions: [{ id: 'q1', text: 'Wie können relevante Schnittstellen identifiziert werden?' }],
  cards: [],
};

const PLAN = {
  id: 'plan-1',
  title: 'Unser 5-Punkte-Plan',
  points: [{ id: 'netzwerk', title: 'Netzwerk', summary: 'Ein lokales Netzwerk aufbauen.', status: 'in-progress' }],
};

function json(ctx, status, body, headers = {}) {
  ctx.status = status;
  ctx.set('content-type', 'application/json; charset=utf-8');
  for (const [name, value] of Object.entries(headers)) ctx.set(name, value);
  ctx.body = JSON.stringify(body);
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? undefined : JSON.parse(text);
}

/** The contract, answered with fixed data; writes echo what was sent, shaped like the server would. */
function contract(ctx, path, body) {
  const method = ctx.method;
  if (method === 'GET' && path === '/partners') return json(ctx, 200, PARTNERS);
  if (method === 'POST' && path === '/partners/requests') return json(ctx, 201, { id: body.id, status: 'received' });
  let match = path.match(/^\/agendas\/([^/]+)$/);
  if (match && method === 'GET') return json(ctx, 200, { ...AGENDA, id: decodeURIComponent(match[1]) });
  if (match && method === 'PUT') return json(ctx, 200, body);
  match = path.match(/^\/boards\/([^/]+)$/);
  if (match && method === 'GET') return json(ctx, 200, { ...BOARD, id: decodeURIComponent(match[1]) });
  match = path.match(/^\/boards\/[^/]+\/cards$/);
  if (match && method === 'POST') return json(ctx, 201, { ...body, votes: 0, createdAt: '2027-03-04T13:40:00+01:00' });
  match = path.match(/^\/boards\/[^/]+\/cards\/([^/]+)$/);
  if (match && method === 'PATCH') {
    return json(ctx, 200, { id: match[1], questionId: 'q1', text: 'Idee', votes: 0, createdAt: '2027-03-04T13:40:00+01:00', ...body });
  }
  match = path.match(/^\/boards\/[^/]+\/cards\/([^/]+)\/votes$/);
  if (match && method === 'POST') {
    return json(ctx, 201, { id: match[1], questionId: 'q1', text: 'Idee', votes: 1, createdAt: '2027-03-04T13:40:00+01:00' });
  }
  match = path.match(/^\/boards\/[^/]+\/events$/);
  if (match && method === 'GET') return eventStream(ctx);
  match = path.match(/^\/plans\/([^/]+)$/);
  if (match && method === 'GET') return json(ctx, 200, { ...PLAN, id: decodeURIComponent(match[1]) });
  match = path.match(/^\/plans\/[^/]+\/points\/([^/]+)$/);
  if (match && method === 'PATCH') return json(ctx, 200, { ...PLAN.points[0], id: match[1], ...body });
  return json(ctx, 404, { error: 'not found' });
}

function eventStream(ctx) {
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

/** scenario -> handler(ctx, log, path, body). */
const SCENARIOS = {
  ok: (ctx, log, path, body) => contract(ctx, path, body),
  /** Answers after 4 s, unless the client gives up first. */
  slow: async (ctx, log, path, body) => {
    await new Promise((resolve) => {
      const timer = setTimeout(resolve, 4000);
      ctx.res.on('close', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    if (ctx.res.destroyed || ctx.req.destroyed) return;
    contract(ctx, path, body);
  },
  /** 503 for the first two requests of a run, then the contract. */
  flaky: (ctx, log, path, body) => (log.count <= 2 ? json(ctx, 503, { error: 'busy' }) : contract(ctx, path, body)),
  /** A network failure (connection dropped) for the first request, then the contract. */
  drop: (ctx, log, path, body) => {
    if (log.count === 1) {
      ctx.respond = false;
      ctx.req.socket.destroy();
      return;
    }
    contract(ctx, path, body);
  },
  /** 429 with Retry-After: 1 for the first request, then the contract. */
  ratelimit: (ctx, log, path, body) =>
    log.count === 1 ? json(ctx, 429, { error: 'slow down' }, { 'retry-after': '1' }) : contract(ctx, path, body),
  /** 429 asking for an hour: the client must give up rather than hang. */
  ratelimitlong: (ctx) => json(ctx, 429, { error: 'slow down' }, { 'retry-after': '3600' }),
  notfound: (ctx) => json(ctx, 404, { error: 'not found' }),
  forbidden: (ctx) => json(ctx, 403, { error: 'wrong key' }),
  conflict: (ctx) => json(ctx, 409, { error: 'board locked' }),
  servererror: (ctx) => json(ctx, 500, { error: 'boom' }),
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
  textplain: (ctx) => {
    ctx.status = 200;
    ctx.set('content-type', 'text/plain; charset=utf-8');
    ctx.body = JSON.stringify(PARTNERS);
  },
  /** Reads work; the first three writes of a run fail with 500 (one save with two retries), then writes work. */
  savefails: (ctx, log, path, body) => {
    if (ctx.method === 'GET') return contract(ctx, path, body);
    log.writes = (log.writes ?? 0) + 1;
    return log.writes <= 3 ? json(ctx, 500, { error: 'disk full' }) : contract(ctx, path, body);
  },
  /** Echoes the request headers, to check what the adapter sends. */
  headers: (ctx) => json(ctx, 200, { partners: [], headers: ctx.headers }),
};

export function testApiMiddleware() {
  return async function testApi(ctx, next) {
    const logMatch = ctx.path.match(/^\/__api-log\/([\w-]+)$/);
    if (logMatch) return json(ctx, 200, logFor(logMatch[1]));
    const match = ctx.path.match(/^\/__api\/(\w+)\/([\w-]+)(\/.*)?$/);
    if (!match) return next();
    const [, scenario, runId, path = '/'] = match;
    const handler = SCENARIOS[scenario];
    if (!handler) return json(ctx, 400, { error: `unknown scenario ${scenario}` });
    const log = logFor(runId);
    log.count += 1;
    log.times.push(Date.now());
    let body;
    try {
      body = ctx.method === 'GET' ? undefined : await readBody(ctx.req);
    } catch {
      return json(ctx, 400, { error: 'invalid JSON body' });
    }
    log.requests.push({ method: ctx.method, path, query: ctx.querystring, body, headers: ctx.headers });
    ctx.res.on('close', () => {
      if (ctx.res.writableFinished) log.completed += 1;
      else log.aborted += 1;
    });
    await handler(ctx, log, path, body);
  };
}
