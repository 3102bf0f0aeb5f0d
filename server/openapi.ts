/** OpenAPI 3.1 for the reference server, generated from ROUTES and the contract's zod schemas. */
import * as z from 'zod/mini';
import { ROUTES, type RouteName } from '../src/core/adapter/routes.js';
import { CONTRACT_SCHEMAS, type ContractSchemaName } from '../src/core/schemas/json-schema.js';
import { JoinRequestList } from '../src/core/schemas/partner.js';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

type Auth = 'moderator' | 'editor' | 'client' | 'owner' | 'viewer';
interface RouteDoc {
  summary: string;
  auth?: Auth;
  body?: ContractSchemaName;
  /** Status -> schema name (`null`: no body; `events`: the SSE stream). */
  ok: Record<number, ContractSchemaName | 'join-request-list' | 'events' | null>;
  /** Refusals besides 400/401/404/413/429, which follow from the rest. */
  refusals?: number[];
}

const ROUTE_DOCS: Record<RouteName, RouteDoc> = {
  partners: { summary: 'The partner network', ok: { 200: 'partner-list' } },
  joinRequest: {
    summary: 'An organisation asks to join the network (idempotent on its id: 201 first, 200 for a repeat)',
    body: 'join-request',
    ok: { 201: 'join-request-receipt', 200: 'join-request-receipt' },
  },
  joinRequests: { summary: 'Join requests received (moderator)', auth: 'moderator', ok: { 200: 'join-request-list' } },
  agenda: { summary: 'A workshop agenda', ok: { 200: 'agenda' } },
  saveAgenda: { summary: 'Saves an agenda (editor); the body id must equal the path id', auth: 'editor', body: 'agenda', ok: { 200: 'agenda' } },
  board: { summary: "A guiding-questions board as the asking client (or the moderator) sees it", auth: 'viewer', ok: { 200: 'board' } },
  addCard: {
    summary: 'Adds an idea card (idempotent on its client-generated id: 201 first, 200 for a repeat)',
    auth: 'client',
    body: 'new-card',
    ok: { 201: 'card', 200: 'card' },
    refusals: [409, 423],
  },
  updateCard: {
    summary: 'Changes a card: its author the text, the moderator anything (insight, hidden)',
    auth: 'owner',
    body: 'card-patch',
    ok: { 200: 'card' },
    refusals: [403, 423],
  },
  vote: {
    summary: 'Adds (1) or takes back (-1) a vote, idempotent on its client-generated id',
    auth: 'client',
    body: 'new-vote',
    ok: { 201: 'card', 200: 'card' },
    refusals: [409, 423],
  },
  boardEvents: {
    summary:
      'Server-sent events: each message has an `id` (for Last-Event-ID) and JSON `data` (a board-event). Without Last-Event-ID the stream starts with the board as one board-updated message; with it, the missed events are replayed.',
    auth: 'viewer',
    ok: { 200: 'events' },
  },
  updateBoard: { summary: 'Changes title, lock, reveal, settings (moderator)', auth: 'moderator', body: 'board-patch', ok: { 200: 'board' } },
  deleteCard: { summary: 'Removes a card (its author or the moderator)', auth: 'owner', ok: { 204: null }, refusals: [403, 423] },
  mergeCard: {
    summary: 'Merges a card into another (moderator): votes add up, the card is removed',
    auth: 'moderator',
    body: 'card-merge',
    ok: { 200: 'card' },
  },
  clearBoard: { summary: 'Removes every card and vote (moderator)', auth: 'moderator', ok: { 200: 'board' } },
  plan: { summary: 'A five-point plan', ok: { 200: 'plan' } },
  updatePlanPoint: { summary: "Changes a point's status or steps (editor)", auth: 'editor', body: 'plan-point-patch', ok: { 200: 'plan-point' } },
};

const SECURITY: Record<Auth, Record<string, string[]>[]> = {
  moderator: [{ moderatorKey: [] }],
  editor: [{ editorKey: [] }],
  client: [{ client: [] }],
  owner: [{ client: [] }, { moderatorKey: [] }],
  viewer: [{}, { client: [] }, { moderatorKey: [] }],
};

const ERROR_TEXT: Record<number, string> = {
  400: 'Invalid request: `issues` name the fields',
  401: 'Missing or wrong key',
  403: 'Not your card',
  404: 'Unknown id',
  409: 'Conflict: id used for something else, vote cap reached, or no vote to take back',
  413: 'Body too large',
  423: 'The board is locked',
  429: 'Too many writes: wait as long as Retry-After says',
};

