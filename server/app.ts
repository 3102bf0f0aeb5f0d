import { createHash } from 'node:crypto';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { resolve } from 'node:path';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import * as z from 'zod/mini';
import { ROUTES, type RouteName } from '../src/core/adapter/routes.js';
import { Agenda, parseAgenda } from '../src/core/schemas/agenda.js';
import { BoardEvent, BoardPatch, CardMerge, CardPatch, NewCard, NewVote, parseBoard, parseCard, type Board } from '../src/core/schemas/board.js';
import { issuesOf, type DataIssue } from '../src/core/schemas/parse.js';
import { JoinRequest, JoinRequestList, JoinRequestReceipt, parsePartners, type Partner } from '../src/core/schemas/partner.js';
import { parsePlan, parsePlanPoint, PlanPointPatch } from '../src/core/schemas/plan.js';
import { BoardHub } from './board-hub.js';
import { plainCard, type BoardViewer } from './board-view.js';
import type { Config } from './config.js';
import { verifyKey } from './keys.js';
import { openApiDocument } from './openapi.js';
import type { BoardRefusal, BoardResult, KeyRole, Store } from './store/store.js';

export interface AppOptions {
  store: Store;
  config: Config;
  /** The clock for card timestamps and plan updates (tests fix it). */
  now?: () => Date;
  /** Interval of the SSE keep-alive comment (default 25 s). */
  pingMs?: number;
}

/** Where the REST contract lives: the demo site's `<ija-provider api="/api">`. Pages and `/dist/` are beside it. */
export const API_PREFIX = '/api';

/** A random id per browser, sent by participants in `X-Ija-Client` (or `?client=` on the event stream). */
const CLIENT_ID = /^[\x21-\x7e]{8,100}$/;
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The demo pages run under the strict policy the README documents (nothing inline, Trusted Types with
 * Lit's and the library's policy); map tiles come from OpenStreetMap once a visitor agrees.
 */
const PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https://tile.openstreetmap.org; " +
  "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html ija-widgets";
const API_CSP = "default-src 'none'; frame-ancestors 'none'";
const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=()';

/** An answer that ends a request early: the status and the JSON body to send. */
class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(String(body['error']));
  }
}

const notFound = () => new HttpError(404, { error: 'not-found' });
const invalid = (issues: Pick<DataIssue, 'path' | 'message'>[]) =>
  new HttpError(400, { error: 'invalid', issues: issues.map(({ path, message }) => ({ path, message })) });
const unauthorized = () => new HttpError(401, { error: 'unauthorized' }, { 'www-authenticate': 'Bearer' });

const REFUSALS: Record<BoardRefusal, [status: number, error: string]> = {
  'board-not-found': [404, 'not-found'],
  'card-not-found': [404, 'not-found'],
  'question-not-found': [404, 'not-found'],
  'board-locked': [423, 'board-locked'],
  'vote-cap': [409, 'vote-cap'],
  'no-vote-to-take-back': [409, 'no-vote-to-take-back'],
  'not-yours': [403, 'not-yours'],
  'id-conflict': [409, 'id-conflict'],
};

function unwrap<T>(result: BoardResult<T>): { value: T; created: boolean } {
  if (!result.ok) {
    const [status, error] = REFUSALS[result.refusal];
    throw new HttpError(status, { error });
  }
  return { value: result.value, created: result.created !== false };
}

function parseBody<S extends z.core.$ZodType>(schema: S, body: unknown): z.output<S> {
  const result = z.safeParse(schema, body);
  if (!result.success) throw invalid(issuesOf(result.error));
  return result.data;
}

/** `{ "partners": [...] }` is not the only list: the moderator's view of join requests has its own. */

function zodCheck(schema: z.core.$ZodType): (value: unknown) => readonly unknown[] {
  return (value) => {
    const result = z.safeParse(schema, value);
    return result.success ? [] : issuesOf(result.error);
  };
}

/**
 * Every answer passes the same parser the widgets use; in development an answer the widgets would
 * reject (or trim) is a server bug and fails loudly with 500 instead of reaching a page.
 */
