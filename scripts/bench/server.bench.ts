/**
 * `npm run bench:server [-- --duration 8 --connections 20 --sse-rates 20,80 --pg <url>|off --dev]`:
 * load figures of the reference server, run as real processes (`server/main.ts`) on 127.0.0.1,
 * once on SQLite (one process, a temp file) and once on PostgreSQL (two processes on one temp
 * database, the multi-instance set-up), side by side.
 *
 * Each store starts with the demo content, 500 synthetic partners and 300 ideas on the board. Then:
 * 1. `GET /api/partners` (autocannon).
 * 2. `GET /api/boards/leitfragen` (autocannon).
 * 3. Card delivery over the event stream: 500 SSE clients on `leitfragen` (spread over the
 *    processes), 20 writers posting 10 cards each (alternating between the processes), evenly
 *    paced at each of `--sse-rates` cards per second (default 20: a lively workshop, and 80: a
 *    burst); the time from just before the POST until each client has the `card-added` event.
 * 4. `POST /api/boards/leitfragen/cards`, a new client-generated card id per request (autocannon).
 * On PostgreSQL each step runs against one process and then against both at once (autocannon's
 * connections split between them).
 *
 * The SSE step runs before the POST load on purpose: that load leaves tens of thousands of cards
 * on the board, and every new event stream starts with the whole board.
 *
 * The servers run with `NODE_ENV=production` (no check of each answer against the contract
 * schemas, as deployed); `--dev` keeps the checks. The write limit is raised to 1,000,000 per
 * minute (`--write-rate`) so the limiter counts but never refuses. Only loopback traffic.
 * PostgreSQL: `--pg`, else IJA_TEST_DATABASE_URL, else postgres://ija:ija@127.0.0.1:5432/ija_test
 * (the role must be allowed to create databases); `off`, or a database that does not answer,
 * skips that part.
 */
import { randomUUID } from 'node:crypto';
import type { EventEmitter } from 'node:events';
import { mkdir } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { describeStore, openRepository } from '../../server/repository/open.js';
import { DEFAULT_SITE } from '../../server/repository/repository.js';
import { addCard } from '../../server/core/services/boards.js';
import { seedDemo } from '../../server/seed.js';
import { tempDir } from '../../server/test/helpers/e2e.js';
import { openEventStream, type EventStream } from '../../server/test/helpers/event-stream-client.js';
import { createTemporaryDatabase, type TemporaryDatabase } from '../../server/test/helpers/postgres-database.js';
import { startServerProcess, type ServerProcess } from '../../server/test/helpers/server-process.js';
import { syntheticPartners } from './synthetic-partners.js';

const BOARD_ID = 'leitfragen';
const QUESTION_ID = 'schnittstellen';
const PARTNER_COUNT = 500;
/** Ideas on the board before the measurements, from 60 participants over its five questions. */
const SEEDED_CARDS = 300;
const SSE_CLIENTS = 500;
const SSE_WRITERS = 20;
const SSE_CARDS_PER_WRITER = 10;
const WRITE_RATE = 1_000_000;
const START_TIMEOUT_MS = 30_000;
const SSE_CONNECT_TIMEOUT_MS = 30_000;
const DELIVERY_TIMEOUT_MS = 30_000;
const REQUEST_TIMEOUT_MS = 10_000;
/** Responses whose status is checked one by one at the start of each autocannon run. */
const FIRST_RESPONSES_CHECKED = 50;

// ---------------------------------------------------------------------------------------------
// autocannon (CommonJS, no bundled types): the small part of its API used here.

interface Histogram {
  average: number;
  p50: number;
  p97_5: number;
  p99: number;
  max: number;
  total?: number;
}

interface AutocannonResult {
  requests: Histogram;
  latency: Histogram;
  duration: number;
  errors: number;
  timeouts: number;
  mismatches: number;
  non2xx: number;
  statusCodeStats: Record<string, { count: number }>;
}

interface RequestParams {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
}

interface AutocannonOptions {
  url: string;
  connections: number;
  duration: number;
  pipelining?: number;
  timeout?: number;
  method?: string;
  headers?: Record<string, string>;
  requests?: (RequestParams & { setupRequest?: (request: RequestParams, context: Record<string, unknown>) => RequestParams })[];
}

