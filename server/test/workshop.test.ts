import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_PLAN } from '../../src/core/defaults/index.js';
import { parseBoard, type Board, type BoardDefinition, type BoardList, type Card } from '../../src/core/schemas/board.js';
import { parsePlan, type Plan, type PlanCheck, type PlanPoint } from '../../src/core/schemas/plan.js';
import { createKey } from '../keys.js';
import { DEFAULT_SITE, type Role } from '../repository/repository.js';
import { DEMO_AGENDA_ID, DEMO_BOARD_ID, DEMO_PLAN_ID } from '../seed.js';
import { STORE_KINDS, skipReason } from './helpers/stores.js';
import {
  API_CSP,
  apiPath,
  assertApiHeaders,
  assertContractError,
  call,
  issuePaths,
  NOW,
  openStream,
  startTestServer,
  type Answer,
  type CallOptions,
  type EventStream,
  type TestServer,
} from './helpers/test-server.js';

/**
 * The workshop day over HTTP, against the real server: boards the moderator creates and lists,
 * merged ideas, the moderator's live stream, plans with versions (ETag, If-Match, 412), the step
 * routes and the self-check, and the reads widgets poll (ETag, 304). Each route is tried with every
 * kind of caller; a refusal writes nothing.
 */

let uniq = 0;
const fresh = (prefix: string) => `${prefix}-${process.pid}-${++uniq}`;
const client = () => fresh('client');
/**
 * A wrong key from an address of its own (X-Forwarded-For, which this test's server trusts): wrong keys
 * are counted per address, and one test's must not lock out the next.
 */
let addresses = 0;
const ownAddress = () => ({ 'x-forwarded-for': `10.9.${(++addresses >> 8) & 255}.${addresses & 255}` });
const wrongKey = (): CallOptions => ({ key: createKey(), headers: ownAddress() });

const QUESTIONS = [
  { id: 'zugang', text: 'Wie erreichen wir mehr Jugendliche?' },
  { id: 'partner', text: 'Wer fehlt noch im Netzwerk?', hint: 'Vereine, Schulen, Jobcenter' },
];

function boardDefinition(id: string, overrides: Partial<BoardDefinition> = {}): BoardDefinition {
  return { id, title: `Kleingruppe ${id}`, questions: QUESTIONS, ...overrides };
}

function newPlan(id: string): Plan {
  return {
    id,
    title: 'Unser Plan',
    points: [
      {
        id: 'netzwerk',
        title: 'Netzwerk',
        summary: 'Ein lokales Netzwerk aufbauen.',
        status: 'open',
        steps: [
          { id: 's1', text: 'Partner sammeln', done: false },
          { id: 's2', text: 'Treffen planen', done: false },
        ],
      },
    ],
  };
}

/**
 * Every kind of caller, by the key (or client id) it sends, each from an address of its own: a key of
 * another role counts as a wrong key on a route it gives no right to (and wrong keys are limited per address).
 */
function callers(server: TestServer): Record<string, CallOptions> {
  const keys = server.keys[DEFAULT_SITE]!;
  return {
    nobody: { headers: ownAddress() },
    participant: { client: client(), headers: ownAddress() },
    network: { key: keys.network, headers: ownAddress() },
    editor: { key: keys.editor, headers: ownAddress() },
    moderator: { key: keys.moderator, headers: ownAddress() },
    wrong: wrongKey(),
  };
}

function ok(answer: Answer, status = 200): Answer {
  assert.equal(answer.status, status, answer.text);
  return answer;
}

