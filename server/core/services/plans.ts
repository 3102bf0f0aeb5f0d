import type { NewPlanStep, Plan, PlanCheck, PlanPoint, PlanPointPatch, PlanStep, PlanStepPatch } from '../../../src/core/schemas/plan.js';
import type { RepositoryData, Repository, SiteId } from '../../repository/repository.js';
import { checkIfMatch } from '../conditional.js';
import { found, invalid, notFound } from '../errors.js';
import type { Conditions } from '../route.js';

/**
 * The rules for five-point plans. Every write runs in one transaction on the locked plan (so two
 * editors changing different steps at once both keep their change), raises the plan's version by
 * one, and is refused (412 `version-conflict`, nothing written) when it sends `If-Match` with
 * another version than the stored one.
 */

const versionOf = (plan: Plan): number => plan.version ?? 1;

function withoutVersion(plan: Plan): Plan {
  const { version: _version, ...rest } = plan;
  return rest;
}

/** The locked plan, after its `If-Match` check; 404 for an unknown plan. */
async function lockedPlan(tx: RepositoryData, site: SiteId, planId: string, conditions: Conditions): Promise<Plan> {
  const plan = found(await tx.lockPlan(site, planId));
  checkIfMatch(conditions, versionOf(plan));
  return plan;
}

/** Stores the plan as its next version; answers the stored plan. */
async function storeNext(tx: RepositoryData, site: SiteId, plan: Plan, previous: Plan, now: Date): Promise<Plan> {
  const stored: Plan = { ...withoutVersion(plan), version: versionOf(previous) + 1 };
  await tx.putPlan(site, stored, now);
  return stored;
}

function pointIndex(plan: Plan, pointId: string): number {
  const index = plan.points.findIndex((point) => point.id === pointId);
  if (index < 0) throw notFound();
  return index;
}

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);

/**
 * `PUT /plans/{id}` (editor key): creates the plan at version 1, or replaces it as its next version.
 * The body's `version` is the server's to set and ignored; a body without `check` keeps the stored one
 * (the self-check has its own route), and a check without `updatedAt` is stamped now.
 */
export function savePlan(
  repo: Repository,
  site: SiteId,
  pathId: string,
  plan: Plan,
  now: Date,
  conditions: Conditions = {},
): Promise<{ plan: Plan; created: boolean }> {
  if (plan.id !== pathId) return Promise.reject(invalid([{ path: 'id', message: 'Must equal the id in the path' }]));
  const given = withoutVersion(plan);
  if (given.check !== undefined && given.check.updatedAt === undefined) given.check = { ...given.check, updatedAt: now.toISOString() };
  return repo.transaction(async (tx) => {
    let current = await tx.lockPlan(site, pathId);
    if (current === undefined) {
      // If-Match names a version: there is none to match.
      checkIfMatch(conditions, undefined);
      const created: Plan = { ...given, version: 1 };
      if (await tx.insertPlan(site, created, now)) return { plan: created, created: true };
      // Another writer created it a moment ago (PostgreSQL): replace that one, as a later PUT would.
      current = found(await tx.lockPlan(site, pathId));
    }
    checkIfMatch(conditions, versionOf(current));
    const replaced = given.check === undefined && current.check !== undefined ? { ...given, check: current.check } : given;
    return { plan: await storeNext(tx, site, replaced, current, now), created: false };
  });
}

/**
 * `PATCH /plans/{id}/points/{pointId}`: the fields given change (`null` removes the responsible person
 * or the target date), and the point's `updatedAt` is stamped; other points stay as they are.
 */
export function patchPlanPoint(
  repo: Repository,
  site: SiteId,
  planId: string,
  pointId: string,
  patch: PlanPointPatch,
  now: Date,
  conditions: Conditions = {},
): Promise<PlanPoint> {
  return repo.transaction(async (tx) => {
    const plan = await lockedPlan(tx, site, planId, conditions);
    const index = pointIndex(plan, pointId);
    const { responsible, targetDate, ...rest } = plan.points[index]!;
    const point: PlanPoint = {
      ...rest,
      ...(patch.title !== undefined ? { title: patch.title } : {}),
      ...(patch.summary !== undefined ? { summary: patch.summary } : {}),
      ...(patch.status !== undefined ? { status: patch.status } : {}),
      ...(patch.steps !== undefined ? { steps: patch.steps } : {}),
      ...(patch.responsible === undefined ? (responsible !== undefined ? { responsible } : {}) : patch.responsible !== null ? { responsible: patch.responsible } : {}),
      ...(patch.targetDate === undefined ? (targetDate !== undefined ? { targetDate } : {}) : patch.targetDate !== null ? { targetDate: patch.targetDate } : {}),
      updatedAt: now.toISOString(),
    };
    const points = plan.points.map((existing, i) => (i === index ? point : existing));
    await storeNext(tx, site, { ...plan, points }, plan, now);
    return point;
  });
}

