import { found } from '../errors.js';
import { defineRoute } from '../route.js';
import { saveAgenda } from '../services/documents.js';

export const agendaRoutes = [
  defineRoute({
    name: 'agenda',
    summary: 'A workshop agenda',
    access: 'public',
    ok: { 200: 'agenda' },
    handle: async ({ repo, site, params }) => ({ status: 200, body: found(await repo.getAgenda(site, params['id']!)) }),
  }),
  defineRoute({
    name: 'saveAgenda',
    summary: 'Saves an agenda (editor key); the body id must equal the path id',
    access: 'editor',
    body: 'agenda',
    ok: { 200: 'agenda' },
    handle: async ({ repo, site, params, body, now }) => ({ status: 200, body: await saveAgenda(repo, site, params['id']!, body, now) }),
  }),
];
