import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_PLAN } from '../../../src/core/defaults/index.js';
import { parseAgenda, type Agenda } from '../../../src/core/schemas/agenda.js';
import { parseBoard } from '../../../src/core/schemas/board.js';
import { parsePartners } from '../../../src/core/schemas/partner.js';
import { parsePlan } from '../../../src/core/schemas/plan.js';
import { ApiError } from '../../core/errors.js';
import { readBoard } from '../../core/services/boards.js';
import { saveAgenda } from '../../core/services/documents.js';
import { patchPlanPoint } from '../../core/services/plans.js';
import type { Repository } from '../../repository/repository.js';
import { dateAhead, DEMO_AGENDA_ID, DEMO_BOARD_ID, DEMO_PLAN_ID, seedDemo } from '../../seed.js';
import { forEachStore } from '../helpers/stores.js';

/**
 * The rules for agendas and plans (server/core/services/documents.ts) and the demo seed
 * (server/seed.ts), over every store.
 */

const SITE = 'default';
const OTHER = 'musterdorf';
const NOW = new Date('2025-03-01T12:00:00.000Z');

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

async function withSites(open: () => Promise<Repository>): Promise<Repository> {
  const repo = await open();
  for (const id of [SITE, OTHER]) await repo.createSite({ id, title: id, createdAt: NOW.toISOString() });
  return repo;
}

