/**
 * `npm run bench:server [-- --duration 10 --connections 20 --dev]`: load figures of the reference
 * server, run as the real process (`server/main.ts`) on 127.0.0.1 and a temp database.
 *
 * 1. `GET /api/partners` with 500 synthetic partners (autocannon).
 * 2. Card delivery over the event stream: 200 SSE clients on `leitfragen`, one card posted per
 *    round, the time from just before the POST until each client has the `card-added` event.
 * 3. `POST /api/boards/leitfragen/cards`, a new client-generated card id per request (autocannon).
 *
 * The SSE rounds run before the POST load on purpose: that load leaves tens of thousands of cards
 * on the board, and every new event stream starts with the whole board.
 *
 * The server runs with `NODE_ENV=production` (no check of each answer against the contract
 * schemas, as deployed); `--dev` keeps the checks. The write limit is raised to 1,000,000 per
 * minute (`--write-rate`) so the limiter counts but never refuses. Only loopback traffic.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import type { EventEmitter } from 'node:events';
import { mkdir } from 'node:fs/promises';
import { Agent, get, request, type ClientRequest, type IncomingMessage } from 'node:http';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { partnerTypesOf } from '../../src/core/defaults/partner-types.js';
import { PARTNER_CATEGORIES, parsePartners, type Partner, type PartnerCategory } from '../../src/core/schemas/partner.js';
import { freePort, tempDir } from '../../server/test/helpers/e2e.js';
import { seedDemo } from '../../server/store/seed.js';
import { openSqliteStore } from '../../server/store/sqlite-store.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const HOST = '127.0.0.1';
const BOARD_ID = 'leitfragen';
const QUESTION_ID = 'schnittstellen';
const PARTNER_COUNT = 500;
const SSE_CLIENTS = 200;
const SSE_ROUNDS = 10;
/** Unmeasured rounds first (connections, JIT), checked like the others. */
const SSE_WARMUP_ROUNDS = 1;
const WRITE_RATE = 1_000_000;
const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 15_000;
const SSE_CONNECT_TIMEOUT_MS = 20_000;
const DELIVERY_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 10_000;
/** Responses whose status is checked one by one at the start of each autocannon run. */
const FIRST_RESPONSES_CHECKED = 50;
/** Server output kept for error messages. */
const MAX_OUTPUT_CHARS = 64_000;

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

function summary(values: readonly number[]): { median: number; p95: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) ?? Number.NaN };
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
// 500 synthetic partners in NRW (deterministic: the same list on every run)

/** Mulberry32: a small seeded PRNG, so every run benchmarks the same list. */
function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Towns in North Rhine-Westphalia: name, postcode, centre, telephone area code. */
const TOWNS: readonly [name: string, postcode: string, lat: number, lng: number, area: string][] = [
  ['Münster', '48143', 51.9607, 7.6261, '0251'],
  ['Dortmund', '44135', 51.5136, 7.4653, '0231'],
  ['Essen', '45127', 51.4556, 7.0116, '0201'],
  ['Duisburg', '47051', 51.4344, 6.7623, '0203'],
  ['Bochum', '44787', 51.4818, 7.2162, '0234'],
  ['Köln', '50667', 50.9375, 6.9603, '0221'],
  ['Düsseldorf', '40213', 51.2277, 6.7735, '0211'],
  ['Bielefeld', '33602', 52.0302, 8.5325, '0521'],
  ['Bonn', '53111', 50.7374, 7.0982, '0228'],
  ['Wuppertal', '42103', 51.2562, 7.1508, '0202'],
  ['Gelsenkirchen', '45879', 51.5177, 7.0857, '0209'],
  ['Aachen', '52062', 50.7753, 6.0839, '0241'],
  ['Paderborn', '33098', 51.7189, 8.7575, '05251'],
  ['Siegen', '57072', 50.8748, 8.0243, '0271'],
  ['Hamm', '59065', 51.6739, 7.815, '02381'],
  ['Soest', '59494', 51.5711, 8.1057, '02921'],
  ['Detmold', '32756', 51.9383, 8.8792, '05231'],
  ['Krefeld', '47798', 51.3388, 6.5853, '02151'],
  ['Mönchengladbach', '41061', 51.1805, 6.4428, '02161'],
  ['Oberhausen', '46045', 51.4963, 6.8638, '0208'],
  ['Hagen', '58095', 51.3671, 7.4633, '02331'],
  ['Recklinghausen', '45657', 51.6141, 7.1979, '02361'],
  ['Gütersloh', '33330', 51.9032, 8.3858, '05241'],
  ['Minden', '32423', 52.2894, 8.9167, '0571'],
  ['Arnsberg', '59821', 51.3967, 8.0644, '02931'],
  ['Herford', '32052', 52.1146, 8.6734, '05221'],
  ['Coesfeld', '48653', 51.9459, 7.1675, '02541'],
  ['Borken', '46325', 51.844, 6.858, '02861'],
  ['Wesel', '46483', 51.658, 6.617, '0281'],
  ['Lüdenscheid', '58507', 51.2198, 7.6273, '02351'],
];
const QUARTERS = ['Altstadt', 'Nordviertel', 'Südstadt', 'Kreuzviertel', 'Hafenviertel', 'Ostend', 'Westfeld', 'Am Bahnhof'];
const STREETS = ['Hauptstraße', 'Kirchplatz', 'Schulstraße', 'Lindenallee', 'Am Markt', 'Bahnhofstraße', 'Gartenweg', 'Jahnstraße', 'Mühlenweg', 'Rathausplatz'];
const TWIN_TOWNS = ['Lille', 'Krakau', 'Leeds', 'Tours', 'Danzig', 'Rijeka', 'Izmir', 'Haifa', 'Dnipro', 'Valencia', 'Brünn', 'Tampere'];
const OFFERS = ['Jugendbegegnung', 'Fachkräfteaustausch', 'Workcamp', 'Freiwilligendienst', 'Sprachkurs', 'Praktikum im Ausland', 'Beratung zu Förderprogrammen'];