function ref(name: string) {
  return { $ref: `#/components/schemas/${name}` };
}

export function openApiDocument(apiPrefix: string): Record<string, unknown> {
  const schemas: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(CONTRACT_SCHEMAS) as [string, z.core.$ZodType][]) {
    const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
    schemas[name] = json;
  }
  const { $schema: _dialect, ...requestList } = z.toJSONSchema(JoinRequestList, { io: 'input', unrepresentable: 'any' });
  schemas['join-request-list'] = requestList;
  schemas['error'] = {
    type: 'object',
    required: ['error'],
    properties: {
      error: { type: 'string', description: 'e.g. invalid, not-found, unauthorized, board-locked, vote-cap, too-many-requests' },
      issues: {
        type: 'array',
        items: { type: 'object', required: ['path', 'message'], properties: { path: { type: 'string' }, message: { type: 'string' } } },
      },
    },
  };

  const paths: Record<string, Record<string, unknown>> = {};
  for (const [name, route] of Object.entries(ROUTES) as [RouteName, (typeof ROUTES)[RouteName]][]) {
    const doc = ROUTE_DOCS[name];
    const parameters: Record<string, unknown>[] = [...route.path.matchAll(/\{(\w+)\}/g)].map(([, param]) => ({
      name: param,
      in: 'path',
      required: true,
      schema: { type: 'string', minLength: 1, maxLength: 200 },
    }));
    if (name === 'boardEvents') {
      parameters.push(
        { name: 'client', in: 'query', description: 'The client id (EventSource cannot send X-Ija-Client)', schema: { type: 'string' } },
        { name: 'lastEventId', in: 'query', description: 'Replay after this event id', schema: { type: 'string', pattern: '^\\d+$' } },
        { name: 'Last-Event-ID', in: 'header', description: 'Sent by EventSource on reconnect', schema: { type: 'string' } },
      );
    }
    const responses: Record<string, unknown> = {};
    for (const [status, schema] of Object.entries(doc.ok)) {
      if (schema === null) responses[status] = { description: 'Done' };
      else if (schema === 'events') {
        responses[status] = {
          description: 'An event stream; each `data` is a board-event',
          content: { 'text/event-stream': { schema: { type: 'string' }, 'x-data-schema': ref('board-event') } },
        };
      } else responses[status] = { description: 'OK', content: { 'application/json': { schema: ref(schema) } } };
    }
    const errors = new Set<number>(doc.refusals ?? []);
    if (doc.body !== undefined || doc.auth === 'client' || doc.auth === 'owner') errors.add(400);
    if (doc.auth !== undefined && doc.auth !== 'client') errors.add(401);
    if (route.path.includes('{')) errors.add(404);
    if (doc.body !== undefined) errors.add(413);
    if (WRITE_METHODS.has(route.method)) errors.add(429);
    for (const status of [...errors].sort()) {
      responses[String(status)] = { description: ERROR_TEXT[status] ?? 'Refused', content: { 'application/json': { schema: ref('error') } } };
    }
    const operation: Record<string, unknown> = { operationId: name, summary: doc.summary, parameters, responses };
    if (doc.body !== undefined) operation['requestBody'] = { required: true, content: { 'application/json': { schema: ref(doc.body) } } };
    if (doc.auth !== undefined) operation['security'] = SECURITY[doc.auth];
    (paths[route.path] ??= {})[route.method.toLowerCase()] = operation;
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'ija-widgets REST contract',
      version: '1',
      description:
        'The contract the ija-widgets fetch adapter speaks, generated from its zod schemas. Participants are anonymous and send a random id in X-Ija-Client; moderator and editor actions send Authorization: Bearer <key>.',
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    servers: [{ url: apiPrefix }],
    paths,
    components: {
      schemas,
      securitySchemes: {
        moderatorKey: { type: 'http', scheme: 'bearer', description: 'The moderator key (board actions, join requests)' },
        editorKey: { type: 'http', scheme: 'bearer', description: 'The editor key (agenda and plan writes)' },
        client: { type: 'apiKey', in: 'header', name: 'X-Ija-Client', description: 'A random id per browser, 8 to 100 characters' },
      },
    },
  };
}
