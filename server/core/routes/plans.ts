import { conditionalRead, versionTag } from '../conditional.js';
import { found, unauthorized } from '../errors.js';
import { defineRoute } from '../route.js';
import { addPlanStep, deletePlanStep, patchPlanPoint, savePlan, savePlanCheck, updatePlanStep } from '../services/plans.js';

/**
 * Five-point plans: anyone reads them, the editor key changes them. Each write raises the plan's
 * version (its ETag, "v<n>"); a write that sends `If-Match` with an older one is refused (412).
 */
export const planRoutes = [
  defineRoute({
    name: 'plan',
    summary: 'A five-point plan, with its version. Cheap to poll: ETag "v<version>", and If-None-Match answered 304',
    access: 'public',
    ok: { 200: 'plan', 304: null },
    etag: true,
    handle: async ({ repo, site, params, conditions }) => {
      const plan = found(await repo.getPlan(site, params['id']!));
      return conditionalRead(plan, versionTag(plan.version ?? 1), conditions);
    },
  }),
  defineRoute({
    name: 'putPlan',
    summary:
      "Creates a plan (version 1) or replaces it as its next version (editor key); the body id must equal the path id. The server sets the version; a body without `check` keeps the stored self-check",
    access: 'editor',
    body: 'plan',
    ok: { 200: 'plan', 201: 'plan' },
    okMeanings: { 200: 'The plan, replaced (its new version)', 201: 'The plan, created (version 1)' },
    ifMatch: true,
    handle: async ({ repo, site, params, body, now, conditions }) => {
      const { plan, created } = await savePlan(repo, site, params['id']!, body, now, conditions);
      return { status: created ? 201 : 200, body: plan };
    },
  }),
  defineRoute({
    name: 'updatePlanPoint',
    summary:
      "Changes a point's status, title, summary, responsible person, target date (null removes those two) or whole list of steps (editor key); stamps its updatedAt",
    access: 'editor',
    body: 'plan-point-patch',
    ok: { 200: 'plan-point' },
    ifMatch: true,
    handle: async ({ repo, site, params, body, now, conditions }) => ({
      status: 200,
      body: await patchPlanPoint(repo, site, params['id']!, params['pointId']!, body, now, conditions),
    }),
  }),
  defineRoute({
    name: 'addPlanStep',
    summary:
      'Adds one step to a point, at `position` or at the end (editor key; the moderator key only for a key insight taken over from a board, with `source`). Idempotent on the step id: 201 first, 200 with the point unchanged for a repeat',
    access: 'editor-or-moderator',
    body: 'new-plan-step',
    ok: { 201: 'plan-point', 200: 'plan-point' },
    ifMatch: true,
    handle: async ({ repo, site, params, body, now, conditions, role }) => {
      // The moderator brings the closing round's key insights over, nothing else.
      if (role === 'moderator' && body.source === undefined) throw unauthorized();
      const { point, created } = await addPlanStep(repo, site, params['id']!, params['pointId']!, body, now, conditions);
      return { status: created ? 201 : 200, body: point };
    },
  }),
  defineRoute({
    name: 'updatePlanStep',
    summary: 'Renames, ticks or moves (to `position`) one step of a point (editor key); other steps stay as they are',
    access: 'editor',
    body: 'plan-step-patch',
    ok: { 200: 'plan-point' },
    ifMatch: true,
    handle: async ({ repo, site, params, body, now, conditions }) => ({
      status: 200,
      body: await updatePlanStep(repo, site, params['id']!, params['pointId']!, params['stepId']!, body, now, conditions),
    }),
  }),
  defineRoute({
    name: 'deletePlanStep',
    summary: 'Removes one step of a point (editor key); answers the point',
    access: 'editor',
    ok: { 200: 'plan-point' },
    ifMatch: true,
    handle: async ({ repo, site, params, now, conditions }) => ({
      status: 200,
      body: await deletePlanStep(repo, site, params['id']!, params['pointId']!, params['stepId']!, now, conditions),
    }),
  }),
  defineRoute({
    name: 'savePlanCheck',
    summary: "Keeps the self-check's answers with the plan (editor key), stamped with the server's time; answers them",
    access: 'editor',
    body: 'plan-check',
    ok: { 200: 'plan-check' },
    ifMatch: true,
    handle: async ({ repo, site, params, body, now, conditions }) => ({
      status: 200,
      body: await savePlanCheck(repo, site, params['id']!, body, now, conditions),
    }),
  }),
];
