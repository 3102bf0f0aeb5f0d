import { defineRoute } from '../route.js';

/** The network: the partner list, and join requests (personal data: the network key reads them). */
export const partnerRoutes = [
  defineRoute({
    name: 'partners',
    summary: 'The partner network',
    access: 'public',
    ok: { 200: 'partner-list' },
    handle: async ({ repo, site }) => ({ status: 200, body: { partners: await repo.listPartners(site) } }),
  }),
  defineRoute({
    name: 'joinRequest',
    summary: 'An organisation asks to join the network (idempotent on its id: 201 first, 200 for a repeat)',
    access: 'public',
    body: 'join-request',
    ok: { 201: 'join-request-receipt', 200: 'join-request-receipt' },
    handle: async ({ repo, site, body, now }) => {
      const created = await repo.addJoinRequest(site, body, now);
      return { status: created ? 201 : 200, body: { id: body.id, status: 'received' } };
    },
  }),
  defineRoute({
    name: 'joinRequests',
    summary: 'Join requests received (network key: they hold contact data)',
    access: 'network',
    ok: { 200: 'join-request-list' },
    handle: async ({ repo, site }) => ({ status: 200, body: { requests: await repo.listJoinRequests(site) } }),
  }),
];
