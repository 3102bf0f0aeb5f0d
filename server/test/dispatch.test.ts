import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { API_PREFIX, buildApp, closeGracefully } from '../app.js';
import { parseConfig } from '../config.js';
import { createDispatcher, type Dispatch, type DispatchRequest } from '../core/dispatch.js';
import { rotateKey } from '../keys.js';
import { createMemoryRepository } from '../repository/memory.js';
import { DEFAULT_SITE, ROLES, type Repository, type Role } from '../repository/repository.js';
import { DEMO_AGENDA_ID, DEMO_BOARD_ID, DEMO_PLAN_ID, seedDemo } from '../seed.js';

/**
 * The dispatcher (the contract without a web server, behind Storybook's and the browser tests'
 * fakes) against the real Fastify app: the same requests must get the same statuses and bodies.
 */

/** One clock for both, so card and plan timestamps agree. */
const NOW = new Date('2027-03-04T12:40:00.000Z');

async function seededRepo(): Promise<Repository> {
  const repo = createMemoryRepository();
  await repo.createSite({ id: DEFAULT_SITE, title: 'Default', createdAt: NOW.toISOString() });
  await seedDemo(repo, DEFAULT_SITE, NOW);
  return repo;
}

function testConfig() {
  const parsed = parseConfig([], {});
  if (!('config' in parsed)) throw new Error('no config');
  return { ...parsed.config, writeRate: 1_000_000, log: false, checkResponses: true };
}

interface Answer {
  status: number;
  body: unknown;
}

const BOARD = `/boards/${DEMO_BOARD_ID}`;
const ANNA = { 'x-ija-client': 'anna-client-1' };
const BEN = { 'x-ija-client': 'ben-client-22' };
const json = { 'content-type': 'application/json' };