const RESPONSE_CHECKS = {
  'partner-list': (value: unknown) => parsePartners(value).issues,
  'join-request-receipt': zodCheck(JoinRequestReceipt),
  'join-request-list': zodCheck(JoinRequestList),
  agenda: (value: unknown) => parseAgenda(value).issues,
  board: (value: unknown) => parseBoard(value).issues,
  card: (value: unknown) => (parseCard(value), []),
  'board-event': zodCheck(BoardEvent),
  plan: (value: unknown) => parsePlan(value).issues,
  'plan-point': (value: unknown) => (parsePlanPoint(value), []),
} satisfies Record<string, (value: unknown) => readonly unknown[]>;
type ResponseKind = keyof typeof RESPONSE_CHECKS;

function toFastifyPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}

function param(request: FastifyRequest, name: string): string {
  return (request.params as Record<string, string>)[name] ?? '';
}

function bearer(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header === undefined) return undefined;
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
  return match ? match[1] : '';
}

/** Also accepts the id from the query: `EventSource` cannot send headers. */
function clientIdFrom(value: unknown): string | undefined {
  return typeof value === 'string' && CLIENT_ID.test(value) ? value : undefined;
}

function sequenceNumber(value: unknown): number | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  if (typeof text !== 'string' || !/^\d{1,15}$/.test(text.trim())) return undefined;
  return Number(text.trim());
}

/** The store of each app, for `closeGracefully`. */
const STORES = new WeakMap<FastifyInstance, Store>();

/** Route metadata: `api` routes get API headers (no-store, no framing); the name ties a route to ROUTES. */
declare module 'fastify' {
  interface FastifyContextConfig {
    api?: boolean;
  }
}