const NAMES: Record<string, (town: string, quarter: string, twin: string) => string> = {
  staedtepartnerschaft: (town, _quarter, twin) => `Partnerschaftsverein ${town}–${twin}`,
  jugendring: (town) => `Stadtjugendring ${town}`,
  'vereine-junger-migrantinnen': (town, quarter) => `Junge Stimmen ${town}-${quarter} e. V.`,
  'migrantinnen-selbstorganisationen': (town, _quarter, twin) => `Kulturverein ${town}–${twin} e. V.`,
  'kommunale-jugendarbeit': (town, quarter) => `Jugendzentrum ${quarter} ${town}`,
  'freie-traeger': (town, quarter) => `Jugendwerk ${town}-${quarter}`,
  jugendsozialarbeit: (town, quarter) => `Jugendsozialarbeit ${town}-${quarter}`,
  jugendmigrationsdienst: (town) => `Jugendmigrationsdienst ${town}`,
  jugendunterkunft: (town) => `Jugendgästehaus ${town}`,
  jugendhilfeplanung: (town) => `Jugendhilfeplanung im Jugendamt ${town}`,
  integrationsbeauftragte: (town) => `Integrationsbeauftragte der Stadt ${town}`,
  'politik-entscheidung': (town) => `Jugendhilfeausschuss der Stadt ${town}`,
  arge: (town) => `Arbeitsgemeinschaft Jugend und Beruf ${town}`,
  jobcenter: (town) => `Jobcenter ${town}`,
  handwerkskammer: (town) => `Handwerkskammer, Bildungszentrum ${town}`,
  ihk: (town) => `IHK-Ausbildungsberatung ${town}`,
  jugendberufshilfe: (town, quarter) => `Jugendberufshilfe ${town}-${quarter}`,
  schulen: (town, quarter) => `Gesamtschule ${town}-${quarter}`,
};

const DESCRIPTIONS: Record<PartnerCategory, string> = {
  vereine: 'Verein mit Kontakten ins Ausland, der Begegnungen für junge Menschen mitgestalten möchte.',
  jugendarbeit: 'Träger der Jugendarbeit mit Angeboten für Jugendliche, die bisher selten ins Ausland gekommen sind.',
  politik: 'Bringt internationale Jugendarbeit in Rat und Ausschüsse und unterstützt bei Förderanträgen.',
  'schule-beruf': 'Begleitet junge Menschen im Übergang von der Schule in Ausbildung und Beruf.',
};

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40)
    .replace(/-$/, '');
}

