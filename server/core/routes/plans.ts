import { found } from '../errors.js';
import { defineRoute } from '../route.js';
import { patchPlanPoint } from '../services/documents.js';

export const planRoutes = [
  defineRoute({
    name: 'plan',
    summary: 'A five-point plan',
    access: 'public',
    ok: { 200: 'plan' },
    handle: async ({ repo, site, params }) => ({ status: 200, body: found(await repo.getPlan(site, params['id']!)) }),
  }),
  defineRoute({
    name: 'updatePlanPoint',
    summary: "Changes a point's status or steps (editor key)",
    access: 'editor',
    body: 'plan-point-patch',
    ok: { 200: 'plan-point' },
    handle: async ({ repo, site, params, body, now }) => ({
      status: 200,
      body: await patchPlanPoint(repo, site, params['id']!, params['pointId']!, body, now),
    }),
  }),
];