describe('workshop day over HTTP', () => {
  let server: TestServer;
  let keys: Record<Role, string>;
  before(async () => {
    server = await startTestServer({ config: { trustProxy: true } });
    keys = server.keys[DEFAULT_SITE]!;
  });
  after(() => server.close());

  const put = (path: string, body: unknown, options: CallOptions = {}) => call(server, 'PUT', path, { ...options, body });
  const readPlan = async (id: string) => ok(await call(server, 'GET', apiPath('plan', { id }))).body as Plan;
  const createPlan = async (id = fresh('plan')) => {
    ok(await put(apiPath('putPlan', { id }), newPlan(id), { key: keys.editor }), 201);
    return id;
  };
  const stepsPath = (id: string, pointId = 'netzwerk') => apiPath('addPlanStep', { id, pointId });
  const stepPath = (id: string, stepId: string, pointId = 'netzwerk') => apiPath('updatePlanStep', { id, pointId, stepId });

  describe('roles', () => {
    it('lets only the moderator key list, create and change boards', async () => {
      const id = fresh('board');
      for (const [who, options] of Object.entries(callers(server))) {
        const list = await call(server, 'GET', apiPath('boards'), options);
        const create = await put(apiPath('putBoard', { id }), boardDefinition(id), options);
        if (who === 'moderator') {
          ok(list);
          ok(create, 201);
          continue;
        }
        const patch = await call(server, 'PATCH', apiPath('updateBoard', { id: DEMO_BOARD_ID }), { ...options, body: { questions: QUESTIONS } });
        for (const answer of [list, create, patch]) assertContractError(answer, 401, 'unauthorized');
        assert.equal(create.headers.get('www-authenticate'), 'Bearer');
      }
      // The demo board kept its questions.
      const demo = ok(await call(server, 'GET', apiPath('board', { id: DEMO_BOARD_ID }))).body as Board;
      assert.equal(demo.questions.length, 5);
    });

    it('lets only the editor key write plans; the moderator key adds a step only with a source', async () => {
      const id = await createPlan();
      const before = await readPlan(id);
      const source = { boardId: DEMO_BOARD_ID, cardId: 'c-1', text: 'Ein Ferienkalender aller Träger' };
      for (const [who, options] of Object.entries(callers(server))) {
        if (who === 'editor') continue;
        const writes = [
          await put(apiPath('putPlan', { id }), newPlan(id), options),
          await call(server, 'PATCH', apiPath('updatePlanPoint', { id, pointId: 'netzwerk' }), { ...options, body: { status: 'done' } }),
          await call(server, 'POST', stepsPath(id), { ...options, body: { id: fresh('step'), text: 'Ohne Quelle' } }),
          await call(server, 'PATCH', stepPath(id, 's1'), { ...options, body: { done: true } }),
          await call(server, 'DELETE', stepPath(id, 's1'), options),
          await put(apiPath('savePlanCheck', { id }), { answers: { netzwerk: 'yes' } }, options),
        ];
        for (const answer of writes) assertContractError(answer, 401, 'unauthorized');
        const sourced = await call(server, 'POST', stepsPath(id), { ...options, body: { id: fresh('step'), text: 'Mit Quelle', source } });
        if (who !== 'moderator') assertContractError(sourced, 401, 'unauthorized');
      }
      const after = await readPlan(id);
      // Only the moderator's sourced step went in.
      assert.equal(after.version, before.version! + 1);
      assert.deepEqual(
        after.points[0]!.steps!.map((step) => step.text),
        ['Partner sammeln', 'Treffen planen', 'Mit Quelle'],
      );
      assert.deepEqual(after.points[0]!.steps!.at(-1)!.source, source);
    });

    it('reads plans, agendas and partners without a key, as before', async () => {
      for (const path of [apiPath('plan', { id: DEMO_PLAN_ID }), apiPath('agenda', { id: DEMO_AGENDA_ID }), apiPath('partners')]) {
        ok(await call(server, 'GET', path));
        ok(await call(server, 'GET', path, { key: keys.editor }));
        assertContractError(await call(server, 'GET', path, wrongKey()), 401, 'unauthorized');
      }
    });
  });

  describe('boards', () => {
    it('creates a board (201), changes it (200) keeping its ideas, and lists the boards by id', async () => {
      const id = `a-${fresh('board')}`;
      const created = ok(await put(apiPath('putBoard', { id }), boardDefinition(id), { key: keys.moderator }), 201);
      assertApiHeaders(created.headers);
      const board = created.body as Board;
      assert.deepEqual(parseBoard(board).issues, []);
      assert.deepEqual([board.id, board.questions, board.cards, board.settings], [id, QUESTIONS, [], { votesPerPerson: 3, reveal: 'open' }]);

      const alice = client();
      const card = ok(
        await call(server, 'POST', apiPath('addCard', { id }), { client: alice, body: { id: fresh('card'), questionId: 'zugang', text: 'Schulen fragen' } }),
        201,
      ).body as Card;
      const changed = ok(
        await put(apiPath('putBoard', { id }), boardDefinition(id, { title: 'Gruppe Zugänge', settings: { votesPerPerson: 5, reveal: 'moderated' } }), {
          key: keys.moderator,
        }),
      ).body as Board;
      assert.deepEqual([changed.title, changed.settings, changed.cards.map((c) => c.id)], ['Gruppe Zugänge', { votesPerPerson: 5, reveal: 'moderated' }, [card.id]]);

      const list = ok(await call(server, 'GET', apiPath('boards'), { key: keys.moderator })).body as BoardList;
      const ids = list.boards.map((b) => b.id);
      assert.deepEqual(ids, [...ids].sort(), 'ordered by id');
      assert.deepEqual(
        list.boards.find((b) => b.id === id),
        { id, title: 'Gruppe Zugänge', questions: 2, ideas: 1, locked: false },
      );
      assert.ok(ids.includes(DEMO_BOARD_ID));
    });

    it('refuses bad definitions (400) and removing a question with ideas (409 question-in-use), writing nothing', async () => {
      const id = fresh('board');
      const path = apiPath('putBoard', { id });
      const key = keys.moderator;
      assert.deepEqual(issuePaths(await put(path, boardDefinition('anders'), { key })), ['id']);
      assert.deepEqual(issuePaths(await put(path, boardDefinition(id, { questions: [] }), { key })), ['questions']);
      assert.deepEqual(issuePaths(await put(path, boardDefinition(id, { questions: [QUESTIONS[0]!, QUESTIONS[0]!] }), { key })), ['questions']);
      assert.deepEqual(issuePaths(await put(path, { ...boardDefinition(id), title: '' }, { key })), ['title']);
      assertContractError(await call(server, 'GET', apiPath('board', { id })), 404, 'not-found');

      ok(await put(path, boardDefinition(id), { key }), 201);
      ok(
        await call(server, 'POST', apiPath('addCard', { id }), { client: client(), body: { id: fresh('card'), questionId: 'partner', text: 'Jobcenter' } }),
        201,
      );
      const before = ok(await call(server, 'GET', apiPath('board', { id }), { key })).body;
      const conflict = await put(path, boardDefinition(id, { questions: [QUESTIONS[0]!] }), { key });
      assertContractError(conflict, 409, 'question-in-use');
      assert.match(JSON.stringify(conflict.body), /partner/);
      assertContractError(
        await call(server, 'PATCH', apiPath('updateBoard', { id }), { key, body: { questions: [QUESTIONS[0]!], title: 'Neu' } }),
        409,
        'question-in-use',
      );
      assert.deepEqual(ok(await call(server, 'GET', apiPath('board', { id }), { key })).body, before);
      // Removing the question without ideas is fine.
      const patched = ok(await call(server, 'PATCH', apiPath('updateBoard', { id }), { key, body: { questions: [QUESTIONS[1]!] } })).body as Board;
      assert.deepEqual(
        patched.questions.map((q) => q.id),
        ['partner'],
      );
      assertContractError(await call(server, 'PATCH', apiPath('updateBoard', { id: fresh('none') }), { key, body: { title: 'x' } }), 404, 'not-found');
    });

    it('keeps merged texts: in the merge answer, in reads, and hidden with the target in moderated reveal', async () => {
      const id = fresh('board');
      const key = keys.moderator;
      ok(await put(apiPath('putBoard', { id }), boardDefinition(id, { settings: { votesPerPerson: 3, reveal: 'moderated' } }), { key }), 201);
      const alice = client();
      const bob = client();
      const add = async (who: string, text: string) =>
        ok(await call(server, 'POST', apiPath('addCard', { id }), { client: who, body: { id: fresh('card'), questionId: 'zugang', text } }), 201)
          .body as Card;
      const target = await add(alice, 'Ferienkalender');
      const merged = await add(bob, 'Gemeinsamer Kalender');
      const answer = ok(await call(server, 'POST', apiPath('mergeCard', { id, cardId: merged.id }), { key, body: { into: target.id } })).body as Card;
      assert.deepEqual(answer.merged, [{ id: merged.id, text: 'Gemeinsamer Kalender' }]);

      const seen = async (options: CallOptions) => (ok(await call(server, 'GET', apiPath('board', { id }), options)).body as Board).cards;
      assert.deepEqual((await seen({ key }))[0]!.merged, answer.merged);
      assert.deepEqual((await seen({ client: alice }))[0]!.merged, answer.merged);
      const forBob = (await seen({ client: bob }))[0]!;
      assert.deepEqual([forBob.text, forBob.merged], ['…', undefined]);
      assert.equal(JSON.stringify(await seen({})).includes('Kalender'), false, 'no text before the reveal');
      ok(await call(server, 'PATCH', apiPath('updateBoard', { id }), { key, body: { revealed: true } }));
      assert.deepEqual((await seen({ client: bob }))[0]!.merged, answer.merged);
    });
  });

  describe("the moderator's live stream", () => {
    const streams: EventStream[] = [];
    after(() => {
      for (const stream of streams) stream.close();
    });
    const listen = async (id: string, headers: Record<string, string>, query = '') => {
      const stream = await openStream(server, `${apiPath('boardEvents', { id })}${query}`, headers);
      streams.push(stream);
      assert.equal(stream.response.status, 200);
      return stream;
    };

    it('gives the moderator key the moderator view, snapshot and events; participants never get withheld texts', async () => {
      const id = fresh('board');
      const key = keys.moderator;
      ok(await put(apiPath('putBoard', { id }), boardDefinition(id, { settings: { votesPerPerson: 3, reveal: 'moderated' } }), { key }), 201);
      const alice = client();
      const bob = client();
      const hidden = ok(
        await call(server, 'POST', apiPath('addCard', { id }), { client: alice, body: { id: fresh('card'), questionId: 'zugang', text: 'Alices erste Idee' } }),
        201,
      ).body as Card;

      const moderator = await listen(id, { authorization: `Bearer ${key}` });
      const participant = await listen(id, { 'x-ija-client': bob });
      const anonymous = await listen(id, {});
      const snapshot = (await moderator.next()).event;
      assert.ok(snapshot.type === 'board-updated');
      assert.deepEqual(
        snapshot.board.cards.map((c) => [c.id, c.text, c.hidden]),
        [[hidden.id, 'Alices erste Idee', undefined]],
      );
      for (const stream of [participant, anonymous]) {
        const first = (await stream.next()).event;
        assert.ok(first.type === 'board-updated');
        assert.deepEqual(
          first.board.cards.map((c) => [c.text, c.hidden]),
          [['…', true]],
        );
      }

      const second = ok(
        await call(server, 'POST', apiPath('addCard', { id }), { client: alice, body: { id: fresh('card'), questionId: 'zugang', text: 'Alices zweite Idee' } }),
        201,
      ).body as Card;
      const added = (await moderator.next()).event;
      assert.ok(added.type === 'card-added');
      assert.deepEqual([added.card.id, added.card.text], [second.id, 'Alices zweite Idee']);
      for (const stream of [participant, anonymous]) {
        const event = (await stream.next()).event;
        assert.ok(event.type === 'card-added');
        assert.deepEqual([event.card.text, event.card.hidden], ['…', true]);
      }

      // A merge and a PUT come as board-updated: the moderator's with the texts, the others' without.
      ok(await call(server, 'POST', apiPath('mergeCard', { id, cardId: second.id }), { key, body: { into: hidden.id } }));
      const mergedForModerator = (await moderator.next()).event;
      assert.ok(mergedForModerator.type === 'board-updated');
      assert.deepEqual(mergedForModerator.board.cards[0]!.merged, [{ id: second.id, text: 'Alices zweite Idee' }]);
      ok(await put(apiPath('putBoard', { id }), boardDefinition(id, { title: 'Umbenannt', settings: { votesPerPerson: 3, reveal: 'moderated' } }), { key }));
      const renamed = (await moderator.next()).event;
      assert.ok(renamed.type === 'board-updated');
      assert.equal(renamed.board.title, 'Umbenannt');
      for (const stream of [participant, anonymous]) {
        const events = [(await stream.next()).event, (await stream.next()).event];
        assert.deepEqual(
          events.map((event) => event.type),
          ['board-updated', 'board-updated'],
        );
        assert.equal(JSON.stringify(events).includes('Alices'), false, `${JSON.stringify(events)} gives a withheld text away`);
      }

      // A wrong key gets no stream at all.
      const wrong = await openStream(server, apiPath('boardEvents', { id }), {
        authorization: `Bearer ${createKey()}`,
        ...(wrongKey().headers as Record<string, string>),
      });
      streams.push(wrong);
      assert.equal(wrong.response.status, 401);
    });
  });

  describe('plans', () => {
    it('creates (201) and replaces (200) a plan; each write raises the version, also in the ETag', async () => {
      const id = fresh('plan');
      const created = ok(await put(apiPath('putPlan', { id }), { ...newPlan(id), version: 99 }, { key: keys.editor }), 201);
      assert.deepEqual(created.body, { ...newPlan(id), version: 1 });
      const read = await call(server, 'GET', apiPath('plan', { id }));
      assert.equal(read.headers.get('etag'), '"v1"');
      assert.equal(read.headers.get('cache-control'), 'no-cache');
      assert.equal(read.headers.get('content-security-policy'), API_CSP);
      assert.deepEqual(parsePlan(read.body).issues, []);

      const editor = { key: keys.editor };
      const replaced = ok(await put(apiPath('putPlan', { id }), { ...newPlan(id), title: 'Neu' }, editor)).body as Plan;
      assert.equal(replaced.version, 2);
      const point = ok(
        await call(server, 'PATCH', apiPath('updatePlanPoint', { id, pointId: 'netzwerk' }), {
          ...editor,
          body: { title: 'Netzwerk stärken', summary: 'Mehr Partner.', responsible: 'Jugendamt', targetDate: '2027-06-30' },
        }),
      ).body as PlanPoint;
      assert.deepEqual(
        [point.title, point.summary, point.responsible, point.targetDate, point.updatedAt],
        ['Netzwerk stärken', 'Mehr Partner.', 'Jugendamt', '2027-06-30', NOW.toISOString()],
      );
      const cleared = ok(
        await call(server, 'PATCH', apiPath('updatePlanPoint', { id, pointId: 'netzwerk' }), { ...editor, body: { responsible: null, targetDate: null } }),
      ).body as PlanPoint;
      assert.deepEqual([cleared.responsible, cleared.targetDate, cleared.title], [undefined, undefined, 'Netzwerk stärken']);
      const check = ok(await put(apiPath('savePlanCheck', { id }), { answers: { netzwerk: 'yes', anker: 'partly' } }, editor)).body as PlanCheck;
      assert.deepEqual(check, { answers: { netzwerk: 'yes', anker: 'partly' }, updatedAt: NOW.toISOString() });
      const plan = await readPlan(id);
      assert.deepEqual([plan.version, plan.check, plan.title], [5, check, 'Neu']);
      assert.equal((await call(server, 'GET', apiPath('plan', { id }))).headers.get('etag'), '"v5"');
      // The seeded demo plan starts at version 1.
      assert.equal((await call(server, 'GET', apiPath('plan', { id: DEMO_PLAN_ID }))).headers.get('etag'), '"v1"');
      assert.deepEqual(
        (await readPlan(DEMO_PLAN_ID)).points.map((p) => p.id),
        DEFAULT_PLAN.points.map((p) => p.id),
      );
    });

    it('refuses a write with a stale If-Match (412 version-conflict) on every write route, writing nothing', async () => {
      const id = await createPlan();
      ok(await put(apiPath('putPlan', { id }), newPlan(id), { key: keys.editor }));
      const before = await readPlan(id);
      assert.equal(before.version, 2);
      const stale = { key: keys.editor, headers: { 'if-match': '"v1"' } };
      for (const answer of [
        await put(apiPath('putPlan', { id }), { ...newPlan(id), title: 'Überschrieben' }, stale),
        await call(server, 'PATCH', apiPath('updatePlanPoint', { id, pointId: 'netzwerk' }), { ...stale, body: { status: 'done' } }),
        await call(server, 'POST', stepsPath(id), { ...stale, body: { id: fresh('step'), text: 'Neu' } }),
        await call(server, 'PATCH', stepPath(id, 's1'), { ...stale, body: { done: true } }),
        await call(server, 'DELETE', stepPath(id, 's1'), stale),
        await put(apiPath('savePlanCheck', { id }), { answers: {} }, stale),
      ]) {
        assertContractError(answer, 412, 'version-conflict');
      }
      // A plan that does not exist has no version to match.
      const missing = fresh('plan');
      assertContractError(await put(apiPath('putPlan', { id: missing }), newPlan(missing), stale), 412, 'version-conflict');
      assertContractError(await call(server, 'GET', apiPath('plan', { id: missing })), 404, 'not-found');
      assert.deepEqual(await readPlan(id), before);

      const current = { key: keys.editor, headers: { 'if-match': '"v2"' } };
      const done = ok(await call(server, 'PATCH', stepPath(id, 's1'), { ...current, body: { done: true } })).body as PlanPoint;
      assert.equal(done.steps![0]!.done, true);
      assert.equal((await readPlan(id)).version, 3);
    });

    it('adds (201, a repeat 200), renames, ticks, moves and deletes single steps, answering the point', async () => {
      const id = await createPlan();
      const editor = { key: keys.editor };
      const step = { id: fresh('step'), text: 'Einladen', position: 0 };
      const first = ok(await call(server, 'POST', stepsPath(id), { ...editor, body: step }), 201).body as PlanPoint;
      assert.deepEqual(first.steps![0], { id: step.id, text: 'Einladen', done: false });
      const version = (await readPlan(id)).version;
      const repeat = ok(await call(server, 'POST', stepsPath(id), { ...editor, body: { ...step, text: 'Anders' } }), 200).body as PlanPoint;
      assert.deepEqual(repeat, first);
      assert.equal((await readPlan(id)).version, version, 'a repeat writes nothing');

      const renamed = ok(await call(server, 'PATCH', stepPath(id, step.id), { ...editor, body: { text: 'Alle einladen', done: true, position: 9 } })).body as PlanPoint;
      assert.deepEqual(
        renamed.steps!.map((s) => [s.id, s.text, s.done]),
        [
          ['s1', 'Partner sammeln', false],
          ['s2', 'Treffen planen', false],
          [step.id, 'Alle einladen', true],
        ],
      );
      const left = ok(await call(server, 'DELETE', stepPath(id, 's1'), editor)).body as PlanPoint;
      assert.deepEqual(
        left.steps!.map((s) => s.id),
        ['s2', step.id],
      );
      assert.deepEqual((await readPlan(id)).points[0], left);
    });

    it('answers unknown plans, points and steps with 404', async () => {
      const id = await createPlan();
      const key = keys.editor;
      const missing = fresh('nope');
      for (const answer of [
        await call(server, 'POST', stepsPath(missing), { key, body: { id: 'x', text: 'x' } }),
        await call(server, 'POST', stepsPath(id, missing), { key, body: { id: 'x', text: 'x' } }),
        await call(server, 'PATCH', stepPath(id, missing), { key, body: { done: true } }),
        await call(server, 'PATCH', stepPath(id, 's1', missing), { key, body: { done: true } }),
        await call(server, 'DELETE', stepPath(id, missing), { key }),
        await call(server, 'DELETE', stepPath(missing, 's1'), { key }),
        await put(apiPath('savePlanCheck', { id: missing }), { answers: {} }, { key }),
        await call(server, 'PATCH', apiPath('updatePlanPoint', { id, pointId: missing }), { key, body: { status: 'done' } }),
      ]) {
        assertContractError(answer, 404, 'not-found');
      }
      assert.equal((await readPlan(id)).version, 1);
    });

    it('refuses bad bodies (400) with the fields named, writing nothing', async () => {
      const id = await createPlan();
      const key = { key: keys.editor };
      const before = await readPlan(id);
      assert.deepEqual(issuePaths(await put(apiPath('putPlan', { id }), newPlan('anders'), key)), ['id']);
      assert.deepEqual(issuePaths(await put(apiPath('putPlan', { id }), { ...newPlan(id), points: [{ id: 'x' }] }, key)), [
        'points[0].title',
        'points[0].summary',
        'points[0].status',
      ]);
      assert.deepEqual(issuePaths(await call(server, 'POST', stepsPath(id), { ...key, body: { id: 's9' } })), ['text']);
      assert.deepEqual(issuePaths(await call(server, 'POST', stepsPath(id), { ...key, body: { id: 's9', text: 'x', position: -1 } })), ['position']);
      assert.deepEqual(issuePaths(await call(server, 'POST', stepsPath(id), { ...key, body: { id: 's9', text: 'x', source: { boardId: 'b' } } })), [
        'source.cardId',
        'source.text',
      ]);
      assert.deepEqual(issuePaths(await call(server, 'PATCH', stepPath(id, 's1'), { ...key, body: { done: 'ja' } })), ['done']);
      assert.deepEqual(issuePaths(await put(apiPath('savePlanCheck', { id }), { answers: { netzwerk: 'vielleicht' } }, key)), ['answers.netzwerk']);
      assert.deepEqual(
        issuePaths(await call(server, 'PATCH', apiPath('updatePlanPoint', { id, pointId: 'netzwerk' }), { ...key, body: { targetDate: '31.12.2027' } })),
        ['targetDate'],
      );
      assert.deepEqual(
        issuePaths(await call(server, 'PATCH', apiPath('updatePlanPoint', { id, pointId: 'netzwerk' }), { ...key, body: { responsible: 'x'.repeat(201) } })),
        ['responsible'],
      );
      assert.deepEqual(await readPlan(id), before);
    });

    it('keeps both of two editors’ step changes sent at once', async () => {
      const id = await createPlan();
      const editor = { key: keys.editor };
      const answers = await Promise.all([
        call(server, 'PATCH', stepPath(id, 's1'), { ...editor, body: { done: true } }),
        call(server, 'PATCH', stepPath(id, 's2'), { ...editor, body: { text: 'Treffen im Mai' } }),
        call(server, 'POST', stepsPath(id), { ...editor, body: { id: 'von-a', text: 'Von A' } }),
        call(server, 'POST', stepsPath(id), { ...editor, body: { id: 'von-b', text: 'Von B' } }),
      ]);
      for (const answer of answers) assert.ok(answer.status === 200 || answer.status === 201, answer.text);
      const steps = (await readPlan(id)).points[0]!.steps!;
      assert.deepEqual(steps.map((s) => s.id).sort(), ['s1', 's2', 'von-a', 'von-b']);
      assert.deepEqual([steps.find((s) => s.id === 's1')!.done, steps.find((s) => s.id === 's2')!.text], [true, 'Treffen im Mai']);
      assert.equal((await readPlan(id)).version, 5);
    });
  });

  describe('reads cheap to poll', () => {
    it('answer with an ETag and no-cache, 304 without a body to a matching If-None-Match, and a new tag after a change', async () => {
      const planId = await createPlan();
      const polled = [
        { path: apiPath('plan', { id: planId }), change: () => call(server, 'PATCH', apiPath('updatePlanPoint', { id: planId, pointId: 'netzwerk' }), { key: keys.editor, body: { status: 'done' } }) },
        {
          path: apiPath('agenda', { id: DEMO_AGENDA_ID }),
          change: async () => {
            const agenda = ok(await call(server, 'GET', apiPath('agenda', { id: DEMO_AGENDA_ID }))).body as Record<string, unknown>;
            return put(apiPath('saveAgenda', { id: DEMO_AGENDA_ID }), { ...agenda, title: fresh('Werkstatt') }, { key: keys.editor });
          },
        },
        {
          path: apiPath('partners'),
          change: () => call(server, 'POST', apiPath('createPartner'), { key: keys.network, body: { id: fresh('partner'), name: 'Neuer Verein', category: 'vereine' } }),
        },
      ];
      for (const { path, change } of polled) {
        const first = ok(await call(server, 'GET', path));
        const etag = first.headers.get('etag');
        assert.match(etag ?? '', /^"[\w-]+"$/, path);
        assert.equal(first.headers.get('cache-control'), 'no-cache', path);
        assert.equal(first.headers.get('x-content-type-options'), 'nosniff');
        assert.equal(ok(await call(server, 'GET', path)).headers.get('etag'), etag, `${path}: the same content, the same tag`);

        for (const ifNoneMatch of [etag!, `W/${etag}`, `"other", ${etag}`, '*']) {
          const notModified = await call(server, 'GET', path, { headers: { 'if-none-match': ifNoneMatch } });
          assert.equal(notModified.status, 304, `${path} ${ifNoneMatch}`);
          assert.equal(notModified.text, '');
          assert.equal(notModified.headers.get('etag'), etag);
          assert.equal(notModified.headers.get('cache-control'), 'no-cache');
        }
        const head = await call(server, 'HEAD', path, { headers: { 'if-none-match': etag! } });
        assert.equal(head.status, 304);
        ok(await call(server, 'GET', path, { headers: { 'if-none-match': '"something-else"' } }));

        const changedBy = await change();
        assert.ok([200, 201].includes(changedBy.status), `${path}: ${changedBy.status} ${changedBy.text}`);
        const changed = ok(await call(server, 'GET', path, { headers: { 'if-none-match': etag! } }));
        assert.notEqual(changed.headers.get('etag'), etag, `${path}: a new tag after a change`);
        assert.ok(changed.text.length > 0);
      }
    });

    it('keeps every other answer uncached, errors of the polled reads too', async () => {
      assertContractError(await call(server, 'GET', apiPath('plan', { id: fresh('nope') })), 404, 'not-found');
      assertContractError(await call(server, 'GET', apiPath('agenda', { id: fresh('nope') })), 404, 'not-found');
      const write = ok(await call(server, 'PATCH', apiPath('updatePlanPoint', { id: await createPlan(), pointId: 'netzwerk' }), { key: keys.editor, body: { status: 'done' } }));
      assertApiHeaders(write.headers);
      assert.equal(write.headers.get('etag'), null);
      assertApiHeaders(ok(await call(server, 'GET', apiPath('boards'), { key: keys.moderator })).headers);
    });
  });
});

