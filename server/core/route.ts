import * as z from 'zod/mini';
import type { RouteName } from '../../src/core/adapter/routes.js';
import { Id } from '../../src/core/schemas/fields.js';
import { CONTRACT_SCHEMAS, type ContractSchemaName } from '../../src/core/schemas/json-schema.js';
import { issuesOf } from '../../src/core/schemas/parse.js';
import type { Repository, Role, SiteId } from '../repository/repository.js';
import { invalid, notFound } from './errors.js';

/**
 * One route of the REST contract, defined once: its path and method come from the adapter's ROUTES
 * (so client and server cannot drift), its body and answers name the contract's zod schemas, and
 * its access says who may call it. The Fastify binding (server/http), the in-browser fake
 * (Storybook, browser tests) and the OpenAPI document are all made from these definitions.
 *
 * Access:
 * - `public`: anyone;
 * - `participant`: anyone with a client id (`X-Ija-Client`), the anonymous participant;
 * - `viewer`: anyone; a client id marks the own ideas, the moderator key shows everything;
 * - `owner`: the author (by client id) or the moderator;
 * - a role: the site's key of that role (`Authorization: Bearer <key>`).
 * A key that is sent must be right, whatever the route.
 */
export type Access = 'public' | 'participant' | 'viewer' | 'owner' | Role;

type BodyOf<K> = K extends ContractSchemaName ? z.output<(typeof CONTRACT_SCHEMAS)[K]> : undefined;

export interface RouteContext<B> {
  repo: Repository;
  site: SiteId;
  /** Path parameters, checked as ids (a path with a blank or over-long id is a 404). */
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: B;
  clientId?: string;
  asModerator: boolean;
  now: Date;
}

export interface RouteAnswer {
  status: number;
  body?: unknown;
}

/** A successful answer's schema: a contract document, none (`null`), or the event stream. */
export type AnswerSchema = ContractSchemaName | null | 'events';

export interface RouteDefinition<K extends ContractSchemaName | undefined = ContractSchemaName | undefined> {
  name: RouteName;
  summary: string;
  access: Access;
  body?: K;
  ok: Readonly<Record<number, AnswerSchema>>;
  /** Refusals besides those that follow from the rest (400, 401, 404, 413, 415, 429). */
  refusals?: readonly number[];
  handle(context: RouteContext<BodyOf<K>>): Promise<RouteAnswer>;
}

/** Keeps the body's type tied to the schema it names. */
export function defineRoute<K extends ContractSchemaName | undefined = undefined>(route: RouteDefinition<K>): RouteDefinition {
  return route as unknown as RouteDefinition;
}

/** A random id per browser, sent by participants in `X-Ija-Client` (or `?client=` on the event stream). */
const CLIENT_ID = /^[\x21-\x7e]{8,100}$/;

export function clientIdFrom(value: unknown): string | undefined {
  return typeof value === 'string' && CLIENT_ID.test(value) ? value : undefined;
}

export const missingClientId = () => invalid([{ path: 'X-Ija-Client', message: 'Needs a random client id of 8 to 100 characters' }]);

/** What a binding found out about the request before the route runs. */
export interface RouteRequest {
  params: Record<string, string>;
  query?: Record<string, unknown>;
  body: unknown;
  /** The raw `X-Ija-Client` header; undefined when not sent. */
  clientHeader?: string;
  asModerator: boolean;
}

export interface RouteEnvironment {
  repo: Repository;
  site: SiteId;
  now: Date;
  /** Checks each answer against its schema (development): an answer the widgets would reject is a server bug. */
  checkAnswers: boolean;
}

function clientIdOf(route: RouteDefinition, request: RouteRequest): string | undefined {
  const required = route.access === 'participant' || (route.access === 'owner' && !request.asModerator);
  if (request.clientHeader === undefined && !required) return undefined;
  const id = clientIdFrom(request.clientHeader);
  if (id === undefined) throw missingClientId();
  return id;
}

/** Checks parameters and body, runs the route, checks the answer. Authorisation is the binding's (it has the keys). */
export async function runRoute(route: RouteDefinition, request: RouteRequest, env: RouteEnvironment): Promise<RouteAnswer> {
  for (const value of Object.values(request.params)) {
    // An id that cannot exist (blank, too long for an id, broken Unicode) names nothing.
    if (!z.safeParse(Id, value).success || value.trim() !== value) throw notFound();
  }
  let body: unknown = undefined;
  if (route.body !== undefined) {
    const parsed = z.safeParse(CONTRACT_SCHEMAS[route.body], request.body);
    if (!parsed.success) throw invalid(issuesOf(parsed.error));
    body = parsed.data;
  }
  const answer = await route.handle({
    repo: env.repo,
    site: env.site,
    params: request.params,
    query: request.query ?? {},
    body: body as never,
    clientId: clientIdOf(route, request),
    asModerator: request.asModerator,
    now: env.now,
  });
  if (env.checkAnswers) checkAnswer(route, answer);
  return answer;
}

function checkAnswer(route: RouteDefinition, answer: RouteAnswer): void {
  const schema = route.ok[answer.status];
  if (schema === undefined) throw new Error(`${route.name} answered ${answer.status}, which its definition does not list`);
  if (schema === null || schema === 'events') return;
  const result = z.safeParse(CONTRACT_SCHEMAS[schema], answer.body);
  if (!result.success) {
    throw new Error(`Answer of ${route.name} does not match the ${schema} schema: ${JSON.stringify(issuesOf(result.error)).slice(0, 2000)}`);
  }
}
