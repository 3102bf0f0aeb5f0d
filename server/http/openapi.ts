/**
 * OpenAPI 3.1 for the reference server, generated from the route definitions and the contract's zod
 * schemas. `npm run lint:openapi` writes it to dist/openapi.json and lints it with Redocly
 * (redocly.yaml); the README's REST table (scripts/write-rest-docs.ts) is made from the same
 * definitions with `accessInWords` and `refusalsOf`.
 */
import * as z from 'zod/mini';
import { ROUTES } from '../../src/core/adapter/routes.js';
import { DEFAULT_AGENDA, DEFAULT_BOARD, DEFAULT_PLAN } from '../../src/core/defaults/index.js';
import { ID_MAX } from '../../src/core/schemas/fields.js';
import { CONTRACT_SCHEMAS, type ContractSchemaName } from '../../src/core/schemas/json-schema.js';
import { ERROR_DESCRIPTIONS } from '../core/errors.js';
import type { Access, AnswerSchema, RouteDefinition } from '../core/route.js';
import { SLICES } from '../core/routes/index.js';
import { XLSX_MEDIA_TYPE } from '../core/routes/partners.js';

/** Who may call a route, in words (the README's table, each operation's description). */
export function accessInWords(access: Access): string {
  switch (access) {
    case 'public':
      return 'anyone';
    case 'participant':
      return 'participant (`X-Ija-Client`)';
    case 'viewer':
      return 'anyone (`X-Ija-Client` marks the own ideas, the moderator key shows all)';
    case 'owner':
      return 'the author (`X-Ija-Client`) or the moderator key';
    case 'network':
      return 'network key';
    case 'editor':
      return 'editor key';
    case 'moderator':
      return 'moderator key';
    case 'editor-or-moderator':
      return 'editor key (the moderator key for a step with `source`)';
  }
}

/** Every refusal a route can answer: its own, and those that follow from its access, path and body. */
export function refusalsOf(route: RouteDefinition): number[] {
  const refusals = new Set<number>(route.refusals ?? []);
  if (route.body !== undefined || route.access === 'participant' || route.access === 'owner') refusals.add(400);
  // A key that is sent must be right, on every route; wrong keys are counted per address (429).
  refusals.add(401).add(429);
  // An unknown site, on every route; an unknown id where the path names one.
  refusals.add(404);
  if (route.body !== undefined) refusals.add(413).add(415);
  if (route.ifMatch) refusals.add(412);
  return [...refusals].sort((a, b) => a - b);
}

/** The refusals as reusable responses, named after the contract's error codes. */
const REFUSALS: Record<number, { name: string; description: string }> = {
  400: { name: 'invalid', description: ERROR_DESCRIPTIONS[400]! },
  401: { name: 'unauthorized', description: ERROR_DESCRIPTIONS[401]! },
  403: { name: 'not-yours', description: ERROR_DESCRIPTIONS[403]! },
  404: { name: 'not-found', description: 'Unknown id, or unknown site' },
  409: { name: 'conflict', description: ERROR_DESCRIPTIONS[409]! },
  412: { name: 'version-conflict', description: ERROR_DESCRIPTIONS[412]! },
  413: { name: 'too-large', description: ERROR_DESCRIPTIONS[413]! },
  415: { name: 'unsupported-media-type', description: ERROR_DESCRIPTIONS[415]! },
  423: { name: 'board-locked', description: ERROR_DESCRIPTIONS[423]! },
  429: { name: 'too-many-requests', description: ERROR_DESCRIPTIONS[429]! },
  503: { name: 'shutting-down', description: 'The server is shutting down: connect again (to another process)' },
};

/** What each answer means, in the response's description. */
const ANSWER_DESCRIPTIONS: Record<ContractSchemaName, string> = {
  partner: 'A partner',
  'partner-list': 'The partners',
  'join-request': 'A join request',
  'join-request-receipt': 'The receipt',
  'join-request-list': 'The join requests, oldest first',
  'stored-join-request': 'The join request with its status',
  'partner-patch': 'A change to a partner',
  'join-request-acceptance': 'The partner entry the request becomes',
  'join-request-accepted': 'The new partner and the accepted request',
  'import-report': 'What each row does (or, in a dry run, would do)',
  agenda: 'The agenda',
  board: 'The board',
  card: 'The card',
  'new-card': 'A new card',
  'card-patch': 'A change to a card',
  'new-vote': 'A vote',
  'board-patch': 'A change to a board',
  'card-merge': 'A merge',
  'board-event': 'A board event',
  'board-definition': "A board's title, questions and settings",
  'board-list': "The site's boards, ordered by id",
  plan: 'The plan',
  'plan-point': 'The point, as changed',
  'plan-point-patch': 'A change to a point',
  'new-plan-step': 'A new step',
  'plan-step-patch': 'A change to a step',
  'plan-check': "The self-check's answers, as stored",
};