/** The reference server: the REST contract of ROUTES, the board's event stream, OpenAPI, the demo site. */
export function buildApp({ store, config, now = () => new Date(), pingMs }: AppOptions): FastifyInstance {
  const app = Fastify({
    bodyLimit: config.bodyLimit,
    logger: config.log
      ? {
          // Keys travel in `Authorization`, client ids identify a participant: neither is logged,
          // and the query (which may carry `?client=`) is cut from logged URLs.
          redact: { paths: ['req.headers.authorization', 'req.headers["x-ija-client"]'], censor: '[redacted]' },
          serializers: {
            req: (req) => ({ method: req.method, url: req.url.split('?')[0], remoteAddress: req.ip }),
          },
        }
      : false,
  });
  const hub = new BoardHub(store, { pingMs });

  // Node's server.close() leaves alone connections that were opened but never sent a request
  // (browsers and fetch open them ahead of time): counted here, so a shutdown does not wait for them.
  const inProgress = new Map<Socket, number>();
  app.server.on('connection', (socket: Socket) => {
    inProgress.set(socket, 0);
    socket.once('close', () => inProgress.delete(socket));
  });
  app.server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const socket = request.socket;
    inProgress.set(socket, (inProgress.get(socket) ?? 0) + 1);
    response.once('close', () => {
      const count = inProgress.get(socket);
      if (count !== undefined) inProgress.set(socket, count - 1);
    });
  });
  const dropIdleConnections = () => {
    for (const [socket, requests] of inProgress) if (requests === 0) socket.destroy();
  };
  STORES.set(app, store);
  const verified = new Map<string, true>();

  /** Whether the request carries the role's key; a verified key is remembered (scrypt is slow on purpose). */
  async function hasKey(request: FastifyRequest, role: KeyRole): Promise<boolean> {
    const key = bearer(request);
    const stored = store.getKeyHash(role);
    if (!key || stored === undefined) return false;
    const memo = `${role}\0${stored}\0${createHash('sha256').update(key).digest('base64url')}`;
    if (verified.has(memo)) return true;
    if (!(await verifyKey(key, stored))) return false;
    if (verified.size >= 64) verified.clear();
    verified.set(memo, true);
    return true;
  }

  async function requireKey(request: FastifyRequest, role: KeyRole): Promise<void> {
    if (!(await hasKey(request, role))) throw unauthorized();
  }

  /**
   * Participants need no key; a key that is sent must be right. The editor key is right but gives no
   * board rights (a page signed in for the agenda may also show the board).
   */
  async function optionalModerator(request: FastifyRequest): Promise<boolean> {
    if (request.headers.authorization === undefined) return false;
    if (await hasKey(request, 'moderator')) return true;
    if (await hasKey(request, 'editor')) return false;
    throw unauthorized();
  }

  function clientId(request: FastifyRequest, required: true): string;
  function clientId(request: FastifyRequest, required: boolean): string | undefined;
  function clientId(request: FastifyRequest, required: boolean): string | undefined {
    const header = request.headers['x-ija-client'];
    if (header === undefined && !required) return undefined;
    const id = clientIdFrom(header);
    if (id === undefined) {
      throw invalid([{ path: 'X-Ija-Client', message: 'Needs a random client id of 8 to 100 characters' }]);
    }
    return id;
  }

  let partnersJson: { source: readonly Partner[]; json: string } | undefined;

  function checked<T>(kind: ResponseKind, value: T): T {
    if (!config.checkResponses) return value;
    let issues: readonly unknown[];
    try {
      issues = RESPONSE_CHECKS[kind](value);
    } catch (error) {
      issues = [error instanceof Error ? error.message : String(error)];
    }
    if (issues.length > 0) {
      throw new Error(`Answer does not match the ${kind} schema: ${JSON.stringify(issues).slice(0, 2000)}`);
    }
    return value;
  }

  function moderatorBoard(boardId: string): Board {
    const board = store.getBoard(boardId, { asModerator: true });
    if (board === undefined) throw notFound();
    return board;
  }

  /** After a successful write: into the event log (for replay), then to the live subscribers. */
  function emit(boardId: string, event: BoardEvent, authorId?: string): void {
    checked('board-event', event);
    const seq = store.appendEvent(boardId, event, authorId);
    hub.publish(boardId, { seq, event, authorId });
  }

  function authorOf(boardId: string, card: { id: string }): string | undefined {
    return store.cardAuthor(boardId, card.id);
  }

  type Handler = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;

  const handlers: Record<RouteName, Handler> = {
    partners: async (_request, reply) => {
      const partners = store.listPartners();
      // 500 partners are some 230 KB of JSON: serialise once per change, not per request.
      if (partnersJson?.source !== partners) {
        partnersJson = { source: partners, json: JSON.stringify(checked('partner-list', { partners })) };
      }
      return reply.type('application/json; charset=utf-8').send(partnersJson.json);
    },

    joinRequest: async (request, reply) => {
      const join = parseBody(JoinRequest, request.body);
      const { created } = store.addJoinRequest(join);
      return reply.code(created ? 201 : 200).send(checked('join-request-receipt', { id: join.id, status: 'received' }));
    },

    joinRequests: async (request) => {
      await requireKey(request, 'moderator');
      return checked('join-request-list', { requests: store.listJoinRequests() });
    },

    agenda: async (request) => checked('agenda', store.getAgenda(param(request, 'id')) ?? throwing(notFound())),

    saveAgenda: async (request) => {
      await requireKey(request, 'editor');
      const agenda = parseBody(Agenda, request.body);
      if (agenda.id !== param(request, 'id')) throw invalid([{ path: 'id', message: 'Must equal the id in the path' }]);
      return checked('agenda', store.putAgenda(agenda));
    },

    board: async (request) => {
      const viewer: BoardViewer = { asModerator: await optionalModerator(request), clientId: clientId(request, false) };
      const boardId = param(request, 'id');
      return checked('board', store.getBoard(boardId, viewer) ?? throwing(notFound()));
    },

    updateBoard: async (request) => {
      await requireKey(request, 'moderator');
      const boardId = param(request, 'id');
      const patch = parseBody(BoardPatch, request.body);
      unwrap(store.updateBoard(boardId, patch));
      const board = moderatorBoard(boardId);
      emit(boardId, { type: 'board-updated', board });
      return checked('board', board);
    },

    addCard: async (request, reply) => {
      const writer = clientId(request, true);
      const boardId = param(request, 'id');
      const card = parseBody(NewCard, request.body);
      const { value, created } = unwrap(store.addCard(boardId, card, writer, now()));
      if (created) emit(boardId, { type: 'card-added', card: plainCard(value) }, writer);
      return reply.code(created ? 201 : 200).send(checked('card', value));
    },

    updateCard: async (request) => {
      const asModerator = await optionalModerator(request);
      const patch = parseBody(CardPatch, request.body);
      if (!asModerator && (patch.insight !== undefined || patch.hidden !== undefined)) throw unauthorized();
      const writer = clientId(request, !asModerator);
      const boardId = param(request, 'id');
      const { value } = unwrap(store.updateCard(boardId, param(request, 'cardId'), patch, { clientId: writer, asModerator }));
      emit(boardId, { type: 'card-updated', card: plainCard(value) }, authorOf(boardId, value));
      return checked('card', value);
    },

    deleteCard: async (request, reply) => {
      const asModerator = await optionalModerator(request);
      const writer = clientId(request, !asModerator);
      const boardId = param(request, 'id');
      const { value } = unwrap(store.deleteCard(boardId, param(request, 'cardId'), { clientId: writer, asModerator }));
      emit(boardId, { type: 'card-removed', cardId: value.cardId });
      return reply.code(204).send();
    },

    vote: async (request, reply) => {
      const writer = clientId(request, true);
      const boardId = param(request, 'id');
      const vote = parseBody(NewVote, request.body);
      const { value, created } = unwrap(store.vote(boardId, param(request, 'cardId'), vote, writer));
      if (created) emit(boardId, { type: 'card-updated', card: plainCard(value) }, authorOf(boardId, value));
      return reply.code(created ? 201 : 200).send(checked('card', value));
    },

    mergeCard: async (request) => {
      await requireKey(request, 'moderator');
      const boardId = param(request, 'id');
      const { into } = parseBody(CardMerge, request.body);
      const { value } = unwrap(store.mergeCard(boardId, param(request, 'cardId'), into));
      emit(boardId, { type: 'board-updated', board: moderatorBoard(boardId) });
      return checked('card', value);
    },

    clearBoard: async (request) => {
      await requireKey(request, 'moderator');
      const boardId = param(request, 'id');
      unwrap(store.clearBoard(boardId));
      const board = moderatorBoard(boardId);
      emit(boardId, { type: 'board-updated', board });
      return checked('board', board);
    },

    boardEvents: async (request, reply) => {
      const query = (request.query ?? {}) as Record<string, unknown>;
      const viewer: BoardViewer = {
        asModerator: await optionalModerator(request),
        clientId: clientIdFrom(query['client']) ?? clientId(request, false),
      };
      if (hub.closed) throw new HttpError(503, { error: 'shutting-down' });
      const board = store.getBoard(param(request, 'id'), viewer) ?? throwing(notFound());
      const lastEventId = sequenceNumber(request.headers['last-event-id'] ?? query['lastEventId']);

      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        ...(reply.getHeaders() as OutgoingHttpHeaders),
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache',
        // One stream per connection: a closed stream also closes its socket (clean shutdown).
        connection: 'close',
        'x-accel-buffering': 'no',
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'content-security-policy': API_CSP,
      });
      res.write('retry: 3000\n\n');
      const unsubscribe = hub.subscribe(board, viewer, {
        write: (chunk) => void res.write(chunk),
        // A client that stopped reading never acknowledges the end: its socket goes after a moment.
        end: () => {
          res.end(() => res.destroy());
          setTimeout(() => res.destroy(), 1_000).unref();
        },
        buffered: () => res.writableLength,
      }, lastEventId);
      res.on('close', unsubscribe);
    },

    plan: async (request) => checked('plan', store.getPlan(param(request, 'id')) ?? throwing(notFound())),

    updatePlanPoint: async (request) => {
      await requireKey(request, 'editor');
      const patch = parseBody(PlanPointPatch, request.body);
      const point = store.patchPlanPoint(param(request, 'id'), param(request, 'pointId'), patch, now());
      return checked('plan-point', point ?? throwing(notFound()));
    },
  };

  app.register(cors, {
    // An empty allowlist sends no CORS headers at all: the browser then allows the same origin only.
    origin: config.corsOrigins.length > 0 ? config.corsOrigins : false,
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['Content-Type', 'Authorization', 'X-Ija-Client', 'Last-Event-ID'],
    exposedHeaders: ['Retry-After', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset'],
    maxAge: 600,
  });

  app.register(rateLimit, {
    global: true,
    max: config.writeRate,
    timeWindow: 60_000,
    // Reads are cheap and cached by nobody; writes are what a misbehaving client can flood.
    allowList: (request) => !WRITE_METHODS.has(request.method),
    // Many phones share one venue IP address: count per client id when there is one.
    keyGenerator: (request) => {
      const id = clientIdFrom(request.headers['x-ija-client']);
      return id !== undefined ? `client:${id}` : `ip:${request.ip}`;
    },
    errorResponseBuilder: (_request, context) => new HttpError(context.statusCode, { error: 'too-many-requests' }),
  });

  app.register(
    async (api) => {
      for (const [name, route] of Object.entries(ROUTES) as [RouteName, (typeof ROUTES)[RouteName]][]) {
        api.route({ method: route.method, url: toFastifyPath(route.path), config: { api: true }, handler: handlers[name] });
      }
    },
    { prefix: API_PREFIX },
  );

  let openApi: string | undefined;
  app.get('/openapi.json', { config: { api: true } }, async (_request, reply) => {
    openApi ??= JSON.stringify(openApiDocument(API_PREFIX));
    return reply.type('application/json; charset=utf-8').send(openApi);
  });

  app.register(fastifyStatic, { root: resolve(config.publicDir), prefix: '/', index: ['index.html'] });
  app.register(fastifyStatic, { root: resolve(config.distDir), prefix: '/dist/', decorateReply: false });

  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    // Shutting down: a request that was already in progress is answered, then its socket closes.
    if (hub.closed) reply.header('connection', 'close');
    if (request.routeOptions.config.api || request.url.startsWith(`${API_PREFIX}/`)) {
      reply.header('cache-control', 'no-store');
      reply.header('content-security-policy', API_CSP);
    } else {
      reply.header('content-security-policy', PAGE_CSP);
      reply.header('permissions-policy', PERMISSIONS_POLICY);
    }
    return payload;
  });

  // Streams end before the server waits for open requests, or it would wait for them forever.
  app.addHook('preClose', async () => {
    hub.closeAll();
    dropIdleConnections();
  });

  app.setNotFoundHandler((_request, reply) => reply.code(404).send({ error: 'not-found' }));

  app.setErrorHandler((error: FastifyError | HttpError, request, reply) => {
    if (error instanceof HttpError) {
      return reply.code(error.status).headers(error.headers).send(error.body);
    }
    switch (error.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return reply.code(413).send({ error: 'too-large', limit: config.bodyLimit });
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return reply.code(415).send({ error: 'unsupported-media-type' });
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return reply.code(400).send({ error: 'invalid', issues: [{ path: '', message: 'Expected a JSON body' }] });
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
        return reply.code(400).send({ error: 'invalid', issues: [{ path: '', message: 'Malformed JSON' }] });
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const malformed = error instanceof SyntaxError;
      return reply.code(malformed ? 400 : status).send(malformed ? { error: 'invalid', issues: [{ path: '', message: 'Malformed JSON' }] } : { error: 'bad-request' });
    }
    request.log.error(error);
    if (!config.log) console.error(error);
    return reply.code(500).send({ error: 'internal' });
  });

  return app;
}

function throwing(error: Error): never {
  throw error;
}

/**
 * Stops accepting connections, ends the event streams and drops idle connections (the `preClose`
 * hook), waits for the requests in progress (each answered with `Connection: close`), then closes
 * the store. Safe to call twice.
 */
export async function closeGracefully(app: FastifyInstance): Promise<void> {
  const store = STORES.get(app);
  STORES.delete(app);
  await app.close();
  store?.close();
}
