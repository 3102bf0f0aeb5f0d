import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { ROUTES, type RouteName } from '../../../src/core/adapter/routes.js';
import type { BoardEvent } from '../../../src/core/schemas/board.js';
import { API_PREFIX, buildApp, closeGracefully } from '../../app.js';
import { parseConfig, type Config } from '../../config.js';
import { ensureKeys } from '../../keys.js';
import { createMemoryRepository } from '../../repository/memory.js';
import { DEFAULT_SITE, type Repository, type Role, type SiteId } from '../../repository/repository.js';
import { seedDemo } from '../../seed.js';
import { openTestStore, type StoreKind } from './stores.js';

/**
 * The reference server for HTTP tests: the app over a memory store seeded with the Musterstadt
 * demo, listening on a free port, with its own demo site and library build in a temp folder.
 */

export const NOW = new Date('2027-02-01T09:30:00.000Z');
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

export interface TestServer {
  app: FastifyInstance;
  /** The store itself (not the wrapper the app may have been given). */
  repo: Repository;
  base: string;
  port: number;
  distDir: string;
  keys: Record<SiteId, Record<Role, string>>;
  close(): Promise<void>;
}

export interface StartOptions {
  config?: Partial<Config>;
  /** What the app sees instead of the store (e.g. a store whose events fail). */
  wrap?: (repo: Repository) => Repository;
  /** Further sites, each created with its keys (and seeded with the demo when `seed` says so). */
  sites?: { id: SiteId; title: string; seed?: boolean }[];
  pingMs?: number;
  /** The store (default: memory); SQLite and PostgreSQL through the conformance suite's test stores. */
  store?: StoreKind;
}

const quiet = () => {};

export async function startTestServer(options: StartOptions = {}): Promise<TestServer> {
  const dir = await mkdtemp(join(tmpdir(), 'ija-http-'));
  const publicDir = join(dir, 'public');
  const distDir = join(dir, 'dist');
  await mkdir(publicDir);
  await mkdir(distDir);
  await writeFile(join(publicDir, 'index.html'), '<!doctype html><html lang="de"><title>Demo</title></html>\n');
  await writeFile(join(distDir, 'ija-widgets.js'), 'export const demo = true;\n');

  const store = options.store === undefined || options.store === 'memory' ? undefined : await openTestStore(options.store);
  const repo = store?.repo ?? createMemoryRepository();
  await repo.createSite({ id: DEFAULT_SITE, title: 'Musterstadt', createdAt: NOW.toISOString() });
  await seedDemo(repo, DEFAULT_SITE, NOW);
  const keys: Record<SiteId, Record<Role, string>> = {};
  keys[DEFAULT_SITE] = (await ensureKeys(repo, DEFAULT_SITE, quiet)) as Record<Role, string>;
  for (const site of options.sites ?? []) {
    await repo.createSite({ id: site.id, title: site.title, createdAt: NOW.toISOString() });
    if (site.seed) await seedDemo(repo, site.id, NOW);
    keys[site.id] = (await ensureKeys(repo, site.id, quiet)) as Record<Role, string>;
  }

  const defaults = parseConfig([], {});
  if (!('config' in defaults)) throw new Error('the default config failed');
  const config: Config = { ...defaults.config, db: 'memory', publicDir, distDir, checkResponses: true, ...options.config };
  const app = buildApp({ repo: options.wrap ? options.wrap(repo) : repo, config, now: () => NOW, pingMs: options.pingMs });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    app,
    repo,
    base: `http://127.0.0.1:${port}`,
    port,
    distDir,
    keys,
    async close() {
      await closeGracefully(app);
      await store?.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The API prefix of a site: `/api` for the default site, `/sites/<site>/api` for others. */
export function apiPrefix(site: SiteId = DEFAULT_SITE): string {
  return site === DEFAULT_SITE ? API_PREFIX : `/sites/${site}/api`;
}

/** A route's path from the adapter's ROUTES, parameters percent-encoded, under a site's prefix. */
export function apiPath(route: RouteName, params: Record<string, string> = {}, site: SiteId = DEFAULT_SITE): string {
  return apiPrefix(site) + ROUTES[route].path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
}

export interface CallOptions {
  body?: unknown;
  client?: string;
  key?: string;
  headers?: Record<string, string>;
  /** A test never waits forever (an event stream that should have been refused, say). */
  timeoutMs?: number;
}

export interface Answer {
  status: number;
  headers: Headers;
  /** Parsed JSON when the answer is JSON, else the text. */
  body: unknown;
  text: string;
}

/** One request as a client sends it; `path` is absolute (see `apiPath`). */
export async function call(server: TestServer, method: string, path: string, options: CallOptions = {}): Promise<Answer> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.client !== undefined) headers['x-ija-client'] = options.client;
  if (options.key !== undefined) headers['authorization'] = `Bearer ${options.key}`;
  let body: string | undefined;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const signal = AbortSignal.timeout(options.timeoutMs ?? 10_000);
  const response = await fetch(`${server.base}${path}`, { method, headers, body, signal });
  const text = await response.text();
  const json = (response.headers.get('content-type') ?? '').includes('json') && text !== '';
  return { status: response.status, headers: response.headers, body: json ? JSON.parse(text) : text, text };
}

