import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { resolve } from 'node:path';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import compress from '@fastify/compress';
import cors from '@fastify/cors';
import fastifyStatic from '@fastify/static';
import { ApiError, notFound } from './core/errors.js';
import { clientIdFrom } from './core/route.js';
import { SLICES } from './core/routes/index.js';
import { SPREADSHEET_MEDIA_TYPES } from './core/routes/partners.js';
import type { Config } from './config.js';
import { KeyCheck } from './http/auth.js';
import { BoardHub } from './http/board-hub.js';
import { COMPRESSION } from './http/compression.js';
import { API_CSP, eventStreamHandler } from './http/event-stream.js';
import { createNodeServer } from './http/node-server.js';
import { WindowLimiter } from './http/limits.js';
import { openApiDocument } from './http/openapi.js';
import { header, slicePlugin } from './http/slice.js';
import { purgeHandledRequestsEvery } from './http/retention.js';
import { setCacheControl } from './http/static-files.js';
import { nodeSpreadsheets as spreadsheets } from './spreadsheet/index.js';
import { DEFAULT_SITE, type Repository, type SiteId } from './repository/repository.js';

export interface AppOptions {
  repo: Repository;
  config: Config;
  /** The clock for card timestamps and plan updates (tests fix it). */
  now?: () => Date;
  /** Interval of the SSE keep-alive comment (default 25 s). */
  pingMs?: number;
}

/** Where the default site's REST contract lives: the demo site's `<ija-provider api="/api">`. */
export const API_PREFIX = '/api';
/** Every other site's contract: `<ija-provider api="/sites/<site>/api">`. */
export const SITE_API_PREFIX = '/sites/:site/api';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** The largest spreadsheet an import takes: thousands of partners in XLSX stay well below it. */
const UPLOAD_LIMIT = 5 * 1_048_576;

/** Join requests per IP address per hour: an organisation sends one; a script sends hundreds. */
export const JOIN_REQUESTS_PER_HOUR = 20;

/**
 * The demo pages run under the strict policy the README documents (nothing inline, Trusted Types with
 * Lit's and the library's policy); map tiles come from OpenStreetMap once a visitor agrees.
 */
const PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https://tile.openstreetmap.org; " +
  "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html ija-widgets";
const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=()';

/** Headers every answer carries, also Fastify's and Node's own error answers. */
const COMMON_HEADERS = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' } as const;

/** The store and hub of each app, for `closeGracefully`. */
const RESOURCES = new WeakMap<FastifyInstance, { repo: Repository; hub: BoardHub }>();

const tooMany = (seconds: number) => new ApiError(429, 'too-many-requests', undefined, { 'retry-after': String(seconds) });