function syntheticPartners(count: number): Partner[] {
  const random = randomFrom(20_240_611);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const partners: unknown[] = [];
  for (let i = 0; i < count; i++) {
    const category = PARTNER_CATEGORIES[i % PARTNER_CATEGORIES.length]!;
    const type = pick(partnerTypesOf(category)).id;
    const [town, postcode, lat, lng, area] = pick(TOWNS);
    const quarter = pick(QUARTERS);
    const name = (NAMES[type] ?? ((t: string) => `Partner ${t}`))(town, quarter, pick(TWIN_TOWNS));
    const host = `${slug(name)}-${i + 1}`;
    const offers = OFFERS.filter(() => random() < 0.35);
    partners.push({
      id: `bench-p-${String(i + 1).padStart(3, '0')}`,
      name,
      category,
      type,
      description: DESCRIPTIONS[category],
      address: `${pick(STREETS)} ${1 + Math.floor(random() * 120)}, ${postcode} ${town}`,
      location: { lat: Math.round((lat + (random() - 0.5) * 0.06) * 1e4) / 1e4, lng: Math.round((lng + (random() - 0.5) * 0.08) * 1e4) / 1e4 },
      website: `https://${host}.example`,
      email: `kontakt@${host}.example`,
      phone: `+49 ${area.slice(1)} ${100_000 + Math.floor(random() * 900_000)}`,
      activeInIja: random() < 0.5,
      ...(offers.length > 0 ? { offers } : {}),
    });
  }
  const { data, issues } = parsePartners({ partners });
  if (issues.length > 0 || data.length !== count) {
    const detail = issues
      .slice(0, 5)
      .map((issue) => `${issue.path}: ${issue.message}`)
      .join('; ');
    throw new Error(`Synthetic partners are invalid (${data.length} of ${count} kept): ${detail}`);
  }
  const categories = new Set(data.map((partner) => partner.category));
  if (categories.size !== PARTNER_CATEGORIES.length) throw new Error('Synthetic partners do not cover all four categories');
  return data;
}

// ---------------------------------------------------------------------------------------------
// The server process

interface Server {
  url: string;
  port: number;
  child: ChildProcess;
  output: () => string;
  stop: () => Promise<number | null>;
}