/** The answer is `status` in the contract's error format, with the API's security headers. */
export function assertContractError(answer: Pick<Answer, 'status' | 'headers' | 'body'>, status: number, code?: string): void {
  const shown = JSON.stringify(answer.body);
  assert.equal(answer.status, status, shown);
  assert.match(answer.headers.get('content-type') ?? '', /^application\/json/, shown);
  const body = answer.body as { error?: unknown; issues?: unknown };
  assert.equal(typeof body, 'object', shown);
  assert.equal(typeof body.error, 'string', shown);
  if (code !== undefined) assert.equal(body.error, code, shown);
  for (const key of Object.keys(body)) assert.ok(['error', 'issues'].includes(key), `unexpected member "${key}" in ${shown}`);
  if (body.issues !== undefined) {
    assert.ok(Array.isArray(body.issues), shown);
    for (const issue of body.issues as Record<string, unknown>[]) {
      assert.equal(typeof issue['path'], 'string', shown);
      assert.equal(typeof issue['message'], 'string', shown);
    }
  }
  assertApiHeaders(answer.headers);
}

export function assertApiHeaders(headers: Headers): void {
  assert.equal(headers.get('x-content-type-options'), 'nosniff');
  assert.equal(headers.get('content-security-policy'), API_CSP);
  assert.equal(headers.get('cache-control'), 'no-store');
}

/** The paths of a 400's issues (asserting it is one). */
export function issuePaths(answer: Answer): string[] {
  assertContractError(answer, 400, 'invalid');
  return (answer.body as { issues: { path: string }[] }).issues.map((issue) => issue.path);
}

/* ---------------------------------------------------------------------------------------------- */

export interface StreamMessage {
  id: string;
  event: BoardEvent;
}

export interface EventStream {
  response: Response;
  /** The next message with data (skips `retry:` and `: ping`); throws when none comes in time. */
  next(timeoutMs?: number): Promise<StreamMessage>;
  close(): void;
}

/** A server-sent-event reader over fetch (Node has no EventSource). */
export async function openStream(server: TestServer, path: string, headers: Record<string, string> = {}): Promise<EventStream> {
  const controller = new AbortController();
  const response = await fetch(`${server.base}${path}`, { headers, signal: controller.signal });
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  let buffer = '';

  async function nextBlock(deadline: number): Promise<string> {
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end !== -1) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        return block;
      }
      if (reader === undefined) throw new Error(`no stream (status ${response.status})`);
      const left = deadline - Date.now();
      let timer: NodeJS.Timeout | undefined;
      const chunk = await Promise.race([
        reader.read(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no event in time; have: ${JSON.stringify(buffer)}`)), Math.max(0, left));
        }),
      ]).finally(() => clearTimeout(timer));
      if (chunk.done) throw new Error(`the stream ended; have: ${JSON.stringify(buffer)}`);
      buffer += decoder.decode(chunk.value, { stream: true });
    }
  }

  return {
    response,
    async next(timeoutMs = 3_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const block = await nextBlock(deadline);
        const fields = new Map<string, string>();
        for (const line of block.split('\n')) {
          if (line.startsWith(':')) continue;
          const colon = line.indexOf(':');
          fields.set(line.slice(0, colon), line.slice(colon + 1).replace(/^ /, ''));
        }
        const data = fields.get('data');
        if (data !== undefined) return { id: fields.get('id') ?? '', event: JSON.parse(data) as BoardEvent };
      }
    },
    close: () => controller.abort(),
  };
}

/* ---------------------------------------------------------------------------------------------- */

export interface RawAnswer {
  status: number;
  headers: Headers;
  body: unknown;
  text: string;
}

/**
 * Sends bytes as they are (a request fetch refuses to send: a malformed URL, an over-long one) and
 * reads the answer until the server closes the connection.
 */
export function rawRequest(server: TestServer, request: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.setTimeout(15_000, () => socket.destroy(new Error('no answer within 15 s')));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const split = text.indexOf('\r\n\r\n');
      if (split === -1) return reject(new Error(`no HTTP answer: ${JSON.stringify(text.slice(0, 200))}`));
      const [statusLine, ...lines] = text.slice(0, split).split('\r\n');
      const headers = new Headers();
      for (const line of lines) {
        const colon = line.indexOf(':');
        headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
      }
      let body = text.slice(split + 4);
      if (/chunked/i.test(headers.get('transfer-encoding') ?? '')) body = unchunk(body);
      let parsed: unknown = body;
      try {
        parsed = JSON.parse(body);
      } catch {
        // not JSON: the test says so
      }
      resolve({ status: Number(statusLine!.split(' ')[1]), headers, body: parsed, text });
    });
    socket.write(request);
  });
}

function unchunk(body: string): string {
  let out = '';
  let rest = body;
  for (;;) {
    const lineEnd = rest.indexOf('\r\n');
    const size = parseInt(rest.slice(0, lineEnd), 16);
    if (!(size > 0)) return out;
    out += rest.slice(lineEnd + 2, lineEnd + 2 + size);
    rest = rest.slice(lineEnd + 2 + size + 2);
  }
}