const TAG_DESCRIPTIONS: Record<string, string> = {
  partners: 'The partner network, and join requests (they hold contact data: the network key reads them)',
  agendas: 'Workshop agendas: anyone reads them, the editor key saves them',
  boards: 'Guiding-questions boards: anonymous ideas and votes, moderation, the live event stream',
  plans: 'Five-point plans: anyone reads them, the editor key creates and changes them (with If-Match, only the version it read)',
};

/**
 * Who may call a route, as OpenAPI security requirements: `[]` for a public route (no credentials,
 * said explicitly, so tools do not assume one), `{}` among others for credentials that are optional.
 */
const SECURITY: Record<Access, Record<string, string[]>[]> = {
  public: [],
  participant: [{ client: [] }],
  viewer: [{}, { client: [] }, { moderatorKey: [] }],
  owner: [{ client: [] }, { moderatorKey: [] }],
  network: [{ networkKey: [] }],
  editor: [{ editorKey: [] }],
  moderator: [{ moderatorKey: [] }],
  'editor-or-moderator': [{ editorKey: [] }, { moderatorKey: [] }],
};

const schemaRef = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const responseRef = (name: string) => ({ $ref: `#/components/responses/${name}` });

const DEMO_QUESTION = DEFAULT_BOARD.questions[0]!;
const DEMO_POINT = DEFAULT_PLAN.points[0]!;

/** Path parameters by name: what they name, and an id from the built-in content as example. */
const PATH_PARAMETERS: Record<string, { description: string; example: string }> = {
  cardId: { description: 'The card id (chosen by the client that added it)', example: 'c-7f3a9e2b' },
  pointId: { description: 'The point id within the plan', example: DEMO_POINT.id },
  stepId: { description: 'The step id within the point', example: DEMO_POINT.steps?.[0]?.id ?? 'schritt-1' },
};
const DOCUMENT_IDS: Record<string, string> = { agendas: DEFAULT_AGENDA.id, boards: DEFAULT_BOARD.id, plans: DEFAULT_PLAN.id };

/**
 * One request body per schema, checked by the linter against the schema
 * (no-invalid-media-type-examples): an example that no longer fits the contract fails `npm run lint`.
 */
const BODY_EXAMPLES: Partial<Record<ContractSchemaName, unknown>> = {
  'join-request': {
    id: 'jr-2f9c1d7e',
    name: 'Jugendkunstschule Musterstadt',
    category: 'jugendarbeit',
    contactName: 'Alex Beispiel',
    email: 'kontakt@jugendkunstschule.example',
    message: 'Wir bieten seit Jahren Austausche mit unserer Partnerstadt an.',
  },
  agenda: DEFAULT_AGENDA,
  'board-patch': { locked: true, revealed: true },
  'new-card': { id: 'c-7f3a9e2b', questionId: DEMO_QUESTION.id, text: 'Ein gemeinsamer Ferienkalender aller Träger' },
  'card-patch': { text: 'Ein gemeinsamer Ferienkalender aller Träger und Schulen' },
  'new-vote': { id: 'v-51d0c8aa', value: 1 },
  'card-merge': { into: 'c-0b6e44f1' },
  'plan-point-patch': { status: 'in-progress', responsible: 'Jugendamt, Fachstelle Jugendarbeit', targetDate: null },
  'board-definition': {
    id: 'kleingruppe-2',
    title: 'Kleingruppe 2: Zugänge',
    questions: DEFAULT_BOARD.questions.slice(0, 2),
    settings: { votesPerPerson: 3, reveal: 'moderated' },
  },
  plan: DEFAULT_PLAN,
  'new-plan-step': {
    id: 's-3c9d1e0a',
    text: 'Gemeinsamen Ferienkalender aller Träger anlegen',
    source: { boardId: DEFAULT_BOARD.id, cardId: 'c-0b6e44f1', text: 'Ein gemeinsamer Ferienkalender aller Träger' },
  },
  'plan-step-patch': { done: true },
  'plan-check': { answers: { netzwerk: 'yes', strukturen: 'partly' } },
};

/** The conditional request headers, for the routes that read them. */
const IF_NONE_MATCH = {
  name: 'If-None-Match',
  in: 'header',
  description: 'The ETag of the copy the client has: when it is still current, the answer is 304 without a body',
  schema: { type: 'string' },
};
const IF_MATCH = {
  name: 'If-Match',
  in: 'header',
  description: 'The version the change was made on, as its ETag ("v7"): when the plan has changed since, the write is refused (412) and nothing is written',
  schema: { type: 'string', examples: ['"v7"'] },
};

