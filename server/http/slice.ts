import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ROUTES } from '../../src/core/adapter/routes.js';
import { runRoute, type RouteDefinition } from '../core/route.js';
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
        preHandler: async (request) => {
          const site = await options.siteOf(request);
          const { asModerator } = await options.keys.resolve(request, site, route.access);
          request.ija = { site, asModerator };
        },
        handler: async (request, reply) => {
          const { site, asModerator } = request.ija!;
          const special = options.special?.[route.name];
          if (special) return special(request, reply, site, asModerator);
          const params = { ...(request.params as Record<string, string>) };
          delete params['site'];
          const answer = await runRoute(
            route,
            { params, query: request.query as Record<string, unknown>, body: request.body, clientHeader: header(request, 'x-ija-client'), asModerator },
            { repo: options.repo, site, now: options.now(), checkAnswers: options.checkAnswers },
          );
          reply.code(answer.status);
          return answer.body === undefined ? reply.send() : reply.send(answer.body);
        },
      });
    }
  };
}

declare module 'fastify' {
  interface FastifyRequest {
    ija?: { site: SiteId; asModerator: boolean };
  }
}

export function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
