import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ROUTES } from '../../src/core/adapter/routes.js';
import type { Caller } from '../core/access.js';
import { runRoute, type RouteDefinition } from '../core/route.js';
import type { Spreadsheets } from '../core/services/network.js';
import type { Repository, SiteId } from '../repository/repository.js';
import type { KeyCheck } from './auth.js';

/** Route metadata: `api` routes get API headers (no-store, no framing); `route` ties a Fastify route to its definition. */
declare module 'fastify' {
  interface FastifyContextConfig {
    api?: boolean;
    route?: RouteDefinition;
  }
}

export interface SliceOptions {
  repo: Repository;
  keys: KeyCheck;
  /** The site a request is for (from the prefix); throws 404 for an unknown site. */
  siteOf(request: FastifyRequest): Promise<SiteId>;
  now(): Date;
  checkAnswers: boolean;
  spreadsheets?: Spreadsheets;
  /** Largest file a route with `upload` takes, in bytes (a spreadsheet is larger than a JSON body). */
  uploadLimit: number;
  /** Routes a slice leaves to a special handler (the event stream). */
  special?: Partial<Record<string, (request: FastifyRequest, reply: FastifyReply, site: SiteId, asModerator: boolean) => Promise<unknown>>>;
}

/**
 * One slice of the contract (partners, agendas, boards, plans) as a Fastify plugin: each route's
 * path from ROUTES, its access checked in a pre-handler, body and answer checked by `runRoute`
 * against the contract's schemas.
 */
export function slicePlugin(routes: readonly RouteDefinition[], options: SliceOptions) {
  return async (api: FastifyInstance) => {
    for (const route of routes) {
      const { method, path } = ROUTES[route.name];
      api.route({
        method,
        url: path.replace(/\{(\w+)\}/g, ':$1'),
        config: { api: true, route },
        ...(route.upload !== undefined ? { bodyLimit: options.uploadLimit } : {}),
        preHandler: async (request) => {
          const site = await options.siteOf(request);
          request.ija = { site, ...(await options.keys.resolve(request, site, route.access)) };
        },
        handler: async (request, reply) => {
          const { site, asModerator, role } = request.ija!;
          const special = options.special?.[route.name];
          if (special) return special(request, reply, site, asModerator);
          const params = { ...(request.params as Record<string, string>) };
          delete params['site'];
          // Spreadsheet media types arrive as bytes (see app.ts), as an Upload for runRoute to take or refuse.
          const body = request.body instanceof Uint8Array ? { bytes: request.body, contentType: mediaType(request) } : request.body;
          const answer = await runRoute(
            route,
            {
              params,
              query: request.query as Record<string, unknown>,
              body,
              clientHeader: header(request, 'x-ija-client'),
              asModerator,
              role,
              conditions: { ifMatch: header(request, 'if-match'), ifNoneMatch: header(request, 'if-none-match') },
            },
            { repo: options.repo, site, now: options.now(), checkAnswers: options.checkAnswers, spreadsheets: options.spreadsheets },
          );
          reply.code(answer.status);
          if (answer.headers !== undefined) reply.headers(answer.headers);
          if (answer.file !== undefined) {
            return reply
              .type(answer.file.contentType)
              .header('content-disposition', `attachment; filename="${answer.file.name}"`)
              .send(Buffer.from(answer.body as Uint8Array));
          }
          return answer.body === undefined ? reply.send() : reply.send(answer.body);
        },
      });
    }
  };
}

declare module 'fastify' {
  interface FastifyRequest {
    ija?: { site: SiteId } & Caller;
  }
}

/** The media type of the body, without parameters (`text/csv; charset=utf-8` → `text/csv`). */
function mediaType(request: FastifyRequest): string {
  return (header(request, 'content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

export function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
