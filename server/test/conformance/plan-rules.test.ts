import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_PLAN } from '../../../src/core/defaults/index.js';
import { parsePlan, type Plan, type PlanPoint } from '../../../src/core/schemas/plan.js';
import { createDispatcher } from '../../core/dispatch.js';
import { ApiError } from '../../core/errors.js';
import type { Conditions } from '../../core/route.js';
import { addPlanStep, deletePlanStep, patchPlanPoint, savePlan, savePlanCheck, updatePlanStep } from '../../core/services/plans.js';
import type { Repository } from '../../repository/repository.js';
import { forEachStore } from '../helpers/stores.js';

/**
 * The rules for five-point plans (server/core/services/plans.ts) over every store: create and
 * replace, the version every write raises and If-Match checks, the point patch, the single-step
 * routes (also two editors at once), the moderator's steps from a board, the self-check.
 */

const SITE = 'default';
const OTHER = 'musterdorf';
const NOW = new Date('2025-03-01T12:00:00.000Z');
const LATER = new Date('2025-03-02T08:15:00.000Z');
const PLAN_ID = 'plan-1';
const KEYS = { network: 'network-key', editor: 'editor-key', moderator: 'moderator-key' };

function plan(overrides: Partial<Plan> = {}): Plan {
  return {
    id: PLAN_ID,
    title: 'Unser Plan',
    points: [
      {
        id: 'netzwerk',
        title: 'Netzwerk',
        summary: 'Ein lokales Netzwerk aufbauen.',
        status: 'in-progress',
        steps: [
          { id: 's1', text: 'Partner sammeln', done: true },
          { id: 's2', text: 'Treffen planen', done: false },
        ],
        responsible: 'Jugendamt',
        targetDate: '2025-09-30',
      },
      { id: 'anker', title: 'Verankern', summary: 'Im Jugendhilfeausschuss beschließen.', status: 'open' },
    ],
    ...overrides,
  };
}

async function refused(write: Promise<unknown>, status: number, code: string): Promise<ApiError> {
  let caught: unknown;
  await assert.rejects(write, (error: unknown) => {
    caught = error;
    return true;
  });
  assert.ok(caught instanceof ApiError, `expected an ApiError, got ${String(caught)}`);
  assert.deepEqual([caught.status, caught.code], [status, code]);
  return caught;
}

async function withPlan(open: () => Promise<Repository>): Promise<Repository> {
  const repo = await open();
  for (const id of [SITE, OTHER]) await repo.createSite({ id, title: id, createdAt: NOW.toISOString() });
  await savePlan(repo, SITE, PLAN_ID, plan(), NOW);
  return repo;
}

const ifMatch = (version: number | string): Conditions => ({ ifMatch: typeof version === 'number' ? `"v${version}"` : version });

