import { bodyTag, conditionalRead } from '../conditional.js';
import { found } from '../errors.js';
import { defineRoute } from '../route.js';
import { saveAgenda } from '../services/documents.js';

export const agendaRoutes = [
  defineRoute({
    name: 'agenda',
    summary: 'A workshop agenda. Cheap to poll: an ETag (a hash of the agenda) and If-None-Match answered 304',
    access: 'public',
    ok: { 200: 'agenda', 304: null },
    etag: true,
    handle: async ({ repo, site, params, conditions }) => {
      const agenda = found(await repo.getAgenda(site, params['id']!));
      return conditionalRead(agenda, bodyTag(agenda), conditions);
    },
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