/** Changes one point's steps under the plan's lock; `change` answers the new steps. */
function changeSteps(
  repo: Repository,
  site: SiteId,
  planId: string,
  pointId: string,
  now: Date,
  conditions: Conditions,
  change: (steps: PlanStep[]) => PlanStep[],
  /** Checked before `If-Match`: a retried add is answered as the first one was, whatever has changed since. */
  repeat?: (steps: readonly PlanStep[]) => boolean,
): Promise<{ point: PlanPoint; changed: boolean }> {
  return repo.transaction(async (tx) => {
    const plan = found(await tx.lockPlan(site, planId));
    const index = pointIndex(plan, pointId);
    const current = plan.points[index]!;
    if (repeat?.(current.steps ?? [])) return { point: current, changed: false };
    checkIfMatch(conditions, versionOf(plan));
    const steps = change([...(current.steps ?? [])]);
    const point: PlanPoint = { ...current, steps, updatedAt: now.toISOString() };
    await storeNext(tx, site, { ...plan, points: plan.points.map((existing, i) => (i === index ? point : existing)) }, plan, now);
    return { point, changed: true };
  });
}

/**
 * `POST …/steps`: adds one step at `position` (clamped to the list) or at the end. Idempotent on the
 * step's id: a step that is there already is answered with the point unchanged (`created: false`).
 */
export async function addPlanStep(
  repo: Repository,
  site: SiteId,
  planId: string,
  pointId: string,
  step: NewPlanStep,
  now: Date,
  conditions: Conditions = {},
): Promise<{ point: PlanPoint; created: boolean }> {
  const added: PlanStep = { id: step.id, text: step.text, done: step.done ?? false, ...(step.source !== undefined ? { source: step.source } : {}) };
  const { point, changed } = await changeSteps(
    repo,
    site,
    planId,
    pointId,
    now,
    conditions,
    (steps) => {
      steps.splice(clamp(step.position ?? steps.length, 0, steps.length), 0, added);
      return steps;
    },
    (steps) => steps.some((existing) => existing.id === step.id),
  );
  return { point, created: changed };
}

/** `PATCH …/steps/{stepId}`: renames, ticks or moves (to `position`, clamped) one step; 404 for an unknown step. */
export async function updatePlanStep(
  repo: Repository,
  site: SiteId,
  planId: string,
  pointId: string,
  stepId: string,
  patch: PlanStepPatch,
  now: Date,
  conditions: Conditions = {},
): Promise<PlanPoint> {
  const { point } = await changeSteps(repo, site, planId, pointId, now, conditions, (steps) => {
    const index = steps.findIndex((step) => step.id === stepId);
    if (index < 0) throw notFound();
    const [step] = steps.splice(index, 1);
    const changed: PlanStep = { ...step!, ...(patch.text !== undefined ? { text: patch.text } : {}), ...(patch.done !== undefined ? { done: patch.done } : {}) };
    steps.splice(clamp(patch.position ?? index, 0, steps.length), 0, changed);
    return steps;
  });
  return point;
}

/** `DELETE …/steps/{stepId}`: removes one step; 404 for an unknown step. */
export async function deletePlanStep(
  repo: Repository,
  site: SiteId,
  planId: string,
  pointId: string,
  stepId: string,
  now: Date,
  conditions: Conditions = {},
): Promise<PlanPoint> {
  const { point } = await changeSteps(repo, site, planId, pointId, now, conditions, (steps) => {
    const index = steps.findIndex((step) => step.id === stepId);
    if (index < 0) throw notFound();
    steps.splice(index, 1);
    return steps;
  });
  return point;
}

/** `PUT /plans/{id}/check`: keeps the self-check's answers with the plan, stamped with the server's time. */
export function savePlanCheck(
  repo: Repository,
  site: SiteId,
  planId: string,
  check: PlanCheck,
  now: Date,
  conditions: Conditions = {},
): Promise<PlanCheck> {
  return repo.transaction(async (tx) => {
    const plan = await lockedPlan(tx, site, planId, conditions);
    const stored: PlanCheck = { answers: check.answers, updatedAt: now.toISOString() };
    await storeNext(tx, site, { ...plan, check: stored }, plan, now);
    return stored;
  });
}