describe('dispatcher', () => {
  let app: FastifyInstance;
  let keys: Record<Role, string>;
  let dispatch: Dispatch;

  /** The same request to the real app, over HTTP semantics (inject), and its JSON answer. */
  async function viaServer(request: DispatchRequest): Promise<Answer> {
    const response = await app.inject({
      method: request.method as 'GET',
      url: `${API_PREFIX}${request.path}`,
      headers: request.headers as Record<string, string>,
      ...(request.body !== undefined ? { payload: request.body } : {}),
    });
    return { status: response.statusCode, body: response.body === '' ? undefined : (JSON.parse(response.body) as unknown) };
  }

  async function viaDispatcher(request: DispatchRequest): Promise<Answer> {
    const { status, body } = await dispatch(request);
    return { status, body };
  }

  before(async () => {
    const serverRepo = await seededRepo();
    keys = {} as Record<Role, string>;
    for (const role of ROLES) keys[role] = await rotateKey(serverRepo, DEFAULT_SITE, role);
    app = buildApp({ repo: serverRepo, config: testConfig(), now: () => NOW });
    await app.ready();
    dispatch = createDispatcher({ repo: await seededRepo(), keys, now: () => NOW, onError: (error) => assert.fail(String(error)) });
  });

  after(async () => {
    await closeGracefully(app);
  });

  const bearer = (role: Role) => ({ authorization: `Bearer ${keys[role]}` });
  const post = (path: string, headers: Record<string, string>, body: unknown): DispatchRequest => ({
    method: 'POST',
    path,
    headers: { ...json, ...headers },
    body: JSON.stringify(body),
  });
  const card = (id: string, text = 'Den Stadtjugendring einbinden') => ({ id, questionId: 'schnittstellen', text });

  it('answers a locked board with 423 board-locked, exactly as the server', async () => {
    const repo = await seededRepo();
    const own = createDispatcher({ repo, keys: { moderator: 'mod-key' }, now: () => NOW });
    const locked = await own({ method: 'PATCH', path: BOARD, headers: { ...json, authorization: 'Bearer mod-key' }, body: '{"locked":true}' });
    assert.equal(locked.status, 200);
    assert.equal((locked.body as { locked: boolean }).locked, true);
    const refused = await own(post(`${BOARD}/cards`, ANNA, card('c-locked')));
    assert.deepEqual(refused, { status: 423, headers: { 'content-type': 'application/json; charset=utf-8' }, body: { error: 'board-locked' } });
  });

  it('gives the same statuses and bodies as the real server for the same requests', async () => {
    const requests: [label: string, request: DispatchRequest][] = [
      ['partners', { method: 'GET', path: '/partners' }],
      ['board as a participant', { method: 'GET', path: BOARD, headers: ANNA }],
      ['agenda', { method: 'GET', path: `/agendas/${DEMO_AGENDA_ID}` }],
      ['plan', { method: 'GET', path: `/plans/${DEMO_PLAN_ID}` }],
      ['unknown agenda', { method: 'GET', path: '/agendas/gibt-es-nicht' }],
      ['percent-encoded unknown id', { method: 'GET', path: '/plans/p%201' }],
      ['unknown path', { method: 'GET', path: '/nirgends' }],
      ['wrong method', { method: 'DELETE', path: '/partners' }],
      ['add idea', post(`${BOARD}/cards`, ANNA, card('c-1'))],
      ['add idea again (repeat)', post(`${BOARD}/cards`, ANNA, card('c-1'))],
      ['same id, other text', post(`${BOARD}/cards`, ANNA, card('c-1', 'Etwas anderes'))],
      ['add idea without client id', post(`${BOARD}/cards`, {}, card('c-2'))],
      ['bad body', post(`${BOARD}/cards`, ANNA, { id: 'c-3', questionId: 'schnittstellen', text: 5 })],
      ['malformed JSON', { method: 'POST', path: `${BOARD}/cards`, headers: { ...json, ...ANNA }, body: '{"id": ' }],
      ['unknown question', post(`${BOARD}/cards`, ANNA, { id: 'c-4', questionId: 'nope', text: 'x' })],
      ['vote 1', post(`${BOARD}/cards/c-1/votes`, ANNA, { id: 'v-1', value: 1 })],
      ['vote 1 repeated', post(`${BOARD}/cards/c-1/votes`, ANNA, { id: 'v-1', value: 1 })],
      ['vote 2', post(`${BOARD}/cards/c-1/votes`, ANNA, { id: 'v-2', value: 1 })],
      ['vote 3', post(`${BOARD}/cards/c-1/votes`, ANNA, { id: 'v-3', value: 1 })],
      ['vote over the cap', post(`${BOARD}/cards/c-1/votes`, ANNA, { id: 'v-4', value: 1 })],
      ['take back a vote never given', post(`${BOARD}/cards/c-1/votes`, BEN, { id: 'v-5', value: -1 })],
      ['delete somebody else’s idea', { method: 'DELETE', path: `${BOARD}/cards/c-1`, headers: BEN }],
      ['lock without a key', { method: 'PATCH', path: BOARD, headers: json, body: '{"locked":true}' }],
      ['lock with the editor key', { method: 'PATCH', path: BOARD, headers: { ...json, ...bearer('editor') }, body: '{"locked":true}' }],
      ['lock with a wrong key', { method: 'PATCH', path: BOARD, headers: { ...json, authorization: 'Bearer falsch' }, body: '{"locked":true}' }],
      ['lock', { method: 'PATCH', path: BOARD, headers: { ...json, ...bearer('moderator') }, body: '{"locked":true}' }],
      ['add idea on a locked board', post(`${BOARD}/cards`, BEN, card('c-5'))],
      ['vote on a locked board', post(`${BOARD}/cards/c-1/votes`, BEN, { id: 'v-6', value: 1 })],
      ['unlock', { method: 'PATCH', path: BOARD, headers: { ...json, ...bearer('moderator') }, body: '{"locked":false}' }],
      ['add another idea', post(`${BOARD}/cards`, BEN, card('c-6', 'Sportvereine fragen'))],
      ['vote for it', post(`${BOARD}/cards/c-6/votes`, BEN, { id: 'v-7', value: 1 })],
      ['own idea to delete', post(`${BOARD}/cards`, BEN, card('c-7', 'Doch nicht'))],
      ['delete own idea', { method: 'DELETE', path: `${BOARD}/cards/c-7`, headers: BEN }],
      ['delete it again', { method: 'DELETE', path: `${BOARD}/cards/c-7`, headers: BEN }],
      ['merge as participant', post(`${BOARD}/cards/c-6/merge`, BEN, { into: 'c-1' })],
      ['merge', post(`${BOARD}/cards/c-6/merge`, bearer('moderator'), { into: 'c-1' })],
      ['hide as moderator', { method: 'PATCH', path: `${BOARD}/cards/c-1`, headers: { ...json, ...bearer('moderator') }, body: '{"hidden":true}' }],
      ['board as another participant', { method: 'GET', path: BOARD, headers: BEN }],
      ['board with the editor key (not the moderator’s view)', { method: 'GET', path: BOARD, headers: bearer('editor') }],
      ['board as the moderator', { method: 'GET', path: BOARD, headers: bearer('moderator') }],
      ['partners with a wrong key', { method: 'GET', path: '/partners', headers: { authorization: 'Bearer falsch' } }],
      ['agenda save without key', { method: 'PUT', path: `/agendas/${DEMO_AGENDA_ID}`, headers: json, body: '{}' }],
      ['plan point patch', { method: 'PATCH', path: `/plans/${DEMO_PLAN_ID}/points/netzwerk`, headers: { ...json, ...bearer('editor') }, body: '{"status":"done"}' }],
      ['plan point patch without key', { method: 'PATCH', path: `/plans/${DEMO_PLAN_ID}/points/netzwerk`, headers: json, body: '{"status":"done"}' }],
      ['unknown plan point', { method: 'PATCH', path: `/plans/${DEMO_PLAN_ID}/points/nope`, headers: { ...json, ...bearer('editor') }, body: '{"status":"done"}' }],
      ['plan after the patch', { method: 'GET', path: `/plans/${DEMO_PLAN_ID}` }],
      [
        'join request',
        post('/partners/requests', {}, { id: 'j-1', name: 'Verein junger Migrant*innen', category: 'vereine', contactName: 'A. Beispiel', email: 'kontakt@example.org' }),
      ],
      [
        'join request repeated',
        post('/partners/requests', {}, { id: 'j-1', name: 'Verein junger Migrant*innen', category: 'vereine', contactName: 'A. Beispiel', email: 'kontakt@example.org' }),
      ],
      ['join request without email', post('/partners/requests', {}, { id: 'j-2', name: 'Verein', category: 'vereine', contactName: 'A. Beispiel' })],
      ['join requests with the network key', { method: 'GET', path: '/partners/requests', headers: bearer('network') }],
      ['join requests with the moderator key', { method: 'GET', path: '/partners/requests', headers: bearer('moderator') }],
      ['clear', { method: 'DELETE', path: `${BOARD}/cards`, headers: bearer('moderator') }],
    ];
    // The agenda as stored, saved back with and without the editor key, and under another id.
    const agenda = (await viaServer({ method: 'GET', path: `/agendas/${DEMO_AGENDA_ID}` })).body as { id: string; title: string };
    const edited = JSON.stringify({ ...agenda, title: 'Zweite Runde' });
    requests.push(
      ['agenda save without key', { method: 'PUT', path: `/agendas/${DEMO_AGENDA_ID}`, headers: json, body: edited }],
      ['agenda save with the moderator key', { method: 'PUT', path: `/agendas/${DEMO_AGENDA_ID}`, headers: { ...json, ...bearer('moderator') }, body: edited }],
      ['agenda save with the editor key', { method: 'PUT', path: `/agendas/${DEMO_AGENDA_ID}`, headers: { ...json, ...bearer('editor') }, body: edited }],
      ['agenda save under another id', { method: 'PUT', path: '/agendas/anders', headers: { ...json, ...bearer('editor') }, body: edited }],
      ['agenda after the save', { method: 'GET', path: `/agendas/${DEMO_AGENDA_ID}` }],
    );

    const statuses = new Set<number>();
    for (const [label, request] of requests) {
      const server = await viaServer(request);
      const fake = await viaDispatcher(request);
      assert.deepEqual(fake, server, `${label}: ${request.method} ${request.path}`);
      statuses.add(server.status);
    }
    // The sequence reaches every kind of answer, so agreement means something.
    assert.deepEqual([...statuses].sort((a, b) => a - b), [200, 201, 204, 400, 401, 403, 404, 409, 423]);
  });

  it('answers the workshop routes as the server does, passing If-Match and If-None-Match through', async () => {
    const plan = { id: 'plan-d', title: 'Plan', points: [{ id: 'p1', title: 'Eins', summary: 'Kurz', status: 'open', steps: [{ id: 's1', text: 'A', done: false }] }] };
    const board = { id: 'gruppe-d', title: 'Gruppe', questions: [{ id: 'q1', text: 'Frage?' }] };
    const send = (method: string, path: string, headers: Record<string, string>, body?: unknown): DispatchRequest => ({
      method,
      path,
      headers: body !== undefined ? { ...json, ...headers } : headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const steps = '/plans/plan-d/points/p1/steps';
    const source = { boardId: 'gruppe-d', cardId: 'k1', text: 'Idee' };
    const requests: [label: string, request: DispatchRequest][] = [
      ['create a board', send('PUT', '/boards/gruppe-d', bearer('moderator'), board)],
      ['create a board without key', send('PUT', '/boards/gruppe-x', {}, { ...board, id: 'gruppe-x' })],
      ['a card', post('/boards/gruppe-d/cards', ANNA, { id: 'k1', questionId: 'q1', text: 'Idee' })],
      ['another card', post('/boards/gruppe-d/cards', BEN, { id: 'k2', questionId: 'q1', text: 'Noch eine' })],
      ['merge', post('/boards/gruppe-d/cards/k2/merge', bearer('moderator'), { into: 'k1' })],
      ['question in use', send('PUT', '/boards/gruppe-d', bearer('moderator'), { ...board, questions: [{ id: 'q2', text: 'Andere?' }] })],
      ['list boards', send('GET', '/boards', bearer('moderator'))],
      ['list boards with the editor key', send('GET', '/boards', bearer('editor'))],
      ['create a plan', send('PUT', '/plans/plan-d', bearer('editor'), plan)],
      ['a plan that is not there, with If-Match', send('PUT', '/plans/plan-e', { ...bearer('editor'), 'if-match': '"v1"' }, { ...plan, id: 'plan-e' })],
      ['read it', send('GET', '/plans/plan-d', {})],
      ['read it again, not modified', send('GET', '/plans/plan-d', { 'if-none-match': '"v1"' })],
      ['a step', send('POST', steps, bearer('editor'), { id: 's2', text: 'B', position: 0 })],
      ['the step again', send('POST', steps, bearer('editor'), { id: 's2', text: 'B', position: 0 })],
      ['a step by the moderator without source', send('POST', steps, bearer('moderator'), { id: 's3', text: 'C' })],
      ['a step by the moderator with source', send('POST', steps, bearer('moderator'), { id: 's3', text: 'C', source })],
      ['a stale If-Match', send('PATCH', `${steps}/s1`, { ...bearer('editor'), 'if-match': '"v1"' }, { done: true })],
      ['the current If-Match', send('PATCH', `${steps}/s1`, { ...bearer('editor'), 'if-match': '"v3"' }, { done: true, position: 0 })],
      ['an unknown step', send('DELETE', `${steps}/nope`, bearer('editor'))],
      ['delete a step', send('DELETE', `${steps}/s2`, bearer('editor'))],
      ['point patch', send('PATCH', '/plans/plan-d/points/p1', bearer('editor'), { responsible: 'Jugendamt', targetDate: '2027-12-31' })],
      ['self-check', send('PUT', '/plans/plan-d/check', bearer('editor'), { answers: { netzwerk: 'yes' } })],
      ['the plan now', send('GET', '/plans/plan-d', { 'if-none-match': '"v1"' })],
      ['partners, not modified', send('GET', '/partners', { 'if-none-match': (await dispatch({ method: 'GET', path: '/partners' })).headers['etag']! })],
    ];
    const statuses = new Set<number>();
    for (const [label, request] of requests) {
      const response = await app.inject({
        method: request.method as 'GET',
        url: `${API_PREFIX}${request.path}`,
        headers: request.headers as Record<string, string>,
        ...(request.body !== undefined ? { payload: request.body } : {}),
      });
      const fake = await dispatch(request);
      const server = { status: response.statusCode, body: response.body === '' ? undefined : (JSON.parse(response.body) as unknown) };
      assert.deepEqual({ status: fake.status, body: fake.body }, server, `${label}: ${request.method} ${request.path}`);
      assert.equal(fake.headers['etag'], response.headers['etag'], `${label}: ETag`);
      if (fake.headers['etag'] !== undefined) assert.equal(fake.headers['cache-control'], 'no-cache', label);
      statuses.add(server.status);
    }
    assert.deepEqual([...statuses].sort((a, b) => a - b), [200, 201, 304, 401, 404, 409, 412]);
  });

  it('answers the event stream with 404: no streams without a server', async () => {
    const answer = await dispatch({ method: 'GET', path: `${BOARD}/events?client=anna-client-1`, headers: ANNA });
    assert.deepEqual(answer.body, { error: 'not-found' });
    assert.equal(answer.status, 404);
  });

  it('counts any bearer key as every role when it has no keys, and no key as none', async () => {
    const open = createDispatcher({ repo: await seededRepo(), now: () => NOW });
    const lock = (headers: Record<string, string>) => open({ method: 'PATCH', path: BOARD, headers: { ...json, ...headers }, body: '{"locked":true}' });
    const refused = await lock({});
    assert.equal(refused.status, 401);
    assert.equal(refused.headers['www-authenticate'], 'Bearer');
    assert.equal((await lock({ authorization: 'Basic eDp5' })).status, 401);
    assert.equal((await lock({ authorization: 'Bearer storybook' })).status, 200);
    const requests = await open({ method: 'GET', path: '/partners/requests', headers: { authorization: 'Bearer storybook' } });
    assert.deepEqual(requests, { status: 200, headers: { 'content-type': 'application/json; charset=utf-8' }, body: { requests: [] } });
  });

  it('takes headers as a Headers object too, and answers HEAD without a body', async () => {
    const answer = await dispatch({ method: 'HEAD', path: '/partners/requests', headers: new Headers(bearer('network')) });
    assert.deepEqual(answer, { status: 200, headers: {} });
  });

  it('answers an error that is not the contract’s with 500 internal, and reports it', async () => {
    const broken = createMemoryRepository();
    const seen: unknown[] = [];
    broken.listPartners = async () => {
      throw new Error('disk on fire');
    };
    const failing = createDispatcher({ repo: broken, onError: (error) => seen.push(error) });
    assert.deepEqual(await failing({ method: 'GET', path: '/partners' }), {
      status: 500,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: { error: 'internal' },
    });
    assert.equal((seen[0] as Error).message, 'disk on fire');
  });

  it('checks answers against the contract: a stored document the widgets would reject is a 500', async () => {
    const repo = createMemoryRepository();
    await repo.replacePartners(DEFAULT_SITE, [{ id: 'p', name: 'Ohne Kategorie', category: 'sport' as never }]);
    const seen: unknown[] = [];
    const checking = createDispatcher({ repo, onError: (error) => seen.push(error) });
    assert.equal((await checking({ method: 'GET', path: '/partners' })).status, 500);
    assert.match(String(seen[0]), /partner-list/);
    const lenient = createDispatcher({ repo, checkAnswers: false });
    assert.equal((await lenient({ method: 'GET', path: '/partners' })).status, 200);
  });
});
