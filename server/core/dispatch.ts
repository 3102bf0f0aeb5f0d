import { ROUTES } from '../../src/core/adapter/routes.js';
import { DEFAULT_SITE, type Repository, type Role, type SiteId } from '../repository/repository.js';
import { bearerKey, callerOf, requiredRoles, rolesToTry, type Caller } from './access.js';
import { ApiError, invalid, notFound, unauthorized } from './errors.js';
import { runRoute, type Access, type RouteDefinition } from './route.js';
import { ALL_ROUTES } from './routes/index.js';

/**
 * The REST contract without a web server: the same route definitions the Fastify app serves
 * (server/core/routes), answered from a store, for the in-browser fakes (Storybook's backend, the
 * browser tests' backend in web-test-runner's dev server). Browser-safe: no node imports, no Fastify.
 *
 * What it leaves out, because only a real server has it: the event stream (`boardEvents` answers
 * 404, as a binding without streams does), rate limits and the wrong-key counter (429), body size
 * limits (413) and content-type checks (415), and the API headers (CSP, no-store, nosniff).
 */

export interface DispatcherOptions {
  repo: Repository;
  /** The site the requests are for (default: the default site, which needs no record). */
  site?: SiteId;
  /** Checks each answer against its schema (default true: an answer the widgets would reject is a bug). */
  checkAnswers?: boolean;
  /** The clock for card timestamps and plan updates (tests fix it). */
  now?: () => Date;
  /**
   * The site's keys by role. Without them every bearer key counts as every role (Storybook, where
   * any key will do); with them a role's routes need exactly that role's key, as on the server.
   */
  keys?: Partial<Record<Role, string>>;
  /** Told about an error that is not the contract's (answered 500): a bug to see, not to hide. */
  onError?: (error: unknown) => void;
}

export interface DispatchRequest {
  method: string;
  /** The contract path, as after the adapter's base URL, percent-encoded, with or without a query. */
  path: string;
  headers?: Headers | Record<string, string | readonly string[] | undefined>;
  /** The body as sent (JSON text); undefined or empty when none. */
  body?: string;
}

export interface DispatchAnswer {
  status: number;
  headers: Record<string, string>;
  /** The JSON body as it would arrive over the wire (a fresh copy); undefined for none (204). */
  body?: unknown;
}

export type Dispatch = (request: DispatchRequest) => Promise<DispatchAnswer>;

interface CompiledRoute {
  route: RouteDefinition;
  method: string;
  pattern: RegExp;
}

/** `/boards/{id}/cards` as `^/boards/(?<id>[^/]+)/cards$`. */
function compile(route: RouteDefinition): CompiledRoute {
  const { method, path } = ROUTES[route.name];
  const source = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, '(?<$1>[^/]+)');
  return { route, method, pattern: new RegExp(`^${source}$`) };
}

const COMPILED: readonly CompiledRoute[] = ALL_ROUTES.map(compile);

/** Header names lower-cased, first value of a repeated header (as Node hands them over). */
function headerMap(headers: DispatchRequest['headers']): Map<string, string> {
  const map = new Map<string, string>();
  if (headers === undefined) return map;
  if (typeof Headers !== 'undefined' && headers instanceof Headers) {
    headers.forEach((value, name) => map.set(name.toLowerCase(), value));
    return map;
  }
  for (const [name, value] of Object.entries(headers as Record<string, string | readonly string[] | undefined>)) {
    const first = typeof value === 'string' ? value : value?.[0];
    if (first !== undefined) map.set(name.toLowerCase(), first);
  }
  return map;
}

/**
 * Who the request is, as server/http/auth.ts decides it: a role's route needs that role's key; a key
 * sent to any route must be right; the moderator's key makes the request the moderator's.
 */
function accessOf(access: Access, authorization: string | undefined, keys: DispatcherOptions['keys']): Caller {
  const key = bearerKey(authorization);
  if (key === undefined) {
    if (requiredRoles(access) !== undefined) throw unauthorized();
    return callerOf(undefined);
  }
  if (key === '') throw unauthorized();
  // Any key will do: the request shows everything (moderator) and may do what the route's first role may.
  if (keys === undefined) return { asModerator: true, role: rolesToTry(access)[0] };
  for (const role of rolesToTry(access)) {
    if (keys[role] !== undefined && keys[role] === key) return callerOf(role);
  }
  throw unauthorized();
}

/** The JSON body, refused as the server refuses it; undefined when none was sent. */
function parseBody(text: string | undefined): unknown {
  if (text === undefined || text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw invalid([{ path: '', message: 'Malformed JSON' }]);
  }
}

function decodedParams(groups: Record<string, string> | undefined): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(groups ?? {})) {
    try {
      params[name] = decodeURIComponent(value);
    } catch {
      // A broken percent-encoding is refused before routing, as Fastify does.
      throw new ApiError(400, 'bad-request');
    }
  }
  return params;
}

function answerOf(status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): DispatchAnswer {
  if (body === undefined) return { status, headers: { ...headers } };
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.parse(JSON.stringify(body)) as unknown,
  };
}

export function createDispatcher(options: DispatcherOptions): Dispatch {
  const { repo, site = DEFAULT_SITE, checkAnswers = true, now = () => new Date(), keys, onError } = options;

  async function answer(request: DispatchRequest): Promise<DispatchAnswer> {
    const [path = '', queryText = ''] = request.path.split(/\?(.*)/s);
    // HEAD is answered as GET without the body, as Fastify does for every GET route.
    const head = request.method.toUpperCase() === 'HEAD';
    const method = head ? 'GET' : request.method.toUpperCase();
    let matched: { compiled: CompiledRoute; groups: Record<string, string> | undefined } | undefined;
    for (const compiled of COMPILED) {
      const match = compiled.method === method ? compiled.pattern.exec(path) : null;
      if (match) {
        matched = { compiled, groups: match.groups };
        break;
      }
    }
    if (matched === undefined) throw notFound();
    const { route } = matched.compiled;
    const params = decodedParams(matched.groups);
    // Fastify parses the body before the pre-handler checks access: a malformed body is a 400 first.
    const body = route.body === undefined ? undefined : parseBody(request.body);
    if (site !== DEFAULT_SITE && (await repo.getSite(site)) === undefined) throw notFound();
    const headers = headerMap(request.headers);
    const { asModerator, role } = accessOf(route.access, headers.get('authorization'), keys);
    const result = await runRoute(
      route,
      {
        params,
        query: Object.fromEntries(new URLSearchParams(queryText)),
        body,
        clientHeader: headers.get('x-ija-client'),
        asModerator,
        role,
        conditions: { ifMatch: headers.get('if-match'), ifNoneMatch: headers.get('if-none-match') },
      },
      { repo, site, now: now(), checkAnswers },
    );
    return answerOf(result.status, head ? undefined : result.body, result.headers);
  }

  return async (request) => {
    try {
      return await answer(request);
    } catch (error) {
      if (error instanceof ApiError) return answerOf(error.status, error.body, error.headers);
      onError?.(error);
      return answerOf(500, { error: 'internal' });
    }
  };
}
