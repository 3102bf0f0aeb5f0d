import * as z from 'zod/mini';
import type { RouteName } from '../../src/core/adapter/routes.js';
import { Id } from '../../src/core/schemas/fields.js';
import { CONTRACT_SCHEMAS, type ContractSchemaName } from '../../src/core/schemas/json-schema.js';
import { issuesOf } from '../../src/core/schemas/parse.js';
import type { Repository, Role, SiteId } from '../repository/repository.js';
import { ApiError, invalid, notFound } from './errors.js';
import type { Spreadsheets } from './services/network.js';

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
 * - a role: the site's key of that role (`Authorization: Bearer <key>`);
 * - `editor-or-moderator`: the editor's key or the moderator's (the route decides what each may do, by `role`).
 * A key that is sent must be right, whatever the route.
 */
export type Access = 'public' | 'participant' | 'viewer' | 'owner' | 'editor-or-moderator' | Role;

type BodyOf<K> = K extends ContractSchemaName ? z.output<(typeof CONTRACT_SCHEMAS)[K]> : Upload | undefined;

export interface RouteContext<B> {
  repo: Repository;
  site: SiteId;
  /** Path parameters, checked as ids (a path with a blank or over-long id is a 404). */
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: B;
  clientId?: string;
  asModerator: boolean;
  /** The role of the key the request sent (checked); undefined without a key. */
  role?: Role;
  /** The request's conditional headers (`If-Match` for `ifMatch` routes, `If-None-Match` for `etag` routes). */
  conditions: Conditions;
  now: Date;
  /** Spreadsheet import and export: the server has them; the in-browser fake does not. */
  spreadsheets?: Spreadsheets;
}

/** The conditional request headers a route may read, as sent (undefined when not). */
export interface Conditions {
  ifMatch?: string;
  ifNoneMatch?: string;
}

export interface RouteParameter {
  name: string;
  in: 'query' | 'header';
  description: string;
  /** JSON Schema of the value. */
  schema: Readonly<Record<string, unknown>>;
}

export interface RouteAnswer {
  status: number;
  /** JSON (a contract document), or the bytes of a `file` answer. */
  body?: unknown;
  /** A `file` answer's media type and download name. */
  file?: { contentType: string; name: string };
  /** Headers of the answer (an `ETag` and its `Cache-Control`). */
  headers?: Readonly<Record<string, string>>;
}

/** A successful answer's schema: a contract document, none (`null`), the event stream, or a file (a spreadsheet). */
export type AnswerSchema = ContractSchemaName | null | 'events' | 'file';

/** A file sent as the body (`Content-Type` one of `upload`): its bytes and type, for the route to read. */
export interface Upload {
  bytes: Uint8Array;
  contentType: string;
}

export interface RouteDefinition<K extends ContractSchemaName | undefined = ContractSchemaName | undefined> {
  name: RouteName;
  summary: string;
  access: Access;
  body?: K;
  /** Instead of a JSON body: a file of one of these media types (e.g. a spreadsheet), handed over as an `Upload`. */
  upload?: readonly string[];
  ok: Readonly<Record<number, AnswerSchema>>;
  /** What each success status means, where the schema's name does not say it (a replace or a create). */
  okMeanings?: Readonly<Record<number, string>>;
  /** Query and header parameters the route reads (path parameters come from its path). */
  parameters?: readonly RouteParameter[];
  /** Refusals besides those that follow from the rest (400, 401, 404, 412, 413, 415, 429). */
  refusals?: readonly number[];
  /**
   * A read that is cheap to poll: its 200 carries an `ETag` and `Cache-Control: no-cache`, and a matching
   * `If-None-Match` is answered 304 without a body (see conditional.ts).
   */
  etag?: boolean;
  /** A write that honours `If-Match: "v<n>"`: another version than the stored one is refused (412 `version-conflict`). */
  ifMatch?: boolean;
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
  /** The role of the key that was sent (checked by the binding). */
  role?: Role;
  conditions?: Conditions;
}

export interface RouteEnvironment {
  repo: Repository;
  site: SiteId;
  now: Date;
  /** Checks each answer against its schema (development): an answer the widgets would reject is a server bug. */
  checkAnswers: boolean;
  spreadsheets?: Spreadsheets;
}

function clientIdOf(route: RouteDefinition, request: RouteRequest): string | undefined {
  const required = route.access === 'participant' || (route.access === 'owner' && !request.asModerator);
  if (request.clientHeader === undefined && !required) return undefined;
  const id = clientIdFrom(request.clientHeader);
  if (id === undefined) throw missingClientId();
  return id;
}

function isUpload(value: unknown): value is Upload {
  return typeof value === 'object' && value !== null && (value as Upload).bytes instanceof Uint8Array && typeof (value as Upload).contentType === 'string';
}

const unsupportedMediaType = (accepted: readonly string[]) =>
  new ApiError(415, 'unsupported-media-type', [{ path: 'Content-Type', message: `Expected one of ${accepted.join(', ')}` }]);

/** Checks parameters and body, runs the route, checks the answer. Authorisation is the binding's (it has the keys). */
export async function runRoute(route: RouteDefinition, request: RouteRequest, env: RouteEnvironment): Promise<RouteAnswer> {
  for (const value of Object.values(request.params)) {
    // An id that cannot exist (blank, too long for an id, broken Unicode) names nothing.
    if (!z.safeParse(Id, value).success || value.trim() !== value) throw notFound();
  }
  let body: unknown = undefined;
  if (route.upload !== undefined) {
    body = request.body;
    if (!isUpload(body) || !route.upload.includes(body.contentType)) throw unsupportedMediaType(route.upload);
  } else if (isUpload(request.body)) {
    // A file sent where a JSON document belongs.
    throw unsupportedMediaType(['application/json']);
  } else if (route.body !== undefined) {
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
    role: request.role,
    conditions: request.conditions ?? {},
    now: env.now,
    spreadsheets: env.spreadsheets,
  });
  if (env.checkAnswers) checkAnswer(route, answer);
  return answer;
}

function checkAnswer(route: RouteDefinition, answer: RouteAnswer): void {
  const schema = route.ok[answer.status];
  if (schema === undefined) throw new Error(`${route.name} answered ${answer.status}, which its definition does not list`);
  if (schema === null || schema === 'events' || schema === 'file') return;
  const result = z.safeParse(CONTRACT_SCHEMAS[schema], answer.body);
  if (!result.success) {
    throw new Error(`Answer of ${route.name} does not match the ${schema} schema: ${JSON.stringify(issuesOf(result.error)).slice(0, 2000)}`);
  }
}