describe('workshop day over HTTP, cross-origin', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ config: { corsOrigins: ['https://www.musterstadt.de'] } });
  });
  after(() => server.close());

  it('allows If-Match and If-None-Match from an allowed origin and shows it the ETag', async () => {
    const preflight = await fetch(`${server.base}${apiPath('putPlan', { id: DEMO_PLAN_ID })}`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://www.musterstadt.de',
        'access-control-request-method': 'PUT',
        'access-control-request-headers': 'authorization, content-type, if-match',
      },
    });
    assert.ok(preflight.status === 204 || preflight.status === 200, String(preflight.status));
    const allowed = (preflight.headers.get('access-control-allow-headers') ?? '').toLowerCase();
    for (const name of ['if-match', 'if-none-match', 'authorization']) assert.ok(allowed.includes(name), allowed);
    const read = await fetch(`${server.base}${apiPath('plan', { id: DEMO_PLAN_ID })}`, { headers: { origin: 'https://www.musterstadt.de' } });
    assert.equal(read.status, 200);
    assert.match(read.headers.get('access-control-expose-headers') ?? '', /etag/i);
  });
});

for (const kind of STORE_KINDS.filter((k) => k !== 'memory')) {
  describe(`workshop day over HTTP (${kind})`, { skip: skipReason(kind) }, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer({ store: kind });
    });
    after(() => server.close());

    it('creates a board and a plan, keeps merged texts, counts versions and answers 304 and 412', async () => {
      const keys = server.keys[DEFAULT_SITE]!;
      const board = ok(await call(server, 'PUT', apiPath('putBoard', { id: 'gruppe-1' }), { key: keys.moderator, body: boardDefinition('gruppe-1') }), 201);
      assert.equal((board.body as Board).id, 'gruppe-1');
      const add = async (text: string) =>
        ok(await call(server, 'POST', apiPath('addCard', { id: 'gruppe-1' }), { client: client(), body: { id: fresh('card'), questionId: 'zugang', text } }), 201)
          .body as Card;
      const a = await add('Eins');
      const b = await add('Zwei');
      ok(await call(server, 'POST', apiPath('mergeCard', { id: 'gruppe-1', cardId: b.id }), { key: keys.moderator, body: { into: a.id } }));
      const read = ok(await call(server, 'GET', apiPath('board', { id: 'gruppe-1' }))).body as Board;
      assert.deepEqual(read.cards[0]!.merged, [{ id: b.id, text: 'Zwei' }]);
      const list = ok(await call(server, 'GET', apiPath('boards'), { key: keys.moderator })).body as BoardList;
      assert.deepEqual(
        list.boards.map((entry) => [entry.id, entry.ideas]),
        [
          ['gruppe-1', 1],
          [DEMO_BOARD_ID, 0],
        ],
      );

      const id = 'plan-x';
      ok(await call(server, 'PUT', apiPath('putPlan', { id }), { key: keys.editor, body: newPlan(id) }), 201);
      ok(await call(server, 'POST', apiPath('addPlanStep', { id, pointId: 'netzwerk' }), { key: keys.editor, body: { id: 's3', text: 'Drei' } }), 201);
      const first = ok(await call(server, 'GET', apiPath('plan', { id })));
      assert.equal(first.headers.get('etag'), '"v2"');
      assert.equal((await call(server, 'GET', apiPath('plan', { id }), { headers: { 'if-none-match': '"v2"' } })).status, 304);
      assertContractError(
        await call(server, 'PUT', apiPath('savePlanCheck', { id }), { key: keys.editor, headers: { 'if-match': '"v1"' }, body: { answers: {} } }),
        412,
        'version-conflict',
      );
      ok(await call(server, 'PUT', apiPath('savePlanCheck', { id }), { key: keys.editor, headers: { 'if-match': '"v2"' }, body: { answers: { a: 'yes' } } }));
      assert.equal((ok(await call(server, 'GET', apiPath('plan', { id }))).body as Plan).version, 3);
    });
  });
}