forEachStore('plan rules', (open) => {
  const stored = async (repo: Repository) => {
    const found = await repo.getPlan(SITE, PLAN_ID);
    assert.ok(found, 'the plan exists');
    assert.deepEqual(parsePlan(JSON.parse(JSON.stringify(found))).issues, []);
    return found;
  };
  const point = async (repo: Repository, id = 'netzwerk') => (await stored(repo)).points.find((p) => p.id === id)!;
  const stepIds = (p: PlanPoint) => (p.steps ?? []).map((step) => step.id);

  describe('PUT /plans/{id}', () => {
    it('creates a plan at version 1, then replaces it as its next version; the body version is ignored', async () => {
      const repo = await open();
      await repo.createSite({ id: SITE, title: SITE, createdAt: NOW.toISOString() });
      const created = await savePlan(repo, SITE, PLAN_ID, plan({ version: 42 }), NOW);
      assert.equal(created.created, true);
      assert.deepEqual(created.plan, { ...plan(), version: 1 });
      assert.deepEqual(await stored(repo), created.plan);

      const replaced = await savePlan(repo, SITE, PLAN_ID, plan({ title: 'Neuer Titel', points: [plan().points[1]!], version: 1 }), LATER);
      assert.equal(replaced.created, false);
      assert.deepEqual(replaced.plan, { ...plan({ title: 'Neuer Titel', points: [plan().points[1]!] }), version: 2 });
      assert.deepEqual(await stored(repo), replaced.plan);
      assert.equal(await repo.getPlan(OTHER, PLAN_ID), undefined);
    });

    it('keeps the stored self-check when the body has none, stamps a given one without a time', async () => {
      const repo = await withPlan(open);
      const check = await savePlanCheck(repo, SITE, PLAN_ID, { answers: { a: 'yes' } }, NOW);
      const { plan: kept } = await savePlan(repo, SITE, PLAN_ID, plan({ title: 'Anders' }), LATER);
      assert.deepEqual(kept.check, check);
      const { plan: given } = await savePlan(repo, SITE, PLAN_ID, plan({ check: { answers: { b: 'no' } } }), LATER);
      assert.deepEqual(given.check, { answers: { b: 'no' }, updatedAt: LATER.toISOString() });
      assert.deepEqual((await stored(repo)).check, given.check);
    });

    it('refuses a body whose id differs from the path (400), storing nothing', async () => {
      const repo = await withPlan(open);
      const error = await refused(savePlan(repo, SITE, 'anders', plan(), NOW), 400, 'invalid');
      assert.deepEqual(
        error.issues?.map((issue) => issue.path),
        ['id'],
      );
      assert.equal(await repo.getPlan(SITE, 'anders'), undefined);
      assert.equal((await stored(repo)).version, 1);
    });

    it('checks If-Match: the current version replaces, another one or a new plan is 412, nothing written', async () => {
      const repo = await withPlan(open);
      await refused(savePlan(repo, SITE, PLAN_ID, plan({ title: 'Alt' }), NOW, ifMatch(7)), 412, 'version-conflict');
      await refused(savePlan(repo, SITE, PLAN_ID, plan({ title: 'Alt' }), NOW, ifMatch('W/"v1"')), 412, 'version-conflict');
      await refused(savePlan(repo, SITE, 'neu', plan({ id: 'neu' }), NOW, ifMatch(1)), 412, 'version-conflict');
      assert.equal(await repo.getPlan(SITE, 'neu'), undefined);
      assert.deepEqual(await stored(repo), { ...plan(), version: 1 });
      assert.equal((await savePlan(repo, SITE, PLAN_ID, plan({ title: 'Eins' }), NOW, ifMatch(1))).plan.version, 2);
      assert.equal((await savePlan(repo, SITE, PLAN_ID, plan({ title: 'Zwei' }), NOW, ifMatch('"v1", "v2"'))).plan.version, 3);
      assert.equal((await savePlan(repo, SITE, PLAN_ID, plan({ title: 'Drei' }), NOW, ifMatch('*'))).plan.version, 4);
      assert.equal((await stored(repo)).title, 'Drei');
    });

    it('two editors creating the same plan at once: one creates it, the other replaces it', async () => {
      const repo = await open();
      await repo.createSite({ id: SITE, title: SITE, createdAt: NOW.toISOString() });
      const results = await Promise.all([savePlan(repo, SITE, PLAN_ID, plan({ title: 'A' }), NOW), savePlan(repo, SITE, PLAN_ID, plan({ title: 'B' }), NOW)]);
      assert.deepEqual(results.map((r) => r.created).sort(), [false, true]);
      assert.deepEqual(results.map((r) => r.plan.version).sort(), [1, 2]);
      assert.equal((await stored(repo)).version, 2);
    });
  });

  describe('versions', () => {
    it('every write raises the version by one; a stale If-Match is refused (412) on every write route, nothing written', async () => {
      const repo = await withPlan(open);
      await patchPlanPoint(repo, SITE, PLAN_ID, 'netzwerk', { status: 'done' }, NOW);
      await addPlanStep(repo, SITE, PLAN_ID, 'netzwerk', { id: 's3', text: 'Einladen' }, NOW);
      await updatePlanStep(repo, SITE, PLAN_ID, 'netzwerk', 's3', { done: true }, NOW);
      await deletePlanStep(repo, SITE, PLAN_ID, 'netzwerk', 's3', NOW);
      await savePlanCheck(repo, SITE, PLAN_ID, { answers: { x: 'partly' } }, NOW);
      await savePlan(repo, SITE, PLAN_ID, plan(), NOW);
      assert.equal((await stored(repo)).version, 7);

      const before = await stored(repo);
      const stale = ifMatch(6);
      await refused(patchPlanPoint(repo, SITE, PLAN_ID, 'netzwerk', { status: 'open' }, LATER, stale), 412, 'version-conflict');
      await refused(addPlanStep(repo, SITE, PLAN_ID, 'netzwerk', { id: 's9', text: 'Nein' }, LATER, stale), 412, 'version-conflict');
      await refused(updatePlanStep(repo, SITE, PLAN_ID, 'netzwerk', 's1', { done: false }, LATER, stale), 412, 'version-conflict');
      await refused(deletePlanStep(repo, SITE, PLAN_ID, 'netzwerk', 's1', LATER, stale), 412, 'version-conflict');
      await refused(savePlanCheck(repo, SITE, PLAN_ID, { answers: {} }, LATER, stale), 412, 'version-conflict');
      await refused(savePlan(repo, SITE, PLAN_ID, plan({ title: 'Nein' }), LATER, stale), 412, 'version-conflict');
      assert.deepEqual(await stored(repo), before);

      const current = ifMatch(7);
      assert.equal((await patchPlanPoint(repo, SITE, PLAN_ID, 'netzwerk', { status: 'open' }, LATER, current)).status, 'open');
      assert.equal((await stored(repo)).version, 8);
    });

    it('answers 404 for an unknown plan, point or step before anything else, changing nothing', async () => {
      const repo = await withPlan(open);
      const before = await stored(repo);
      await refused(patchPlanPoint(repo, SITE, 'nope', 'netzwerk', { status: 'done' }, NOW), 404, 'not-found');
      await refused(patchPlanPoint(repo, SITE, PLAN_ID, 'nope', { status: 'done' }, NOW), 404, 'not-found');
      await refused(patchPlanPoint(repo, OTHER, PLAN_ID, 'netzwerk', { status: 'done' }, NOW), 404, 'not-found');
      await refused(addPlanStep(repo, SITE, 'nope', 'netzwerk', { id: 's9', text: 'x' }, NOW), 404, 'not-found');
      await refused(addPlanStep(repo, SITE, PLAN_ID, 'nope', { id: 's9', text: 'x' }, NOW), 404, 'not-found');
      await refused(updatePlanStep(repo, SITE, PLAN_ID, 'netzwerk', 'nope', { done: true }, NOW), 404, 'not-found');
      await refused(updatePlanStep(repo, SITE, PLAN_ID, 'anker', 's1', { done: true }, NOW), 404, 'not-found');
      await refused(deletePlanStep(repo, SITE, PLAN_ID, 'netzwerk', 'nope', NOW), 404, 'not-found');
      await refused(deletePlanStep(repo, SITE, 'nope', 'netzwerk', 's1', NOW), 404, 'not-found');
      await refused(savePlanCheck(repo, SITE, 'nope', { answers: {} }, NOW), 404, 'not-found');
      assert.deepEqual(await stored(repo), before);
    });
  });

  describe('point patch', () => {
    it('changes title, summary, responsible and target date; null removes the last two; other points stay', async () => {
      const repo = await withPlan(open);
      const changed = await patchPlanPoint(
        repo,
        SITE,
        PLAN_ID,
        'netzwerk',
        { title: 'Netzwerk stärken', summary: 'Mehr Partner.', responsible: 'Stadtjugendring', targetDate: '2026-01-31' },
        NOW,
      );
      assert.deepEqual(changed, {
        ...plan().points[0]!,
        title: 'Netzwerk stärken',
        summary: 'Mehr Partner.',
        responsible: 'Stadtjugendring',
        targetDate: '2026-01-31',
        updatedAt: NOW.toISOString(),
      });
      const removed = await patchPlanPoint(repo, SITE, PLAN_ID, 'netzwerk', { responsible: null, targetDate: null }, LATER);
      assert.equal('responsible' in removed, false);
      assert.equal('targetDate' in removed, false);
      assert.deepEqual([removed.title, removed.status, removed.updatedAt], ['Netzwerk stärken', 'in-progress', LATER.toISOString()]);
      const kept = await patchPlanPoint(repo, SITE, PLAN_ID, 'anker', { status: 'done' }, LATER);
      assert.deepEqual(kept, { ...plan().points[1]!, status: 'done', updatedAt: LATER.toISOString() });
      assert.deepEqual(await point(repo), removed);
      assert.equal((await stored(repo)).version, 4);
    });
  });

  describe('steps', () => {
    it('adds a step at the end or at a clamped position; the same id again is answered unchanged (no new version)', async () => {
      const repo = await withPlan(open);
      const first = await addPlanStep(repo, SITE, PLAN_ID, 'netzwerk', { id: 's3', text: 'Einladen' }, NOW);
      assert.equal(first.created, true);
      assert.deepEqual(first.point.steps?.at(-1), { id: 's3', text: 'Einladen', done: false });
      assert.equal(first.point.updatedAt, NOW.toISOString());
      assert.deepEqual(stepIds(first.point), ['s1', 's2', 's3']);
      assert.deepEqual(stepIds((await addPlanStep(repo, SITE, PLAN_ID, 'netzwerk', { id: 's0', text: 'Vorher', position: 0, done: true }, NOW)).point), [
        's0',
        's1',
        's2',
        's3',
      ]);
      assert.deepEqual(stepIds((await addPlanStep(repo, SITE, PLAN_ID, 'netzwerk', { id: 's4', text: 'Zuletzt', position: 99 }, NOW)).point), [
        's0',
        's1',
        's2',
        's3',
        's4',
      ]);
      // A point without steps gets its first.
      assert.deepEqual((await addPlanStep(repo, SITE, PLAN_ID, 'anker', { id: 'a1', text: 'Antrag', position: 3 }, NOW)).point.steps, [
        { id: 'a1', text: 'Antrag', done: false },
      ]);
      const version = (await stored(repo)).version;
      const repeat = await addPlanStep(repo, SITE, PLAN_ID, 'netzwerk', { id: 's3', text: 'Anderer Text', position: 0 }, LATER, ifMatch(1));
      assert.equal(repeat.created, false);
      assert.deepEqual(repeat.point, await point(repo));
      assert.equal(repeat.point.steps!.find((s) => s.id === 's3')!.text, 'Einladen');
      assert.equal((await stored(repo)).version, version, 'a repeat writes nothing');
    });

    it('renames, ticks and moves one step (position clamped); the others keep their order', async () => {
      const repo = await withPlan(open);
      await addPlanStep(repo, SITE, PLAN_ID, 'netzwerk', { id: 's3', text: 'Einladen' }, NOW);
      const renamed = await updatePlanStep(repo, SITE, PLAN_ID, 'netzwerk', 's2', { text: 'Treffen im Mai' }, NOW);
      assert.deepEqual(renamed.steps, [
        { id: 's1', text: 'Partner sammeln', done: true },
        { id: 's2', text: 'Treffen im Mai', done: false },
        { id: 's3', text: 'Einladen', done: false },
      ]);
      const ticked = await updatePlanStep(repo, SITE, PLAN_ID, 'netzwerk', 's3', { done: true }, LATER);
      assert.deepEqual(ticked.steps![2], { id: 's3', text: 'Einladen', done: true });
      assert.equal(ticked.updatedAt, LATER.toISOString());
      assert.deepEqual(stepIds(await updatePlanStep(repo, SITE, PLAN_ID, 'netzwerk', 's3', { position: 0 }, LATER)), ['s3', 's1', 's2']);
      assert.deepEqual(stepIds(await updatePlanStep(repo, SITE, PLAN_ID, 'netzwerk', 's3', { position: 50 }, LATER)), ['s1', 's2', 's3']);
      assert.deepEqual(stepIds(await updatePlanStep(repo, SITE, PLAN_ID, 'netzwerk', 's1', { position: 1, text: 'Partner', done: false }, LATER)), [
        's2',
        's1',
        's3',
      ]);
      assert.deepEqual((await point(repo)).steps![1], { id: 's1', text: 'Partner', done: false });
    });

    it('deletes one step, answering the point', async () => {
      const repo = await withPlan(open);
      const left = await deletePlanStep(repo, SITE, PLAN_ID, 'netzwerk', 's1', NOW);
      assert.deepEqual(left.steps, [{ id: 's2', text: 'Treffen planen', done: false }]);
      assert.deepEqual(await point(repo), left);
      assert.deepEqual((await deletePlanStep(repo, SITE, PLAN_ID, 'netzwerk', 's2', NOW)).steps, []);
      await refused(deletePlanStep(repo, SITE, PLAN_ID, 'netzwerk', 's2', NOW), 404, 'not-found');
    });

    it('keeps every change of two editors changing steps at once', async () => {
      const repo = await withPlan(open);
      await Promise.all([
        addPlanStep(repo, SITE, PLAN_ID, 'netzwerk', { id: 'von-a', text: 'Von A' }, NOW),
        addPlanStep(repo, SITE, PLAN_ID, 'netzwerk', { id: 'von-b', text: 'Von B' }, NOW),
        updatePlanStep(repo, SITE, PLAN_ID, 'netzwerk', 's2', { done: true }, NOW),
        updatePlanStep(repo, SITE, PLAN_ID, 'netzwerk', 's1', { text: 'Partner sammeln und fragen' }, NOW),
        addPlanStep(repo, SITE, PLAN_ID, 'anker', { id: 'anker-1', text: 'Beschluss' }, NOW),
        patchPlanPoint(repo, SITE, PLAN_ID, 'anker', { responsible: 'Jugendhilfeausschuss' }, NOW),
      ]);
      const netzwerk = await point(repo);
      assert.deepEqual(stepIds(netzwerk).sort(), ['s1', 's2', 'von-a', 'von-b']);
      assert.equal(netzwerk.steps!.find((s) => s.id === 's2')!.done, true);
      assert.equal(netzwerk.steps!.find((s) => s.id === 's1')!.text, 'Partner sammeln und fragen');
      const anker = await point(repo, 'anker');
      assert.deepEqual([stepIds(anker), anker.responsible], [['anker-1'], 'Jugendhilfeausschuss']);
      assert.equal((await stored(repo)).version, 7);
    });

    it('lets the moderator key add a step taken over from a board, and nothing else (401)', async () => {
      const repo = await withPlan(open);
      const dispatch = createDispatcher({ repo, site: SITE, keys: KEYS, now: () => NOW, onError: (error) => assert.fail(String(error)) });
      const send = (method: string, path: string, key: string, body?: unknown) =>
        dispatch({
          method,
          path,
          headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
      const steps = `/plans/${PLAN_ID}/points/netzwerk/steps`;
      const source = { boardId: 'leitfragen', cardId: 'c-1', text: 'Ein gemeinsamer Ferienkalender' };
      const sourced = await send('POST', steps, KEYS.moderator, { id: 'aus-board', text: 'Ferienkalender anlegen', source });
      assert.equal(sourced.status, 201);
      assert.deepEqual((sourced.body as PlanPoint).steps!.at(-1), { id: 'aus-board', text: 'Ferienkalender anlegen', done: false, source });
      assert.equal((await send('POST', steps, KEYS.moderator, { id: 'aus-board', text: 'Ferienkalender anlegen', source })).status, 200);
      const before = await stored(repo);
      for (const [method, path, body] of [
        ['POST', steps, { id: 'ohne', text: 'Ohne Quelle' }],
        ['PATCH', `${steps}/s1`, { done: false }],
        ['DELETE', `${steps}/s1`, undefined],
        ['PATCH', `/plans/${PLAN_ID}/points/netzwerk`, { status: 'done' }],
        ['PUT', `/plans/${PLAN_ID}/check`, { answers: {} }],
        ['PUT', `/plans/${PLAN_ID}`, plan()],
      ] as const) {
        const answer = await send(method, path, KEYS.moderator, body);
        assert.deepEqual([answer.status, answer.body], [401, { error: 'unauthorized' }], `${method} ${path}`);
      }
      assert.equal((await send('POST', steps, KEYS.network, { id: 'netz', text: 'x', source })).status, 401);
      assert.deepEqual(await stored(repo), before);
      // The editor key adds steps with or without a source.
      assert.equal((await send('POST', steps, KEYS.editor, { id: 'ohne', text: 'Ohne Quelle' })).status, 201);
      assert.equal((await send('POST', steps, KEYS.editor, { id: 'mit', text: 'Mit Quelle', source })).status, 201);
    });
  });

  describe('self-check', () => {
    it('keeps the answers with the plan, stamped with the server time, as a new version', async () => {
      const repo = await withPlan(open);
      const check = await savePlanCheck(repo, SITE, PLAN_ID, { answers: { netzwerk: 'yes', anker: 'no' }, updatedAt: '2020-01-01T00:00:00.000Z' }, NOW);
      assert.deepEqual(check, { answers: { netzwerk: 'yes', anker: 'no' }, updatedAt: NOW.toISOString() });
      const after = await stored(repo);
      assert.deepEqual([after.check, after.version], [check, 2]);
      assert.deepEqual(after.points, plan().points, 'the points stay');
      const replaced = await savePlanCheck(repo, SITE, PLAN_ID, { answers: { netzwerk: 'partly' } }, LATER, ifMatch(2));
      assert.deepEqual((await stored(repo)).check, replaced);
      assert.deepEqual(replaced.answers, { netzwerk: 'partly' });
    });

    it('the seeded default plan takes step writes like any other', async () => {
      const repo = await open();
      await repo.createSite({ id: SITE, title: SITE, createdAt: NOW.toISOString() });
      await repo.putPlan(SITE, structuredClone(DEFAULT_PLAN), NOW);
      const first = DEFAULT_PLAN.points[0]!;
      const changed = await updatePlanStep(repo, SITE, DEFAULT_PLAN.id, first.id, first.steps![0]!.id, { done: true }, NOW, ifMatch(1));
      assert.equal(changed.steps![0]!.done, true);
      assert.equal((await repo.getPlan(SITE, DEFAULT_PLAN.id))!.version, 2);
    });
  });
});
