import { expect } from '@open-wc/testing';
import { createFetchAdapter } from '../src/core/adapter/fetch-adapter.js';
import { createStaticAdapter, createInlineAdapter } from '../src/core/adapter/static-adapter.js';
import { backoffDelay, parseRetryAfter } from '../src/core/adapter/http.js';
import { IjaAdapterError } from '../src/core/errors.js';
import type { BoardStreamMessage } from '../src/core/adapter/types.js';
import { apiBase, keyHeader, newRunId, rejectionOf, serverLog, testAdapter, waitForLog } from './helpers/api.js';

function expectAdapterError(error: unknown, kind: string): IjaAdapterError {
  expect(error).to.be.instanceOf(IjaAdapterError);
  expect((error as IjaAdapterError).kind).to.equal(kind);
  return error as IjaAdapterError;
}

describe('fetch adapter against a real HTTP server', () => {
  it('reads partners, keeps the valid ones and reports the invalid one by field path', async () => {
    const run = newRunId();
    const { data, issues } = await testAdapter('invalidpartner', run).getPartners();
    expect(data.map((p) => p.id)).to.deep.equal(['p1', 'p2']);
    expect(issues).to.have.length(1);
    expect(issues[0]!.path).to.equal('partners[2].category');
    const log = await serverLog(run);
    expect(log.requests[0]).to.include({ method: 'GET', path: '/partners' });
    expect(log.requests[0]!.headers['accept']).to.equal('application/json');
  });

  it('speaks every route of the REST contract with the right method, path and body', async () => {
    const run = newRunId();
    // As the contract wants it: participants with a client id, saves with the editor's key, moderation with the moderator's.
    const participant = testAdapter('ok', run, { clientId: 'participant-1' });
    const editor = testAdapter('ok', run, { headers: keyHeader('editor') });
    const moderator = testAdapter('ok', run, { headers: keyHeader('moderator') });
    expect((await participant.getAgenda('tag 1')).data.id).to.equal('tag 1');
    const agenda = (await participant.getAgenda('tag-1')).data;
    expect(agenda.timezone).to.equal('Europe/Berlin');
    expect((await editor.saveAgenda(agenda)).data.title).to.equal(agenda.title);
    expect((await participant.getBoard('leitfragen')).data.questions).to.have.length(1);
    const card = await participant.addCard('leitfragen', { id: 'c-1', questionId: 'q1', text: 'Jugendring fragen' });
    expect(card).to.include({ id: 'c-1', votes: 0, mine: true });
    expect(await moderator.updateCard('leitfragen', 'c-1', { insight: true })).to.include({ insight: true });
    expect((await participant.vote('leitfragen', 'c-1', { id: 'v-1', value: 1 })).votes).to.equal(1);
    expect((await participant.getPlan('plan-1')).data.points[0]!.status).to.equal('in-progress');
    expect(await editor.updatePlanPoint('plan-1', 'netzwerk', { status: 'done' })).to.include({ status: 'done' });
    const receipt = await participant.requestToJoin({
      id: 'j-1',
      name: 'Verein junger Migrant*innen',
      category: 'vereine',
      contactName: 'A. Beispiel',
      email: 'kontakt@example.org',
    });
    expect(receipt).to.deep.equal({ id: 'j-1', status: 'received' });

    const seen = (await serverLog(run)).requests.map((r) => `${r.method} ${r.path}`);
    expect(seen).to.deep.equal([
      'GET /agendas/tag%201',
      'GET /agendas/tag-1',
      'PUT /agendas/tag-1',
      'GET /boards/leitfragen',
      'POST /boards/leitfragen/cards',
      'PATCH /boards/leitfragen/cards/c-1',
      'POST /boards/leitfragen/cards/c-1/votes',
      'GET /plans/plan-1',
      'PATCH /plans/plan-1/points/netzwerk',
      'POST /partners/requests',
    ]);
    const post = (await serverLog(run)).requests[4]!;
    expect(post.body).to.deep.equal({ id: 'c-1', questionId: 'q1', text: 'Jugendring fragen' });
    expect(post.headers['content-type']).to.equal('application/json');
  });

  it('refuses what the reference server refuses: a save without the editor key, an idea without a client id', async () => {
    const run = newRunId();
    const anonymous = testAdapter('ok', run);
    const agenda = (await anonymous.getAgenda('tag-1')).data;
    const refused = expectAdapterError(await rejectionOf(anonymous.saveAgenda(agenda)), 'http');
    expect(refused.status).to.equal(401);
    expect(refused.details).to.deep.equal({ error: 'unauthorized' });
    const wrongRole = expectAdapterError(await rejectionOf(testAdapter('ok', run, { headers: keyHeader('moderator') }).saveAgenda(agenda)), 'http');
    expect(wrongRole.status).to.equal(401);
    const invalid = expectAdapterError(await rejectionOf(anonymous.addCard('leitfragen', { id: 'c-1', questionId: 'q1', text: 'Idee' })), 'http');
    expect(invalid.status).to.equal(400);
    expect(invalid.details).to.deep.include({ error: 'invalid' });
  });

  it('gives up after timeoutMs with a timeout error and cancels the request', async () => {
    const run = newRunId();
    const error = await rejectionOf(testAdapter('slow', run, { timeoutMs: 200, retries: 0 }).getPartners());
    expectAdapterError(error, 'timeout');
    const log = await waitForLog(run, (l) => l.aborted === 1);
    expect(log).to.include({ count: 1, aborted: 1 });
  });

  it('retries 5xx with backoff and then succeeds', async () => {
    const run = newRunId();
    const { data } = await testAdapter('flaky', run, { retries: 2 }).getPartners();
    expect(data).to.have.length(2);
    expect((await serverLog(run)).count).to.equal(3);
  });

  it('stops retrying 5xx after `retries` further attempts', async () => {
    const run = newRunId();
    const error = expectAdapterError(await rejectionOf(testAdapter('servererror', run, { retries: 2 }).getPartners()), 'http');
    expect(error.status).to.equal(500);
    expect(error.transient).to.equal(true);
    expect((await serverLog(run)).count).to.equal(3);
  });

  it('retries a dropped connection (network error) and then succeeds', async () => {
    const run = newRunId();
    const { data } = await testAdapter('drop', run, { retries: 1 }).getPartners();
    expect(data).to.have.length(2);
    expect((await serverLog(run)).count).to.equal(2);
  });

  for (const [scenario, status] of [
    ['notfound', 404],
    ['forbidden', 403],
    ['conflict', 409],
    ['locked', 423],
  ] as const) {
    it(`never retries a ${status}, and keeps the server's reason`, async () => {
      const run = newRunId();
      const error = expectAdapterError(await rejectionOf(testAdapter(scenario, run, { retries: 3 }).getBoard('b')), 'http');
      expect(error.status).to.equal(status);
      expect(error.details).to.have.property('error');
      expect(error.transient).to.equal(false);
      expect((await serverLog(run)).count).to.equal(1);
    });
  }

  it('waits as long as Retry-After asks on 429, then succeeds', async () => {
    const run = newRunId();
    const { data } = await testAdapter('ratelimit', run, { retries: 1, retryDelayMs: 1 }).getPartners();
    expect(data).to.have.length(2);
    const log = await serverLog(run);
    expect(log.count).to.equal(2);
    expect(log.times[1]! - log.times[0]!).to.be.at.least(950);
  });

  it('does not hang when Retry-After is longer than maxRetryDelayMs', async () => {
    const run = newRunId();
    const error = expectAdapterError(await rejectionOf(testAdapter('ratelimitlong', run).getPartners()), 'http');
    expect(error.status).to.equal(429);
    expect(error.retryAfterMs).to.equal(3_600_000);
    expect((await serverLog(run)).count).to.equal(1);
  });

  it('reports malformed JSON as invalid data, without retrying', async () => {
    const run = newRunId();
    const error = expectAdapterError(await rejectionOf(testAdapter('malformed', run).getPartners()), 'invalid-data');
    expect(error.message).to.contain('Malformed JSON');
    expect((await serverLog(run)).count).to.equal(1);
  });

  it('refuses a non-JSON content type (an HTML page where the API should be)', async () => {
    const error = expectAdapterError(await rejectionOf(testAdapter('html', newRunId()).getPartners()), 'invalid-data');
    expect(error.message).to.contain('text/html');
  });

  it('reports a wholly invalid document as invalid data with the field paths', async () => {
    const adapter = createInlineAdapter('{"id": "x", "questions": []}');
    const error = expectAdapterError(await rejectionOf(adapter.getBoard('x')), 'invalid-data');
    expect(error.issues.map((i) => i.path)).to.include('title');
  });

  it('aborts a pending request when the caller aborts, and the server sees it', async () => {
    const run = newRunId();
    const controller = new AbortController();
    const pending = testAdapter('slow', run).getPartners({ signal: controller.signal });
    await waitForLog(run, (l) => l.count === 1);
    controller.abort();
    const error = await rejectionOf(pending);
    expect((error as DOMException).name).to.equal('AbortError');
    expect((await waitForLog(run, (l) => l.aborted === 1)).aborted).to.equal(1);
  });

  it('reports an unreachable host as a network error', async () => {
    const adapter = createFetchAdapter({ baseUrl: 'http://127.0.0.1:9/api', retries: 0 });
    expectAdapterError(await rejectionOf(adapter.getPartners()), 'network');
  });

  it('sends headers from a function per request, and maps paths and responses for other backends', async () => {
    const run = newRunId();
    let calls = 0;
    const adapter = createFetchAdapter({
      baseUrl: '/wp-json/ija/v1',
      headers: () => ({ 'x-ija-key': `key-${++calls}` }),
      mapPath: (route, _params, path) => (route === 'partners' ? `${location.origin}${apiBase('headers', run)}/netzwerk` : path),
      mapResponse: (_route, body) => ({ partners: [{ id: 'x', name: 'Aus WordPress', category: 'politik' }], raw: body }),
    });
    const { data } = await adapter.getPartners();
    expect(data[0]!.name).to.equal('Aus WordPress');
    await adapter.getPartners();
    const log = await serverLog(run);
    expect(log.requests.map((r) => r.path)).to.deep.equal(['/netzwerk', '/netzwerk']);
    expect(log.requests.map((r) => r.headers['x-ija-key'])).to.deep.equal(['key-1', 'key-2']);
  });

  it('uses an injected fetch', async () => {
    const seen: string[] = [];
    const adapter = createFetchAdapter({
      baseUrl: 'https://backend.example',
      fetch: async (input) => {
        seen.push(String(input));
        return new Response('{"partners": []}', { headers: { 'content-type': 'application/json' } });
      },
    });
    expect((await adapter.getPartners()).data).to.deep.equal([]);
    expect(seen).to.deep.equal(['https://backend.example/partners']);
  });

  it('speaks the live-board routes and sends the client id with every request', async () => {
    const seen: { method: string; url: string; client: string | null; auth: string | null; body: unknown }[] = [];
    const card = { id: 'c-2', questionId: 'q1', text: 'Idee', votes: 2, createdAt: '2027-03-04T13:40:00+01:00' };
    const board = { id: 'b 1', title: 'Leitfragen', questions: [{ id: 'q1', text: 'Frage' }], cards: [card] };
    const answers: Record<string, Response | (() => Response)> = {
      'PATCH /boards/b%201': Response.json({ ...board, locked: true }),
      'DELETE /boards/b%201/cards/c-1': new Response(null, { status: 204 }),
      'POST /boards/b%201/cards/c-1/merge': Response.json(card),
      'DELETE /boards/b%201/cards': Response.json({ ...board, cards: [] }),
      'GET /partners/requests': Response.json({ requests: [] }),
    };
    const adapter = createFetchAdapter({
      baseUrl: 'https://backend.example/api/',
      clientId: 'client-1234',
      headers: async () => ({ authorization: 'Bearer k' }),
      fetch: async (input, init) => {
        const url = new URL(String(input));
        const headers = new Headers(init?.headers);
        const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
        seen.push({ method: init?.method ?? 'GET', url: url.pathname, client: headers.get('x-ija-client'), auth: headers.get('authorization'), body });
        const answer = answers[`${init?.method ?? 'GET'} ${url.pathname.replace(/^\/api/, '')}`];
        return typeof answer === 'function' ? answer() : (answer ?? Response.json({ error: 'not-found' }, { status: 404 }));
      },
    });
    expect((await adapter.updateBoard('b 1', { locked: true })).data.locked).to.equal(true);
    expect(await adapter.deleteCard('b 1', 'c-1')).to.equal(undefined);
    expect(await adapter.mergeCard('b 1', 'c-1', 'c-2')).to.deep.equal(card);
    expect((await adapter.clearBoard('b 1')).data.cards).to.deep.equal([]);
    expect(await adapter.listJoinRequests()).to.deep.equal({ requests: [] });
    expect(seen.map((r) => `${r.method} ${r.url}`)).to.deep.equal([
      'PATCH /api/boards/b%201',
      'DELETE /api/boards/b%201/cards/c-1',
      'POST /api/boards/b%201/cards/c-1/merge',
      'DELETE /api/boards/b%201/cards',
      'GET /api/partners/requests',
    ]);
    expect(seen.map((r) => r.body)).to.deep.equal([{ locked: true }, undefined, { into: 'c-2' }, undefined, undefined]);
    expect(seen.every((r) => r.client === 'client-1234' && r.auth === 'Bearer k')).to.equal(true);
  });

  it('passes the client id to the event stream in the query (EventSource sends no headers)', async () => {
    const run = newRunId();
    const adapter = testAdapter('brokenstream', run, { clientId: 'client/ä 1234' });
    const messages: BoardStreamMessage[] = [];
    const subscription = adapter.subscribeBoard!('leitfragen', { onMessage: (m) => messages.push(m) });
    const until = Date.now() + 3000;
    while (messages.length < 1 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    subscription.close();
    const request = (await serverLog(run)).requests[0]!;
    expect(request.path).to.equal('/boards/leitfragen/events');
    expect(request.query).to.equal(`client=${encodeURIComponent('client/ä 1234')}`);
  });

  it('streams board events, skipping malformed ones', async () => {
    const run = newRunId();
    const messages: BoardStreamMessage[] = [];
    const adapter = testAdapter('brokenstream', run);
    const subscription = adapter.subscribeBoard!('leitfragen', { onMessage: (m) => messages.push(m) });
    const until = Date.now() + 3000;
    while (messages.length < 2 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    subscription.close();
    expect(messages.map((m) => m.type)).to.deep.equal(['card-added', 'card-updated']);
    expect(messages.map((m) => m.lastEventId)).to.deep.equal(['1', '3']);
    expect((await serverLog(run)).requests[0]!.path).to.equal('/boards/leitfragen/events');
  });
});

describe('static and inline adapters', () => {
  it('reads a static JSON file even when served as text/plain', async () => {
    const adapter = createStaticAdapter(`${apiBase('textplain', newRunId())}/netzwerk.json`);
    expect((await adapter.getPartners()).data).to.have.length(2);
  });

  it('refuses an HTML page served instead of the JSON file', async () => {
    const adapter = createStaticAdapter(`${apiBase('html', newRunId())}/netzwerk.json`, { retries: 0 });
    expectAdapterError(await rejectionOf(adapter.getPartners()), 'invalid-data');
  });

  it('refuses writes with a read-only error', async () => {
    const adapter = createInlineAdapter('{"partners": []}');
    expect(adapter.writable).to.equal(false);
    expectAdapterError(await rejectionOf(adapter.updatePlanPoint('p', 'x', { status: 'done' })), 'read-only');
    for (const write of [
      adapter.updateBoard('b', { locked: true }),
      adapter.deleteCard('b', 'c'),
      adapter.mergeCard('b', 'c', 'd'),
      adapter.clearBoard('b'),
      adapter.listJoinRequests(),
    ]) {
      expectAdapterError(await rejectionOf(write), 'read-only');
    }
  });

  it('reports malformed inline JSON as invalid data', async () => {
    expectAdapterError(await rejectionOf(createInlineAdapter('{ nope').getPartners()), 'invalid-data');
  });
});

describe('retry timing', () => {
  it('parses Retry-After as seconds or an HTTP date', () => {
    expect(parseRetryAfter('2')).to.equal(2000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4000)).to.equal(6000);
    expect(parseRetryAfter(null)).to.equal(undefined);
    expect(parseRetryAfter('soon')).to.equal(undefined);
  });

  it('doubles the backoff per attempt, with jitter, up to the maximum', () => {
    for (let attempt = 0; attempt < 6; attempt++) {
      const full = Math.min(5000, 500 * 2 ** attempt);
      const delay = backoffDelay(attempt, 500, 5000);
      expect(delay).to.be.within(full / 2, full);
    }
  });
});

describe('per-request client id', () => {
  it('sends X-Ija-Client for one request, over the configured one', async () => {
    const seen: (string | null)[] = [];
    const adapter = createFetchAdapter({
      baseUrl: 'https://backend.example',
      clientId: 'configured-id',
      fetch: async (_input, init) => {
        seen.push(new Headers(init?.headers).get('x-ija-client'));
        return new Response('{"partners": []}', { headers: { 'content-type': 'application/json' } });
      },
    });
    await adapter.getPartners({ clientId: 'per-request-id' });
    await adapter.getPartners();
    expect(seen).to.deep.equal(['per-request-id', 'configured-id']);
  });
});