interface AutocannonInstance extends EventEmitter {
  stop(): void;
}

type Autocannon = (options: AutocannonOptions, done: (error: Error | null, result: AutocannonResult) => void) => AutocannonInstance;

const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

// ---------------------------------------------------------------------------------------------
// Small helpers

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Rejects after `ms` with `what` unless the promise settles first. */
async function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, fail) => {
        timer = setTimeout(() => fail(new Error(`${what}: no result within ${ms / 1000} s`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

// ---------------------------------------------------------------------------------------------
// The deployments: SQLite in one process, PostgreSQL in two processes on one database

interface Deployment {
  /** For the tables: "SQLite", "PostgreSQL". */
  store: string;
  servers: ServerProcess[];
  /** Stops the processes (each must exit with 0 after SIGTERM) and removes what the store left. */
  close(): Promise<void>;
}

/** Fills a new store as a first `--demo` start would, with 500 synthetic partners in place of the demo's and 300 ideas. */
async function seed(db: string): Promise<void> {
  const repo = await openRepository(db);
  try {
    const now = new Date();
    await repo.createSite({ id: DEFAULT_SITE, title: 'Default', createdAt: now.toISOString() });
    await seedDemo(repo, DEFAULT_SITE, now);
    await repo.replacePartners(DEFAULT_SITE, syntheticPartners(PARTNER_COUNT));
    const board = await repo.getBoard(DEFAULT_SITE, BOARD_ID);
    if (board === undefined) throw new Error(`the demo has no board "${BOARD_ID}"`);
    for (let i = 0; i < SEEDED_CARDS; i++) {
      const question = board.questions[i % board.questions.length]!;
      const card = { id: `bench-seed-${i + 1}`, questionId: question.id, text: `Idee ${i + 1}: mehr Austausch mit der Partnerstadt, früh und gemeinsam geplant` };
      await addCard(repo, DEFAULT_SITE, BOARD_ID, card, `bench-participant-${i % 60}`, now);
    }
  } finally {
    await repo.close();
  }
}

async function partnerCount(url: string): Promise<number> {
  const response = await fetch(`${url}/api/partners`, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  if (!response.ok) throw new Error(`GET ${url}/api/partners answered ${response.status}`);
  return ((await response.json()) as { partners: unknown[] }).partners.length;
}

async function stopServers(servers: readonly ServerProcess[]): Promise<void> {
  const problems: string[] = [];
  for (const server of servers) {
    const { code, signal } = await server.stop('SIGTERM');
    if (code !== 0) problems.push(`${server.url} exited with ${code ?? signal} after SIGTERM:\n${server.output()}`);
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
}

async function startServers(count: number, db: string, dir: string, dev: boolean): Promise<ServerProcess[]> {
  const args = ['--db', db, '--write-rate', String(WRITE_RATE), '--max-streams', '1000', '--public', join(dir, 'no-site'), '--dist', join(dir, 'no-dist')];
  const servers: ServerProcess[] = [];
  try {
    // One after the other, as an operator would roll them out.
    for (let i = 0; i < count; i++) {
      const server = await startServerProcess({ args, extraEnv: dev ? {} : { NODE_ENV: 'production' }, startTimeoutMs: START_TIMEOUT_MS });
      servers.push(server);
      const partners = await partnerCount(server.url);
      if (partners !== PARTNER_COUNT) throw new Error(`${server.url} lists ${partners} partners, expected ${PARTNER_COUNT}`);
    }
  } catch (error) {
    await stopServers(servers).catch(() => {});
    throw error;
  }
  return servers;
}

async function sqliteDeployment(dir: string, dev: boolean): Promise<Deployment> {
  await mkdir(join(dir, 'data'), { recursive: true });
  const db = join(dir, 'data', 'bench.sqlite');
  await seed(db);
  const servers = await startServers(1, db, dir, dev);
  return { store: 'SQLite', servers, close: () => stopServers(servers) };
}

/** Two processes on a temp database; a sentence instead when PostgreSQL cannot be reached. */
async function postgresDeployment(adminUrl: string, dir: string, dev: boolean): Promise<Deployment | string> {
  if (adminUrl === 'off') return 'PostgreSQL: off (--pg off or IJA_TEST_DATABASE_URL=off), its part is skipped.';
  let database: TemporaryDatabase;
  try {
    database = await createTemporaryDatabase(adminUrl, 'ija_bench');
  } catch (error) {
    return `PostgreSQL at ${describeStore(adminUrl)} not reachable (${error instanceof Error ? error.message : String(error)}): its part is skipped.`;
  }
  try {
    await seed(database.url);
    const servers = await startServers(2, database.url, dir, dev);
    return {
      store: 'PostgreSQL',
      servers,
      close: async () => {
        try {
          await stopServers(servers);
        } finally {
          await database.drop();
        }
      },
    };
  } catch (error) {
    await database.drop().catch(() => {});
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// autocannon runs

interface LoadFigures {
  label: string;
  /** Requests per second, summed over the processes. */
  perSecond: number;
  /** Every response's time in ms, from autocannon's `response` event. */
  latencies: number[];
  failed: number;
}

async function load(label: string, options: AutocannonOptions, expectedStatus: number): Promise<LoadFigures> {
  const latencies: number[] = [];
  const firstStatuses: number[] = [];
  const result = await within(
    (options.duration + 30) * 1000,
    label,
    new Promise<AutocannonResult>((done, fail) => {
      const instance = autocannon({ pipelining: 1, timeout: REQUEST_TIMEOUT_MS / 1000, ...options }, (error, result) =>
        error ? fail(error) : done(result),
      );
      instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
        latencies.push(responseTime);
        if (firstStatuses.length < FIRST_RESPONSES_CHECKED) {
          firstStatuses.push(statusCode);
          if (statusCode !== expectedStatus) {
            instance.stop();
            fail(new Error(`${label}: response ${firstStatuses.length} has status ${statusCode}, expected ${expectedStatus}`));
          }
        }
      });
    }),
  );
  const failed = result.errors + result.timeouts + result.non2xx + result.mismatches;
  const statuses = Object.entries(result.statusCodeStats)
    .map(([status, { count }]) => `${status}: ${count}`)
    .join(', ');
  console.log(
    `${label}: ${result.requests.total ?? latencies.length} requests in ${result.duration.toFixed(1)} s (${statuses}); ` +
      `errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}, mismatches ${result.mismatches}`,
  );
  if (firstStatuses.length === 0) throw new Error(`${label}: no response at all`);
  if (failed !== 0) throw new Error(`${label}: ${failed} failed requests (errors, timeouts, non-2xx, mismatches), expected 0`);
  const unexpected = Object.keys(result.statusCodeStats).filter((status) => Number(status) !== expectedStatus);
  if (unexpected.length > 0) throw new Error(`${label}: unexpected statuses ${unexpected.join(', ')} (expected only ${expectedStatus})`);
  return { label, perSecond: result.requests.average, latencies, failed };
}

/** The same load on each of `servers` at once, the connections split between them. */
async function loadOn(
  label: string,
  servers: readonly ServerProcess[],
  run: { connections: number; duration: number; path: string; expectedStatus: number; requests?: AutocannonOptions['requests'] },
): Promise<LoadFigures> {
  const runs = await Promise.all(
    servers.map((server, index) => {
      const connections = Math.floor(run.connections / servers.length) + (index < run.connections % servers.length ? 1 : 0);
      const options: AutocannonOptions = { url: `${server.url}${run.path}`, connections: Math.max(1, connections), duration: run.duration };
      if (run.requests) options.requests = run.requests;
      return load(servers.length > 1 ? `${label} on ${server.url}` : label, options, run.expectedStatus);
    }),
  );
  return {
    label,
    perSecond: runs.reduce((sum, figures) => sum + figures.perSecond, 0),
    latencies: runs.flatMap((figures) => figures.latencies),
    failed: runs.reduce((sum, figures) => sum + figures.failed, 0),
  };
}

// ---------------------------------------------------------------------------------------------
// Card delivery over the event stream

interface DeliveryFigures {
  /** Per client and measured card: ms from just before the POST until the client parsed its card-added. */
  deliveries: number[];
  /** Per measured card: ms until the POST was answered. */
  posts: number[];
  /** From the first measured POST until the last client had the last card. */
  wallMs: number;
}

function postCard(base: string, agent: Agent, card: { id: string; questionId: string; text: string }, clientId: string): Promise<number> {
  const body = JSON.stringify(card);
  return new Promise((done, fail) => {
    const req = request(`${base}/api/boards/${BOARD_ID}/cards`, {
      method: 'POST',
      agent,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-ija-client': clientId },
      timeout: REQUEST_TIMEOUT_MS,
    });
    req.on('timeout', () => req.destroy(new Error('POST timed out')));
    req.on('error', fail);
    req.on('response', (response) => {
      response.resume();
      response.on('end', () => done(response.statusCode ?? 0));
      response.on('error', fail);
    });
    req.end(body);
  });
}

/**
 * 500 clients spread over the servers; one unmeasured warm-up card, then 20 writers (each
 * alternating between the servers) post 10 cards each, together `rate` cards per second, evenly paced.
 */
async function sseDelivery(servers: readonly ServerProcess[], rate: number): Promise<DeliveryFigures> {
  /** Between two cards of one writer. */
  const intervalMs = (SSE_WRITERS * 1000) / rate;
  const runId = randomUUID().slice(0, 8);
  const problems: string[] = [];
  /** Cards on their way: how many clients still wait for each, and when its POST went out. */
  const pending = new Map<string, { remaining: number; sentAt?: number; done: () => void }>();
  const deliveries: number[] = [];
  const received: Set<string>[] = [];
  let ready = 0;
  let allReady: () => void = () => {};
  const streamsReady = new Promise<void>((done) => (allReady = done));
  let closing = false;
  const streams: EventStream[] = [];
  const awaitCard = (id: string) => {
    const entry = { remaining: SSE_CLIENTS, done: () => {} } as { remaining: number; sentAt?: number; done: () => void };
    const arrived = new Promise<void>((done) => (entry.done = done));
    pending.set(id, entry);
    return { entry, arrived };
  };

  for (let index = 0; index < SSE_CLIENTS; index++) {
    const server = servers[index % servers.length]!;
    const got = new Set<string>();
    received.push(got);
    let first = true;
    streams.push(
      openEventStream(`${server.url}/api/boards/${BOARD_ID}/events?client=bench-sse-${runId}-${index}`, {
        onMessage: ({ data }) => {
          const at = performance.now();
          if (first) {
            // The board, as every stream starts.
            first = false;
            if (++ready === SSE_CLIENTS) allReady();
            return;
          }
          let event: { type?: string; card?: { id?: string } };
          try {
            event = JSON.parse(data) as typeof event;
          } catch {
            problems.push(`stream ${index}: malformed data ${data.slice(0, 80)}`);
            return;
          }
          const id = event.card?.id;
          if (event.type !== 'card-added' || typeof id !== 'string') return;
          if (got.has(id)) {
            problems.push(`stream ${index}: card ${id} twice`);
            return;
          }
          got.add(id);
          const card = pending.get(id);
          if (card === undefined) return;
          if (card.sentAt !== undefined) deliveries.push(at - card.sentAt);
          if (--card.remaining === 0) card.done();
        },
        onEnd: (reason) => {
          if (!closing) problems.push(`stream ${index} on ${server.url}: ${reason}`);
        },
      }),
    );
  }
  const agents = servers.map(() => new Agent({ keepAlive: true }));
  try {
    await within(SSE_CONNECT_TIMEOUT_MS, `${SSE_CLIENTS} event streams (${ready} got their first message)`, streamsReady);
    if (problems.length > 0) throw new Error(`event streams failed: ${problems.slice(0, 5).join('; ')}`);

    const warmUp = awaitCard(`bench-warm-up-${runId}`);
    const warmUpStatus = await postCard(servers[0]!.url, agents[0]!, { id: `bench-warm-up-${runId}`, questionId: QUESTION_ID, text: 'Aufwärmen' }, `bench-sse-writer-${runId}`);
    if (warmUpStatus !== 201) throw new Error(`SSE warm-up: POST answered ${warmUpStatus}, expected 201`);
    await within(DELIVERY_TIMEOUT_MS, `SSE warm-up card (${warmUp.entry.remaining} of ${SSE_CLIENTS} clients still waiting)`, warmUp.arrived);

    const posts: number[] = [];
    const arrivals: Promise<void>[] = [];
    const start = performance.now();
    const writer = async (w: number) => {
      const writerId = `bench-sse-writer-${runId}-${w}`;
      const first = start + (w * intervalMs) / SSE_WRITERS;
      for (let i = 0; i < SSE_CARDS_PER_WRITER; i++) {
        const wait = first + i * intervalMs - performance.now();
        if (wait > 0) await sleep(wait);
        const target = (w + i) % servers.length;
        const card = { id: `bench-${runId}-${w}-${i}`, questionId: QUESTION_ID, text: `Benchmark-Idee ${i + 1} von Person ${w + 1}` };
        const { entry, arrived } = awaitCard(card.id);
        arrivals.push(arrived);
        entry.sentAt = performance.now();
        const status = await postCard(servers[target]!.url, agents[target]!, card, writerId);
        posts.push(performance.now() - entry.sentAt);
        if (status !== 201) throw new Error(`SSE card ${card.id}: POST answered ${status}, expected 201`);
      }
    };
    await Promise.all(Array.from({ length: SSE_WRITERS }, (_, w) => writer(w)));
    const waiting = () => [...pending.values()].reduce((sum, card) => sum + card.remaining, 0);
    await within(DELIVERY_TIMEOUT_MS, `SSE delivery (${waiting()} deliveries outstanding)`, Promise.all(arrivals));
    const wallMs = performance.now() - start;
    if (problems.length > 0) throw new Error(`event streams failed: ${problems.slice(0, 5).join('; ')}`);
    const expected = 1 + SSE_WRITERS * SSE_CARDS_PER_WRITER;
    const incomplete = received.filter((got) => got.size !== expected).length;
    if (incomplete > 0) throw new Error(`${incomplete} event-stream clients did not get every card exactly once`);
    if (deliveries.length !== SSE_CLIENTS * SSE_WRITERS * SSE_CARDS_PER_WRITER) throw new Error(`${deliveries.length} deliveries measured`);
    return { deliveries, posts, wallMs };
  } finally {
    closing = true;
    for (const stream of streams) stream.close();
    for (const agent of agents) agent.destroy();
  }
}

// ---------------------------------------------------------------------------------------------
// One store: every measurement

interface StoreFigures {
  store: string;
  /** Per process count (1, and 2 on PostgreSQL). */
  partners: Map<number, LoadFigures>;
  board: Map<number, LoadFigures>;
  cards: Map<number, LoadFigures>;
  /** Per process count, then per offered rate (cards/s). */
  sse: Map<number, Map<number, DeliveryFigures>>;
}

async function measure(deployment: Deployment, options: { connections: number; duration: number; rates: readonly number[] }): Promise<StoreFigures> {
  const { servers, store } = deployment;
  const { connections, duration } = options;
  const counts = servers.length > 1 ? [1, servers.length] : [1];
  const on = (count: number) => servers.slice(0, count);
  const name = (count: number) => `${store}, ${count} process${count > 1 ? 'es' : ''}`;
  const figures: StoreFigures = { store, partners: new Map(), board: new Map(), cards: new Map(), sse: new Map() };

  for (const count of counts) {
    figures.partners.set(count, await loadOn(`${name(count)}: GET /api/partners`, on(count), { connections, duration, path: '/api/partners', expectedStatus: 200 }));
  }

  for (const count of counts) {
    figures.board.set(count, await loadOn(`${name(count)}: GET /api/boards/${BOARD_ID}`, on(count), { connections, duration, path: `/api/boards/${BOARD_ID}`, expectedStatus: 200 }));
  }

  for (const count of counts) {
    const byRate = new Map<number, DeliveryFigures>();
    figures.sse.set(count, byRate);
    for (const rate of options.rates) {
      const delivery = await sseDelivery(on(count), rate);
      byRate.set(rate, delivery);
      console.log(
        `${name(count)}: SSE ${SSE_CLIENTS} clients × ${SSE_WRITERS * SSE_CARDS_PER_WRITER} cards from ${SSE_WRITERS} writers at ${rate} cards/s, ` +
          `every client got every card once; the last delivery ${(delivery.wallMs / 1000).toFixed(1)} s after the first POST`,
      );
    }
  }

  for (const count of counts) {
    let written = 0;
    const writer = `bench-writer-${randomUUID()}`;
    const path = `/api/boards/${BOARD_ID}/cards`;
    figures.cards.set(
      count,
      await loadOn(`${name(count)}: POST ${path}`, on(count), {
        connections,
        duration,
        path,
        expectedStatus: 201,
        requests: [
          {
            method: 'POST',
            path,
            headers: { 'content-type': 'application/json', 'x-ija-client': writer },
            setupRequest: (req) => ({ ...req, body: JSON.stringify({ id: randomUUID(), questionId: QUESTION_ID, text: `Benchmark-Idee ${++written}` }) }),
          },
        ],
      }),
    );
  }
  return figures;
}

// ---------------------------------------------------------------------------------------------
// Report

function printTable(rows: string[][]): void {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  console.log(line(rows[0]!));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows.slice(1)) console.log(line(row));
}

const ms = (value: number) => value.toFixed(2);
const perSecond = (value: number) => Math.round(value).toLocaleString('en');
const ratio = (value: number | undefined, base: number | undefined) =>
  value === undefined || base === undefined || !Number.isFinite(value) || !Number.isFinite(base) || base === 0 ? '–' : `${(value / base).toFixed(2)}×`;

function latencyRow(label: string, values: readonly number[], rate: string): string[] {
  const sorted = [...values].sort((a, b) => a - b);
  return [label, rate, ms(percentile(sorted, 50)), ms(percentile(sorted, 95)), ms(percentile(sorted, 99)), ms(sorted.at(-1) ?? Number.NaN)];
}

function printStore(figures: StoreFigures): void {
  console.log(`\n${figures.store}`);
  const rows = [['', 'req/s', 'median ms', 'p95 ms', 'p99 ms', 'max ms']];
  for (const loads of [figures.partners, figures.board, figures.cards]) {
    for (const load of loads.values()) rows.push(latencyRow(load.label, load.latencies, perSecond(load.perSecond)));
  }
  for (const [count, byRate] of figures.sse) {
    for (const [rate, delivery] of byRate) {
      const processes = `${count} process${count > 1 ? 'es' : ''}`;
      rows.push(latencyRow(`${figures.store}, ${processes}: SSE delivery to ${SSE_CLIENTS} clients, ${rate} cards/s`, delivery.deliveries, '–'));
      rows.push(latencyRow(`  the POSTs meanwhile`, delivery.posts, '–'));
    }
  }
  printTable(rows);
}

function printComparison(sqlite: StoreFigures, postgres: StoreFigures | undefined): void {
  console.log('\nSide by side (ratio: PostgreSQL ÷ SQLite; req/s higher is better, ms lower is better)');
  const p = (values: readonly number[], at: number) => percentile([...values].sort((a, b) => a - b), at);
  const header = ['', 'SQLite 1 process', 'PostgreSQL 1 process', 'PostgreSQL 2 processes', 'PG 1 ÷ SQLite', 'PG 2 ÷ SQLite'];
  const rows = [header];
  const rate = (label: string, pick: (figures: StoreFigures) => Map<number, LoadFigures>) => {
    const base = pick(sqlite).get(1)?.perSecond;
    const one = postgres ? pick(postgres).get(1)?.perSecond : undefined;
    const two = postgres ? pick(postgres).get(2)?.perSecond : undefined;
    const show = (value: number | undefined) => (value === undefined ? '–' : perSecond(value));
    rows.push([label, show(base), show(one), show(two), ratio(one, base), ratio(two, base)]);
  };
  rate('GET /api/partners req/s', (figures) => figures.partners);
  rate(`GET /api/boards/${BOARD_ID} req/s`, (figures) => figures.board);
  rate(`POST /api/boards/${BOARD_ID}/cards req/s`, (figures) => figures.cards);
  const latency = (label: string, rate: number, at: number, pick: (delivery: DeliveryFigures) => number[]) => {
    const of = (figures: StoreFigures | undefined, count: number) => {
      const delivery = figures?.sse.get(count)?.get(rate);
      return delivery === undefined ? undefined : p(pick(delivery), at);
    };
    const [base, one, two] = [of(sqlite, 1), of(postgres, 1), of(postgres, 2)];
    const show = (value: number | undefined) => (value === undefined ? '–' : ms(value));
    rows.push([`${label}, ${rate} cards/s, p${at} ms`, show(base), show(one), show(two), ratio(one, base), ratio(two, base)]);
  };
  for (const rate of sqlite.sse.get(1)?.keys() ?? []) {
    for (const at of [50, 95]) latency(`SSE delivery to ${SSE_CLIENTS} clients`, rate, at, (delivery) => delivery.deliveries);
    for (const at of [50, 95]) latency('  POST answered', rate, at, (delivery) => delivery.posts);
  }
  printTable(rows);
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '8' },
      connections: { type: 'string', default: '20' },
      'sse-rates': { type: 'string', default: '20,80' },
      pg: { type: 'string' },
      dev: { type: 'boolean', default: false },
    },
  });
  const duration = Number(values.duration);
  const connections = Number(values.connections);
  const rates = values['sse-rates'].split(',').map(Number);
  if (!Number.isInteger(duration) || duration < 1 || duration > 300) throw new Error('--duration must be 1 to 300 seconds');
  if (!Number.isInteger(connections) || connections < 2 || connections > 1000) throw new Error('--connections must be 2 to 1000');
  if (rates.length === 0 || rates.some((rate) => !Number.isInteger(rate) || rate < 1 || rate > 2_000)) throw new Error('--sse-rates: cards per second, 1 to 2000, comma-separated');
  const pgUrl = values.pg ?? process.env['IJA_TEST_DATABASE_URL'] ?? 'postgres://ija:ija@127.0.0.1:5432/ija_test';

  console.log(
    `NODE_ENV=${values.dev ? '(unset: answers checked against the schemas)' : 'production'}, --write-rate ${WRITE_RATE}; ` +
      `Node ${process.version}, ${cpus().length} CPUs (servers, PostgreSQL, autocannon and the SSE clients share them; ` +
      `load average ${loadavg()[0]!.toFixed(2)} before the start); ` +
      `autocannon ${connections} connections × ${duration} s\n`,
  );
  const temp = await tempDir('ija-bench-server-');
  try {
    let sqlite: StoreFigures;
    const sqliteServers = await sqliteDeployment(temp.path, values.dev);
    try {
      console.log(`SQLite: ${sqliteServers.servers.map((server) => `${server.url} (pid ${server.child.pid})`).join(', ')}`);
      sqlite = await measure(sqliteServers, { connections, duration, rates });
    } finally {
      await sqliteServers.close();
    }

    let postgres: StoreFigures | undefined;
    console.log('');
    const pgServers = await postgresDeployment(pgUrl, temp.path, values.dev);
    if (typeof pgServers === 'string') {
      console.log(pgServers);
    } else {
      try {
        console.log(`PostgreSQL (${describeStore(pgUrl)}, a temp database): ${pgServers.servers.map((server) => `${server.url} (pid ${server.child.pid})`).join(', ')}`);
        postgres = await measure(pgServers, { connections, duration, rates });
      } finally {
        await pgServers.close();
      }
    }

    printStore(sqlite);
    if (postgres) printStore(postgres);
    printComparison(sqlite, postgres);
    console.log(
      '\nLatency median/p95/p99/max: computed from every response time. With 2 processes each gets half the connections; req/s is their sum.' +
        `\nSSE: from just before the POST until the client parsed the card-added event; all ${SSE_CLIENTS} clients share this one Node process.`,
    );
  } finally {
    await temp.remove();
  }
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
}
// Leftover sockets or timers must not keep a finished benchmark alive.
process.exit();