/** What a read that is cheap to poll sends with its 200. */
const ETAG_HEADERS = {
  ETag: { description: 'The version of this answer; send it as If-None-Match to ask whether it changed', schema: { type: 'string' } },
  'Cache-Control': { description: 'no-cache: keep the answer, but ask again (If-None-Match) before using it', schema: { type: 'string' } },
};

function parametersOf(route: RouteDefinition, path: string): Record<string, unknown>[] {
  const slice = path.split('/')[1]!;
  const parameters: Record<string, unknown>[] = [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => {
    const known = name === 'id' ? { description: `The ${slice.replace(/s$/, '')} id`, example: DOCUMENT_IDS[slice] } : PATH_PARAMETERS[name!];
    return {
      name,
      in: 'path',
      required: true,
      description: known?.description ?? `The ${name}`,
      schema: { type: 'string', minLength: 1, maxLength: ID_MAX },
      ...(known?.example !== undefined ? { example: known.example } : {}),
    };
  });
  for (const { name, in: where, description, schema } of route.parameters ?? []) parameters.push({ name, in: where, description, schema });
  if (route.etag) parameters.push(IF_NONE_MATCH);
  if (route.ifMatch) parameters.push(IF_MATCH);
  return parameters;
}

/** The event stream: a sequence of server-sent events, each carrying a board-event as JSON. */
const EVENT_STREAM = {
  description: 'An event stream (text/event-stream); each message carries a board-event as JSON',
  content: {
    'text/event-stream': {
      schema: {
        type: 'array',
        description: 'The messages of the stream, in order (an SSE stream is a sequence; OpenAPI 3.1 has no item schema yet)',
        items: {
          type: 'object',
          properties: {
            id: { type: 'string', pattern: '^\\d+$', description: 'The event number, for Last-Event-ID' },
            retry: { type: 'integer', description: 'Milliseconds to wait before reconnecting (the first message)' },
            data: {
              type: 'string',
              description: 'A board-event as JSON',
              contentMediaType: 'application/json',
              contentSchema: schemaRef('board-event'),
            },
          },
        },
      },
    },
  },
};

/** Idempotent writes answer 201 the first time and 200 for a repeat of the same id. */
const IDEMPOTENT_DESCRIPTIONS: Record<string, string> = { '201': 'stored now', '200': 'stored before (a repeat of the same id)' };

/** What a file answer sends besides the file: the name to save it under. */
const FILE_HEADERS = {
  'Content-Disposition': {
    description: 'attachment, with the file name to save it under',
    schema: { type: 'string', examples: ['attachment; filename="partner.csv"'] },
  },
};

/** A spreadsheet, as an import takes it and an export answers it. */
const SPREADSHEET_CONTENT = {
  'text/csv': { schema: { type: 'string', description: 'CSV: semicolons or commas, UTF-8 (with or without BOM) or Windows-1252' } },
  [XLSX_MEDIA_TYPE]: { schema: { type: 'string', contentEncoding: 'binary', description: 'An XLSX workbook' } },
};

function answerOf(schema: AnswerSchema, status: string, idempotent: boolean, meaning: string | undefined): Record<string, unknown> {
  if (schema === null) return { description: meaning ?? 'Done, no content' };
  if (schema === 'events') return EVENT_STREAM;
  if (schema === 'file') return { description: meaning ?? 'The file', headers: FILE_HEADERS, content: SPREADSHEET_CONTENT };
  const description = meaning ?? (idempotent ? `${ANSWER_DESCRIPTIONS[schema]}: ${IDEMPOTENT_DESCRIPTIONS[status]}` : ANSWER_DESCRIPTIONS[schema]);
  return { description, content: { 'application/json': { schema: schemaRef(schema) } } };
}

