import { bodyTag, conditionalRead } from '../conditional.js';
import { ApiError } from '../errors.js';
import { defineRoute, type Upload } from '../route.js';
import {
  acceptJoinRequest,
  createPartner,
  declineJoinRequest,
  deleteJoinRequest,
  deletePartner,
  importPartners,
  patchPartner,
  savePartner,
} from '../services/network.js';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The media types an import takes: CSV as Excel and LibreOffice save it (Windows browsers send a
 * .csv as application/vnd.ms-excel) and XLSX; what the file is, is decided from its first bytes.
 */
export const SPREADSHEET_MEDIA_TYPES = [
  'text/csv',
  'application/csv',
  'text/plain',
  'application/vnd.ms-excel',
  XLSX_MEDIA_TYPE,
  'application/octet-stream',
] as const;

const noSpreadsheets = () => new ApiError(501, 'not-implemented');

/** The network: the partner list (public), its upkeep and the join requests (personal data: the network key). */
export const partnerRoutes = [
  defineRoute({
    name: 'partners',
    summary: 'The partner network. Cheap to poll: an ETag (a hash of the list) and If-None-Match answered 304',
    access: 'public',
    ok: { 200: 'partner-list', 304: null },
    etag: true,
    handle: async ({ repo, site, conditions }) => {
      const list = { partners: await repo.listPartners(site) };
      return conditionalRead(list, bodyTag(list), conditions);
    },
  }),
  defineRoute({
    name: 'createPartner',
    summary: 'Adds a partner at the end of the list (network key); its id must be new',
    access: 'network',
    body: 'partner',
    ok: { 201: 'partner' },
    refusals: [409],
    handle: async ({ repo, site, body }) => ({ status: 201, body: await createPartner(repo, site, body) }),
  }),
  defineRoute({
    name: 'savePartner',
    summary: 'Replaces a partner, or adds it under this id (network key); the body id must equal the path id',
    access: 'network',
    body: 'partner',
    ok: { 200: 'partner', 201: 'partner' },
    okMeanings: { 200: 'The partner, replaced', 201: 'The partner, added under this id' },
    handle: async ({ repo, site, params, body }) => {
      const { partner, created } = await savePartner(repo, site, params['id']!, body);
      return { status: created ? 201 : 200, body: partner };
    },
  }),
  defineRoute({
    name: 'patchPartner',
    summary: 'Changes the fields given of a partner (network key)',
    access: 'network',
    body: 'partner-patch',
    ok: { 200: 'partner' },
    handle: async ({ repo, site, params, body }) => ({ status: 200, body: await patchPartner(repo, site, params['id']!, body) }),
  }),
  defineRoute({
    name: 'deletePartner',
    summary: 'Removes a partner (network key)',
    access: 'network',
    ok: { 204: null },
    handle: async ({ repo, site, params }) => {
      await deletePartner(repo, site, params['id']!);
      return { status: 204 };
    },
  }),
  defineRoute({
    name: 'importPartners',
    summary:
      'Imports a spreadsheet (CSV or XLSX body; network key): rows are matched by id, else by name. With ?dryRun=true nothing is written; without it the rows the report accepts are written in one transaction',
    access: 'network',
    upload: SPREADSHEET_MEDIA_TYPES,
    parameters: [{ name: 'dryRun', in: 'query', description: 'true: report only, write nothing', schema: { type: 'string', enum: ['true', 'false'] } }],
    ok: { 200: 'import-report' },
    refusals: [415],
    handle: async ({ repo, site, body, query, now, spreadsheets }) => {
      if (spreadsheets === undefined) throw noSpreadsheets();
      const dryRun = query['dryRun'] === 'true' || query['dryRun'] === '1';
      return { status: 200, body: await importPartners(repo, site, body as Upload, dryRun, spreadsheets, now) };
    },
  }),
  defineRoute({
    name: 'exportPartners',
    summary: 'The partner list as a spreadsheet (?format=csv, the default, or xlsx; network key), in the columns the import reads',
    access: 'network',
    parameters: [{ name: 'format', in: 'query', description: 'csv (the default) or xlsx', schema: { type: 'string', enum: ['csv', 'xlsx'] } }],
    ok: { 200: 'file' },
    okMeanings: { 200: 'The partner list as a spreadsheet (a download)' },
    handle: async ({ repo, site, query, spreadsheets }) => {
      if (spreadsheets === undefined) throw noSpreadsheets();
      const format = query['format'] ?? 'csv';
      if (format !== 'csv' && format !== 'xlsx') throw new ApiError(400, 'invalid', [{ path: 'format', message: 'Expected csv or xlsx' }]);
      const file = await spreadsheets.export(await repo.listPartners(site), format);
      return { status: 200, body: file.bytes, file: { contentType: file.contentType, name: `partner.${file.extension}` } };
    },
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
    summary: 'Join requests received, with their status (network key: they hold contact data)',
    access: 'network',
    ok: { 200: 'join-request-list' },
    handle: async ({ repo, site }) => ({ status: 200, body: { requests: await repo.listJoinRequests(site) } }),
  }),
  defineRoute({
    name: 'acceptJoinRequest',
    summary: 'Accepts a join request (network key): the partner entry as the organiser completed it is added, and the request marked accepted',
    access: 'network',
    body: 'join-request-acceptance',
    ok: { 200: 'join-request-accepted' },
    refusals: [409],
    handle: async ({ repo, site, params, body, now }) => ({
      status: 200,
      body: await acceptJoinRequest(repo, site, params['id']!, body.partner, now),
    }),
  }),
  defineRoute({
    name: 'declineJoinRequest',
    summary: 'Declines a join request (network key); it is deleted with the other handled ones after the retention period',
    access: 'network',
    ok: { 200: 'stored-join-request' },
    refusals: [409],
    handle: async ({ repo, site, params, now }) => ({ status: 200, body: await declineJoinRequest(repo, site, params['id']!, now) }),
  }),
  defineRoute({
    name: 'deleteJoinRequest',
    summary: 'Deletes a join request at once (network key)',
    access: 'network',
    ok: { 204: null },
    handle: async ({ repo, site, params }) => {
      await deleteJoinRequest(repo, site, params['id']!);
      return { status: 204 };
    },
  }),
];