forEachStore('document rules', (open) => {
  describe('agendas', () => {
    const agenda: Agenda = { id: 'a1', title: 'Tag', timezone: 'Europe/Berlin', items: [] };

    it('saves and replaces an agenda under its own id', async () => {
      const repo = await withSites(open);
      assert.equal(await repo.getAgenda(SITE, 'a1'), undefined);
      assert.deepEqual(await saveAgenda(repo, SITE, 'a1', agenda, NOW), agenda);
      assert.deepEqual(await repo.getAgenda(SITE, 'a1'), agenda);
      await saveAgenda(repo, SITE, 'a1', { ...agenda, title: 'Neu' }, NOW);
      assert.equal((await repo.getAgenda(SITE, 'a1'))?.title, 'Neu');
      assert.equal(await repo.getAgenda(OTHER, 'a1'), undefined, 'on its site only');
    });

    it('refuses an agenda whose id differs from the path (400, issue at id), storing nothing', async () => {
      const repo = await withSites(open);
      const error = await refused(saveAgenda(repo, SITE, 'andere', agenda, NOW), 400, 'invalid');
      assert.deepEqual(
        error.issues?.map((issue) => issue.path),
        ['id'],
      );
      assert.equal(await repo.getAgenda(SITE, 'andere'), undefined);
      assert.equal(await repo.getAgenda(SITE, 'a1'), undefined);
    });
  });

  describe('plan points', () => {
    const first = DEFAULT_PLAN.points[0]!;

    it('patches status and steps and stamps updatedAt; other points stay, the plan stays clean', async () => {
      const repo = await withSites(open);
      await repo.putPlan(SITE, structuredClone(DEFAULT_PLAN), NOW);
      const steps = first.steps!.map((step, i) => ({ ...step, done: i === 0 }));
      const point = await patchPlanPoint(repo, SITE, DEFAULT_PLAN.id, first.id, { status: 'in-progress', steps }, NOW);
      assert.equal(point.status, 'in-progress');
      assert.deepEqual(point.steps, steps);
      assert.equal(point.updatedAt, NOW.toISOString());
      const plan = (await repo.getPlan(SITE, DEFAULT_PLAN.id))!;
      assert.deepEqual(plan.points[0], point);
      assert.deepEqual(plan.points.slice(1), DEFAULT_PLAN.points.slice(1));
      assert.equal(plan.points[1]!.updatedAt, undefined);
      assert.deepEqual(parsePlan(plan).issues, []);

      const later = new Date(NOW.getTime() + 60_000);
      const statusOnly = await patchPlanPoint(repo, SITE, DEFAULT_PLAN.id, first.id, { status: 'done' }, later);
      assert.deepEqual(statusOnly.steps, steps, 'steps are kept when only the status changes');
      assert.equal(statusOnly.updatedAt, later.toISOString());
    });

    it('refuses an unknown plan or point (404), changing nothing', async () => {
      const repo = await withSites(open);
      await repo.putPlan(SITE, structuredClone(DEFAULT_PLAN), NOW);
      await refused(patchPlanPoint(repo, SITE, 'nope', first.id, { status: 'done' }, NOW), 404, 'not-found');
      await refused(patchPlanPoint(repo, SITE, DEFAULT_PLAN.id, 'nope', { status: 'done' }, NOW), 404, 'not-found');
      await refused(patchPlanPoint(repo, OTHER, DEFAULT_PLAN.id, first.id, { status: 'done' }, NOW), 404, 'not-found');
      assert.deepEqual(await repo.getPlan(SITE, DEFAULT_PLAN.id), { ...DEFAULT_PLAN, version: 1 });
    });

    it('keeps every point of patches sent at once', async () => {
      const repo = await withSites(open);
      await repo.putPlan(SITE, structuredClone(DEFAULT_PLAN), NOW);
      await Promise.all(DEFAULT_PLAN.points.map((point) => patchPlanPoint(repo, SITE, DEFAULT_PLAN.id, point.id, { status: 'done' }, NOW)));
      const plan = (await repo.getPlan(SITE, DEFAULT_PLAN.id))!;
      assert.deepEqual(
        plan.points.map((point) => point.status),
        DEFAULT_PLAN.points.map(() => 'done'),
      );
    });
  });

  describe('seeding', () => {
    it('fills an empty site with the Musterstadt demo, all of it clean, and no other site', async () => {
      const repo = await withSites(open);
      assert.equal(await repo.isEmpty(SITE), true);
      await seedDemo(repo, SITE, NOW);
      assert.equal(await repo.isEmpty(SITE), false);
      assert.equal(await repo.isEmpty(OTHER), true);

      const agenda = await repo.getAgenda(SITE, DEMO_AGENDA_ID);
      assert.ok(agenda);
      assert.deepEqual(parseAgenda(agenda).issues, []);
      assert.equal(agenda.date, '2025-04-12', '42 days after 2025-03-01');
      assert.ok(agenda.location);
      assert.equal(agenda.items.find((item) => item.type === 'discussion')?.boardId, DEMO_BOARD_ID);

      const board = await readBoard(repo, SITE, DEMO_BOARD_ID, {});
      assert.ok(board);
      assert.deepEqual(parseBoard(JSON.parse(JSON.stringify(board))).issues, []);
      assert.equal(board.questions.length, 5);
      assert.deepEqual(board.settings, { votesPerPerson: 3, reveal: 'open' });
      assert.deepEqual([board.locked, board.revealed], [false, false]);
      assert.deepEqual((await repo.eventsSince(SITE, DEMO_BOARD_ID, 0)).lastSeq, 0, 'seeding logs no events');

      const plan = await repo.getPlan(SITE, DEMO_PLAN_ID);
      assert.ok(plan);
      assert.deepEqual(parsePlan(plan).issues, []);
      assert.deepEqual(plan, { ...DEFAULT_PLAN, version: 1 }, 'a seeded plan starts at version 1');

      const partners = await repo.listPartners(SITE);
      assert.equal(partners.length, 60);
      assert.deepEqual(parsePartners(partners).issues, []);
      assert.deepEqual(await repo.listPartners(OTHER), []);
    });
  });
});

describe('demo date', () => {
  it('takes the date in Berlin: late evening UTC is already the next day there', () => {
    assert.equal(dateAhead(new Date('2025-03-01T23:30:00Z'), 42), '2025-04-13');
    assert.equal(dateAhead(new Date('2025-10-20T12:00:00Z'), 42), '2025-12-01', 'across the end of summer time');
  });
});