async function startServer(options: { db: string; dir: string; dev: boolean }): Promise<Server> {
  const port = await freePort();
  // Nothing of the caller's server configuration (IJA_*, PORT, HOST) leaks into the benchmark.
  const env: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('IJA_') && key !== 'PORT' && key !== 'HOST' && key !== 'NODE_ENV') env[key] = value;
  }
  if (!options.dev) env['NODE_ENV'] = 'production';
  const args = [
    '--import',
    'tsx',
    join(ROOT, 'server/main.ts'),
    '--host',
    HOST,
    '--port',
    String(port),
    '--db',
    options.db,
    '--write-rate',
    String(WRITE_RATE),
    '--public',
    join(options.dir, 'no-site'),
    '--dist',
    join(options.dir, 'no-dist'),
  ];
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  const collect = (chunk: Buffer) => {
    text += chunk.toString();
    if (text.length > MAX_OUTPUT_CHARS) text = text.slice(-MAX_OUTPUT_CHARS);
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));

  const stop = async (): Promise<number | null> => {
    if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
    child.kill('SIGTERM');
    const code = await Promise.race([exited, sleep(STOP_TIMEOUT_MS).then(() => 'timeout' as const)]);
    if (code !== 'timeout') return code;
    child.kill('SIGKILL');
    await exited;
    throw new Error(`the server did not stop within ${STOP_TIMEOUT_MS / 1000} s of SIGTERM`);
  };

  const url = `http://${HOST}:${port}`;
  const until = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited early (${child.exitCode}):\n${text}`);
    let count: number | undefined;
    try {
      const response = await fetch(`${url}/api/partners`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) count = ((await response.json()) as { partners: unknown[] }).partners.length;
    } catch {
      // not listening yet
    }
    if (count !== undefined && count !== PARTNER_COUNT) {
      await stop().catch(() => {});
      throw new Error(`the server lists ${count} partners, expected ${PARTNER_COUNT}`);
    }
    if (count !== undefined) break;
    if (Date.now() > until) {
      await stop().catch(() => {});
      throw new Error(`the server did not start within ${START_TIMEOUT_MS / 1000} s:\n${text}`);
    }
    await sleep(100);
  }
  return { url, port, child, output: () => text, stop };
}

// ---------------------------------------------------------------------------------------------
// autocannon runs

interface LoadFigures {
  label: string;
  result: AutocannonResult;
  /** Every response's time in ms, from autocannon's `response` event. */
  latencies: number[];
}

async function load(
  label: string,
  options: AutocannonOptions,
  expectedStatus: number,
): Promise<LoadFigures> {
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
  return { label, result, latencies };
}

// ---------------------------------------------------------------------------------------------
// Event-stream clients

interface StreamClient {
  index: number;
  request: ClientRequest;
  /** Got its first message (the board). */
  ready: boolean;
  closed: boolean;
  /** Card id → arrival time (performance.now()). */
  arrivals: Map<string, number>;
}

interface StreamEvent {
  type?: string;
  card?: { id?: string };
}

function openStreams(
  base: string,
  count: number,
  onCard: (client: StreamClient, cardId: string, at: number) => void,
): { clients: StreamClient[]; problems: string[] } {
  const clients: StreamClient[] = [];
  const problems: string[] = [];
  const runId = randomUUID().slice(0, 8);
  for (let index = 0; index < count; index++) {
    const url = `${base}/api/boards/${BOARD_ID}/events?client=bench-sse-${runId}-${index}`;
    const request = get(url, { agent: false, headers: { accept: 'text/event-stream' } });
    const client: StreamClient = { index, request, ready: false, closed: false, arrivals: new Map() };
    clients.push(client);
    request.on('error', (error) => {
      if (!client.closed) problems.push(`stream ${index}: ${error.message}`);
      client.closed = true;
    });
    request.on('response', (response: IncomingMessage) => {
      if (response.statusCode !== 200) {
        problems.push(`stream ${index}: status ${response.statusCode}`);
        response.resume();
        return;
      }
      response.setEncoding('utf8');
      let buffer = '';
      let data: string[] = [];
      const dispatch = () => {
        if (data.length === 0) return;
        const text = data.join('\n');
        data = [];
        let event: StreamEvent;
        try {
          event = JSON.parse(text) as StreamEvent;
        } catch {
          problems.push(`stream ${index}: malformed data ${text.slice(0, 80)}`);
          return;
        }
        if (!client.ready) {
          client.ready = true;
          return;
        }
        if (event.type === 'card-added' && typeof event.card?.id === 'string') onCard(client, event.card.id, performance.now());
      };
      response.on('data', (chunk: string) => {
        buffer += chunk;
        let newline = buffer.indexOf('\n');
        while (newline !== -1) {
          const line = buffer.slice(0, newline).replace(/\r$/, '');
          buffer = buffer.slice(newline + 1);
          if (line === '') dispatch();
          else if (line.startsWith('data:')) data.push(line.slice(line.startsWith('data: ') ? 6 : 5));
          // `id:`, `retry:` and `: ping` comments carry nothing measured here.
          newline = buffer.indexOf('\n');
        }
      });
      response.on('close', () => {
        if (!client.closed) problems.push(`stream ${index}: ended by the server`);
        client.closed = true;
      });
    });
  }
  return { clients, problems };
}

function closeStreams(clients: readonly StreamClient[]): void {
  for (const client of clients) {
    client.closed = true;
    client.request.destroy();
  }
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

async function sseDelivery(base: string): Promise<number[]> {
  let pending: { cardId: string; remaining: number; done: () => void } | undefined;
  const { clients, problems } = openStreams(base, SSE_CLIENTS, (client, cardId, at) => {
    if (client.arrivals.has(cardId)) {
      problems.push(`stream ${client.index}: card ${cardId} twice`);
      return;
    }
    client.arrivals.set(cardId, at);
    if (pending?.cardId === cardId && --pending.remaining === 0) pending.done();
  });
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const writer = `bench-sse-writer-${randomUUID()}`;
  const deliveries: number[] = [];
  try {
    const until = Date.now() + SSE_CONNECT_TIMEOUT_MS;
    while (clients.some((client) => !client.ready)) {
      if (problems.length > 0) throw new Error(`event streams failed: ${problems.slice(0, 5).join('; ')}`);
      if (Date.now() > until) {
        const ready = clients.filter((client) => client.ready).length;
        throw new Error(`only ${ready} of ${SSE_CLIENTS} event streams got their first message within ${SSE_CONNECT_TIMEOUT_MS / 1000} s`);
      }
      await sleep(20);
    }

    for (let round = 0; round < SSE_WARMUP_ROUNDS + SSE_ROUNDS; round++) {
      const card = { id: randomUUID(), questionId: QUESTION_ID, text: `Benchmark-Idee ${round + 1}: Austausch mit der Partnerstadt` };
      const arrived = new Promise<void>((done) => (pending = { cardId: card.id, remaining: SSE_CLIENTS, done }));
      const start = performance.now();
      const status = await postCard(base, agent, card, writer);
      if (status !== 201) throw new Error(`SSE round ${round + 1}: POST answered ${status}, expected 201`);
      await within(DELIVERY_TIMEOUT_MS, `SSE round ${round + 1} (${pending?.remaining} of ${SSE_CLIENTS} clients still waiting)`, arrived);
      if (problems.length > 0) throw new Error(`event streams failed: ${problems.slice(0, 5).join('; ')}`);
      if (round >= SSE_WARMUP_ROUNDS) for (const client of clients) deliveries.push(client.arrivals.get(card.id)! - start);
      await sleep(50);
    }

    const expected = SSE_WARMUP_ROUNDS + SSE_ROUNDS;
    const incomplete = clients.filter((client) => client.arrivals.size !== expected);
    if (incomplete.length > 0) throw new Error(`${incomplete.length} event-stream clients did not get every card exactly once`);
    if (deliveries.length !== SSE_CLIENTS * SSE_ROUNDS) throw new Error(`${deliveries.length} deliveries measured, expected ${SSE_CLIENTS * SSE_ROUNDS}`);
    return deliveries;
  } finally {
    closeStreams(clients);
    agent.destroy();
  }
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

function loadRow(figures: LoadFigures): string[] {
  const { median, p95, max } = summary(figures.latencies);
  const failed = figures.result.errors + figures.result.timeouts + figures.result.non2xx + figures.result.mismatches;
  return [figures.label, Math.round(figures.result.requests.average).toLocaleString('en'), ms(median), ms(p95), ms(figures.result.latency.p97_5), ms(max), String(failed)];
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '20' },
      dev: { type: 'boolean', default: false },
    },
  });
  const duration = Number(values.duration);
  const connections = Number(values.connections);
  if (!Number.isInteger(duration) || duration < 1 || duration > 300) throw new Error('--duration must be 1 to 300 seconds');
  if (!Number.isInteger(connections) || connections < 1 || connections > 1000) throw new Error('--connections must be 1 to 1000');

  const temp = await tempDir('ija-bench-server-');
  let server: Server | undefined;
  try {
    const db = join(temp.path, 'data', 'bench.sqlite');
    await mkdir(join(temp.path, 'data'), { recursive: true });
    const store = openSqliteStore(db);
    try {
      seedDemo(store, new Date());
      store.replacePartners(syntheticPartners(PARTNER_COUNT));
    } finally {
      store.close();
    }

    server = await startServer({ db, dir: temp.path, dev: values.dev });
    console.log(
      `Server ${server.url} (pid ${server.child.pid}), NODE_ENV=${values.dev ? '(unset: answers checked against the schemas)' : 'production'}, ` +
        `--write-rate ${WRITE_RATE}; Node ${process.version}, ${cpus().length} CPUs; autocannon ${connections} connections × ${duration} s\n`,
    );

    const partners = await load(
      `GET /api/partners (${PARTNER_COUNT} partners)`,
      { url: `${server.url}/api/partners`, connections, duration },
      200,
    );

    const deliveries = await sseDelivery(server.url);
    console.log(`SSE: ${SSE_CLIENTS} clients × ${SSE_ROUNDS} cards (+${SSE_WARMUP_ROUNDS} warm-up), every client got every card`);

    let written = 0;
    const writer = `bench-writer-${randomUUID()}`;
    const cards = await load(
      `POST /api/boards/${BOARD_ID}/cards`,
      {
        url: `${server.url}/api/boards/${BOARD_ID}/cards`,
        connections,
        duration,
        requests: [
          {
            method: 'POST',
            path: `/api/boards/${BOARD_ID}/cards`,
            headers: { 'content-type': 'application/json', 'x-ija-client': writer },
            setupRequest: (req) => ({
              ...req,
              body: JSON.stringify({ id: randomUUID(), questionId: QUESTION_ID, text: `Benchmark-Idee ${++written}` }),
            }),
          },
        ],
      },
      201,
    );

    const sse = summary(deliveries);
    console.log('');
    printTable([
      ['', 'req/s (avg)', 'median ms', 'p95 ms', 'p97.5 ms (autocannon)', 'max ms', 'failed'],
      loadRow(partners),
      loadRow(cards),
      [`SSE card delivery to ${SSE_CLIENTS} clients (${SSE_ROUNDS} cards)`, '–', ms(sse.median), ms(sse.p95), '–', ms(sse.max), '0'],
    ]);
    console.log(
      '\nLatency median/p95/max: computed from every response time (autocannon reports p97.5, not p95).' +
        '\nSSE: from just before the POST until the client parsed the card-added event; all clients share one Node process.',
    );
  } finally {
    try {
      const code = await server?.stop();
      if (server && code !== 0) {
        process.exitCode = 1;
        console.error(`The server exited with ${code} after SIGTERM:\n${server.output()}`);
      }
    } finally {
      await temp.remove();
    }
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