function operationOf(route: RouteDefinition, tag: string, path: string): Record<string, unknown> {
  const responses: Record<string, unknown> = {};
  const idempotent = route.ok[200] !== undefined && route.ok[201] !== undefined;
  for (const [status, schema] of Object.entries(route.ok)) {
    const meaning = route.okMeanings?.[Number(status)] ?? (status === '304' ? 'Not modified: the copy named in If-None-Match is current (no body)' : undefined);
    responses[status] = answerOf(schema, status, idempotent, meaning);
    if (route.etag && (status === '200' || status === '304')) responses[status] = { ...responses[status]!, headers: ETAG_HEADERS };
  }
  for (const status of refusalsOf(route)) responses[String(status)] = responseRef(REFUSALS[status]!.name);
  const example = route.body === undefined ? undefined : BODY_EXAMPLES[route.body];
  return {
    operationId: route.name,
    summary: route.summary,
    description: `Who may call it: ${accessInWords(route.access)}.`,
    tags: [tag],
    parameters: parametersOf(route, path),
    ...(route.upload !== undefined ? { requestBody: { required: true, content: SPREADSHEET_CONTENT } } : {}),
    ...(route.body !== undefined
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: schemaRef(route.body), ...(example !== undefined ? { example } : {}) } },
          },
        }
      : {}),
    responses,
    security: SECURITY[route.access],
  };
}

/**
 * The contract's schemas as components: through one zod registry, so a schema that is part of
 * another (a card in a board, a partner in the list) is a `$ref` to its component.
 */
function componentSchemas(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  for (const [name, schema] of Object.entries(CONTRACT_SCHEMAS) as [string, z.core.$ZodType][]) registry.add(schema, { id: name });
  const { schemas } = z.toJSONSchema(registry, { io: 'input', unrepresentable: 'any', uri: (id) => `#/components/schemas/${id}` });
  const components: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(schemas)) {
    const { $schema: _dialect, $id: _id, ...json } = schema as Record<string, unknown>;
    components[name] = json;
  }
  components['error'] = {
    type: 'object',
    required: ['error'],
    properties: {
      error: {
        type: 'string',
        description: 'e.g. invalid, not-found, unauthorized, not-yours, board-locked, vote-cap, question-in-use, version-conflict, too-many-requests',
      },
      issues: {
        type: 'array',
        description: 'With `invalid`: what is wrong, by field path',
        items: { type: 'object', required: ['path', 'message'], properties: { path: { type: 'string' }, message: { type: 'string' } } },
      },
    },
    examples: [{ error: 'invalid', issues: [{ path: 'text', message: 'Too long: at most 500 characters' }] }],
  };
  return components;
}

function refusalResponses(): Record<string, unknown> {
  const responses: Record<string, unknown> = {};
  for (const [status, { name, description }] of Object.entries(REFUSALS)) {
    const headers: Record<string, unknown> = {};
    // The fetch adapter and the event stream wait as long as it says before they try again.
    if (status === '429') headers['Retry-After'] = { description: 'Seconds to wait before trying again', schema: { type: 'integer', minimum: 1 } };
    if (status === '503') headers['Retry-After'] = { description: 'Seconds to wait before connecting again', schema: { type: 'integer', minimum: 1 } };
    if (status === '401') headers['WWW-Authenticate'] = { description: 'Bearer', schema: { type: 'string' } };
    responses[name] = {
      description,
      ...(Object.keys(headers).length > 0 ? { headers } : {}),
      content: { 'application/json': { schema: schemaRef('error') } },
    };
  }
  return responses;
}

export function openApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [tag, routes] of Object.entries(SLICES)) {
    for (const route of routes) {
      const { method, path } = ROUTES[route.name];
      (paths[path] ??= {})[method.toLowerCase()] = operationOf(route, tag, path);
    }
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'ija-widgets REST contract',
      version: '2',
      description:
        "The contract the ija-widgets fetch adapter speaks, generated from its zod schemas and the reference server's route definitions. " +
        'Participants are anonymous and send a random id in `X-Ija-Client`; network, editor and moderator actions send ' +
        "`Authorization: Bearer <key>` with the site's key of that role. Errors are `{ error, issues? }`.",
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    servers: [
      { url: '/api', description: 'The default site' },
      {
        url: '/sites/{site}/api',
        description: 'Any other site of the same server (`ija-server sites create <site>`)',
        variables: { site: { default: 'default', description: 'The site id: lower-case letters, digits and dashes' } },
      },
    ],
    tags: Object.keys(SLICES).map((name) => ({ name, description: TAG_DESCRIPTIONS[name] ?? `The ${name}` })),
    paths,
    components: {
      schemas: componentSchemas(),
      responses: refusalResponses(),
      securitySchemes: {
        networkKey: { type: 'http', scheme: 'bearer', description: "The site's network key (partners, join requests)" },
        editorKey: { type: 'http', scheme: 'bearer', description: "The site's editor key (agendas, plans)" },
        moderatorKey: { type: 'http', scheme: 'bearer', description: "The site's moderator key (boards)" },
        client: { type: 'apiKey', in: 'header', name: 'X-Ija-Client', description: 'A random id per browser, 8 to 100 characters' },
      },
    },
  };
}