/** The reference server: the REST contract per site, the board's event stream, health, OpenAPI, the demo site. */
export function buildApp({ repo, config, now = () => new Date(), pingMs }: AppOptions): FastifyInstance {
  const app = Fastify({
    bodyLimit: config.bodyLimit,
    // Fastify takes a hop count too, which its types leave out.
    trustProxy: config.trustProxy as boolean | string,
    serverFactory: createNodeServer(config.requestTimeoutMs),
    // An id of 100 characters, percent-encoded (up to 12 characters each), fits.
    routerOptions: { maxParamLength: 1_200 },
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
    // Fastify's own refusals (a malformed URL, say) answer in the contract's format, with the headers.
    frameworkErrors: (error, _request, reply) => {
      const status = error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
      const answer = reply as unknown as FastifyReply;
      void answer.code(status).headers({ ...COMMON_HEADERS, 'content-security-policy': API_CSP, 'cache-control': 'no-store' }).send({ error: 'bad-request' });
    },
  });
  const hub = new BoardHub(repo, { pingMs });
  const keys = new KeyCheck(repo);
  RESOURCES.set(app, { repo, hub });

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

  // Write limits. Per client id: one phone cannot flood a board. Per IP address too, ten times as
  // high (a venue's phones share one address): rotating client ids does not get around it.
  const writesPerClient = new WindowLimiter(config.writeRate, 60_000);
  const writesPerIp = new WindowLimiter(config.writeRate * 10, 60_000);
  const joinRequestsPerIp = new WindowLimiter(JOIN_REQUESTS_PER_HOUR, 3_600_000);
  app.addHook('onRequest', async (request) => {
    if (!WRITE_METHODS.has(request.method) || !request.routeOptions.config.api) return;
    const clientId = clientIdFrom(header(request, 'x-ija-client'));
    const waits = [writesPerIp.hit(`ip:${request.ip}`)];
    if (clientId !== undefined) waits.push(writesPerClient.hit(`client:${clientId}`));
    if (request.routeOptions.config.route?.name === 'joinRequest') waits.push(joinRequestsPerIp.hit(request.ip));
    const wait = Math.max(...waits);
    if (wait > 0) throw tooMany(wait);
  });

  // First: it compresses the answers of the routes added after it (the API, the files).
  app.register(compress, COMPRESSION);
  app.register(cors, {
    // An empty allowlist sends no CORS headers at all: the browser then allows the same origin only.
    origin: config.corsOrigins.length > 0 ? config.corsOrigins : false,
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['Content-Type', 'Authorization', 'X-Ija-Client', 'Last-Event-ID', 'If-Match', 'If-None-Match'],
    exposedHeaders: ['Retry-After', 'ETag'],
    maxAge: 600,
  });

  const knownSites = new Set<SiteId>([DEFAULT_SITE]);
  const siteOf = async (request: FastifyRequest): Promise<SiteId> => {
    const site = (request.params as Record<string, string | undefined>)['site'] ?? DEFAULT_SITE;
    if (knownSites.has(site)) return site;
    if ((await repo.getSite(site)) === undefined) throw notFound();
    knownSites.add(site);
    return site;
  };
  // Spreadsheets for the partner import: raw bytes, read by the route (CSV encodings are detected there).
  app.addContentTypeParser([...SPREADSHEET_MEDIA_TYPES], { parseAs: 'buffer', bodyLimit: UPLOAD_LIMIT }, (_request, body, done) => done(null, body));
  const sliceOptions = {
    repo,
    keys,
    siteOf,
    now,
    checkAnswers: config.checkResponses,
    spreadsheets,
    uploadLimit: UPLOAD_LIMIT,
    special: { boardEvents: eventStreamHandler(repo, hub, config.maxStreamsPerClient) },
  };
  for (const prefix of [API_PREFIX, SITE_API_PREFIX]) {
    for (const routes of Object.values(SLICES)) app.register(slicePlugin(routes, sliceOptions), { prefix });
  }

  // Routes outside the slices, in a plugin too: a route added to `app` directly would be added before
  // the compression plugin loads, and go uncompressed.
  app.register(async (outside) => {
    // Health, outside the API: is the process up, and does the store answer.
    outside.get('/healthz', { config: { api: true } }, async () => ({ status: 'ok' }));
    outside.get('/readyz', { config: { api: true } }, async (_request, reply) => {
      try {
        await Promise.race([repo.ping(), new Promise((_, fail) => setTimeout(() => fail(new Error('timeout')), 2_000).unref())]);
        return { status: 'ready', store: repo.kind };
      } catch {
        return reply.code(503).send({ error: 'store-unavailable', store: repo.kind });
      }
    });

    let openApi: string | undefined;
    outside.get('/openapi.json', { config: { api: true } }, async (_request, reply) => {
      openApi ??= JSON.stringify(openApiDocument());
      return reply.type('application/json; charset=utf-8').send(openApi);
    });
  });

  const caching = { cacheControl: false, setHeaders: setCacheControl };
  app.register(fastifyStatic, { root: resolve(config.publicDir), prefix: '/', index: ['index.html'], ...caching });
  app.register(fastifyStatic, { root: resolve(config.distDir), prefix: '/dist/', decorateReply: false, ...caching });

  app.addHook('onSend', async (request, reply, payload) => {
    reply.headers(COMMON_HEADERS);
    // Shutting down: a request that was already in progress is answered, then its socket closes.
    if (hub.closed) reply.header('connection', 'close');
    if (request.routeOptions.config.api || request.url.startsWith(`${API_PREFIX}/`) || request.url.startsWith('/sites/')) {
      // A read that is cheap to poll set its own (no-cache, with an ETag); nothing else is kept.
      if (!reply.hasHeader('etag')) reply.header('cache-control', 'no-store');
      reply.header('content-security-policy', API_CSP);
    } else {
      reply.header('content-security-policy', PAGE_CSP);
      reply.header('permissions-policy', PERMISSIONS_POLICY);
    }
    return payload;
  });

  const stopPurging = purgeHandledRequestsEvery(repo, config.requestRetentionDays, now);
  // Streams end before the server waits for open requests, or it would wait for them forever.
  app.addHook('preClose', async () => {
    stopPurging();
    hub.closeAll();
    dropIdleConnections();
  });

  app.setNotFoundHandler((_request, reply) => reply.code(404).send({ error: 'not-found' }));
  app.setErrorHandler((error: FastifyError | ApiError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof ApiError) return reply.code(error.status).headers(error.headers).send(error.body);
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

/**
 * Stops accepting connections, ends the event streams and drops idle connections (the `preClose`
 * hook), waits for the requests in progress (each answered with `Connection: close`), then closes
 * the store. Safe to call twice.
 */
export async function closeGracefully(app: FastifyInstance): Promise<void> {
  const resources = RESOURCES.get(app);
  RESOURCES.delete(app);
  await app.close();
  await resources?.repo.close();
}
