/**
 * `npm run bench:server-bytes`: what the reference server sends, on the wire, from the real process
 * (`server/main.ts --demo` on an SQLite file in a temp folder, serving the built `dist/`: run
 * `npm run build` first). A second site, `grossstadt`, holds 500 synthetic partners (the list of
 * `npm run bench:server`), a big city's network.
 *
 * 1. Chromium opens the demo home page in a fresh context and then once more in the same context (a
 *    repeat visit): the scripts it loads, their bytes on the wire, and how many it asked for again.
 * 2. The page, its style sheet, each of those scripts and each polled read (partner lists, agenda, plan) asked for with no
 *    `Accept-Encoding`, with `gzip` and with `br`: the body bytes as sent (not decoded), and its
 *    `Cache-Control`.
 * 3. The same reads again with the `ETag` they answered in `If-None-Match`: the status and body bytes.
 * 4. What compression costs the server: the 500-partner list under load (autocannon, 8 connections,
 *    3 s each) uncompressed, gzip, br and as a 304, requests per second and their ratio.
 */
import { request } from 'node:http';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { openRepository } from '../../server/repository/open.js';
import { DEMO_AGENDA_ID, DEMO_PLAN_ID } from '../../server/seed.js';
import { tempDir } from '../../server/test/helpers/e2e.js';
import { startServerProcess } from '../../server/test/helpers/server-process.js';
// @ts-expect-error -- a plain ES module without types, shared with the browser tests
import { CHROMIUM_ARGS, findChromium } from '../find-chromium.mjs';
import { syntheticPartners } from './synthetic-partners.js';

const BIG_SITE = 'grossstadt';
const BIG_SITE_PARTNERS = 500;
const ENCODINGS = [undefined, 'gzip', 'br'] as const;
const QUIET_MS = 1_000;
const LOAD = { connections: 8, duration: 3 };

/** autocannon (CommonJS, no bundled types): the part used here. */
type Autocannon = (
  options: { url: string; connections: number; duration: number; headers?: Record<string, string> },
  done: (error: Error | null, result: { requests: { average: number }; latency: { p50: number; p97_5: number }; statusCodeStats: Record<string, { count: number }>; errors: number }) => void,
) => unknown;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

interface WireAnswer {
  status: number;
  /** Body bytes as they came over the wire (compressed when the server compressed). */
  bytes: number;
  headers: Record<string, string | string[] | undefined>;
}

/** One GET as a client without automatic decoding sends it: the body is counted, not decoded. */
function get(url: string, headers: Record<string, string>): Promise<WireAnswer> {
  return new Promise((done, fail) => {
    const sent = request(url, { headers, timeout: 10_000 }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => done({ status: response.statusCode ?? 0, bytes, headers: response.headers }));
      response.on('error', fail);
    });
    sent.on('timeout', () => sent.destroy(new Error(`GET ${url}: no answer within 10 s`)));
    sent.on('error', fail);
    sent.end();
  });
}

interface ScriptLoad {
  url: string;
  /** Whether the browser asked the server (false: it used its cache without asking). */
  asked: boolean;
  status: number;
  /** Body bytes on the wire (what Chromium received minus the headers). */
  bytes: number;
}

/** The scripts a page load used, as Chromium's network log tells (the DevTools protocol). */
async function scriptsLoaded(page: Page, url: string): Promise<ScriptLoad[]> {
  const session = await page.context().newCDPSession(page);
  await session.send('Network.enable');
  const scripts = new Map<string, ScriptLoad & { headerBytes: number }>();
  // Comes before the response: the memory cache answered.
  const fromCache = new Set<string>();
  session.on('Network.requestServedFromCache', ({ requestId }) => fromCache.add(requestId));
  session.on('Network.responseReceived', ({ requestId, type, response }) => {
    if (type !== 'Script') return;
    const asked = !fromCache.has(requestId) && !response.fromDiskCache && !response.fromPrefetchCache && !response.fromServiceWorker;
    scripts.set(requestId, { url: response.url, asked, status: response.status, bytes: 0, headerBytes: response.encodedDataLength });
  });
  session.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const script = scripts.get(requestId);
    if (script?.asked) script.bytes = Math.max(0, encodedDataLength - script.headerBytes);
  });
  // Not 'networkidle': the page keeps an event stream open. Done when no script came for a second.
  await page.goto(url, { waitUntil: 'load' });
  for (let seen = -1; seen !== scripts.size; ) {
    seen = scripts.size;
    await page.waitForTimeout(QUIET_MS);
  }
  await session.detach();
  return [...scripts.values()].map(({ url, asked, status, bytes }) => ({ url, asked, status, bytes }));
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const header = (answer: WireAnswer, name: string) => String(answer.headers[name] ?? '–');

function printTable(rows: string[][]): void {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) => row.map((cell, column) => (column === 0 || column === row.length - 1 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  console.log(line(rows[0]!));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows.slice(1)) console.log(line(row));
}

/** Requests per second and latency of one GET under load; every answer must have `status`. */
function underLoad(url: string, headers: Record<string, string>, status: number): Promise<{ perSecond: number; p50: number; p97: number }> {
  return new Promise((done, fail) =>
    autocannon({ url, headers, ...LOAD }, (error, result) => {
      if (error) return fail(error);
      const statuses = Object.keys(result.statusCodeStats);
      if (result.errors > 0 || statuses.some((code) => Number(code) !== status)) {
        return fail(new Error(`GET ${url} ${JSON.stringify(headers)}: statuses ${statuses.join(', ')}, ${result.errors} errors, expected only ${status}`));
      }
      done({ perSecond: result.requests.average, p50: result.latency.p50, p97: result.latency.p97_5 });
    }),
  );
}

async function seedBigSite(db: string): Promise<void> {
  const repo = await openRepository(db);
  try {
    await repo.createSite({ id: BIG_SITE, title: 'Großstadt', createdAt: new Date().toISOString() });
    await repo.replacePartners(BIG_SITE, syntheticPartners(BIG_SITE_PARTNERS));
  } finally {
    await repo.close();
  }
}

async function main(): Promise<void> {
  const temp = await tempDir('ija-bench-bytes-');
  await mkdir(join(temp.path, 'data'));
  const db = join(temp.path, 'data', 'bytes.sqlite');
  await seedBigSite(db);
  // The default site is still empty: `--demo` fills it, as on a first `npm start`.
  const server = await startServerProcess({ args: ['--demo', '--db', db], extraEnv: { NODE_ENV: 'production' } });
  const browser = await chromium.launch({ executablePath: findChromium() as string, args: CHROMIUM_ARGS as string[] });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const first = await scriptsLoaded(page, `${server.url}/`);
    const again = await scriptsLoaded(page, `${server.url}/`);
    const firstBytes = first.reduce((sum, script) => sum + script.bytes, 0);
    const againBytes = again.reduce((sum, script) => sum + script.bytes, 0);
    console.log(`Demo home page in Chromium (Accept-Encoding as Chromium sends it), ${first.length} scripts:`);
    const asked = again.filter((script) => script.asked);
    const statuses = [...new Set(asked.map((script) => script.status))].join(', ') || '–';
    console.log(`  first visit: ${kb(firstBytes)} of script bodies on the wire`);
    console.log(`  repeat visit: ${asked.length} of ${again.length} scripts asked the server again (answered ${statuses}), ${kb(againBytes)} of bodies; the rest came from the cache unasked\n`);

    const reads = [
      '/',
      '/site.css',
      ...first.map((script) => new URL(script.url).pathname),
      '/api/partners',
      `/sites/${BIG_SITE}/api/partners`,
      `/api/agendas/${DEMO_AGENDA_ID}`,
      `/api/plans/${DEMO_PLAN_ID}`,
    ];
    const rows = [['GET', 'none', 'gzip', 'br', 'br ÷ none', 'If-None-Match', 'Cache-Control']];
    const totals = { none: 0, gzip: 0, br: 0 };
    for (const path of reads) {
      const [none, gzip, br] = await Promise.all(ENCODINGS.map((encoding) => get(`${server.url}${path}`, encoding ? { 'accept-encoding': encoding } : {})));
      for (const answer of [none, gzip, br]) if (answer!.status !== 200) throw new Error(`GET ${path} answered ${answer!.status}`);
      const etag = header(br!, 'etag');
      const repeat = etag === '–' ? undefined : await get(`${server.url}${path}`, { 'accept-encoding': 'br', 'if-none-match': etag });
      if (path.endsWith('.js')) {
        totals.none += none!.bytes;
        totals.gzip += gzip!.bytes;
        totals.br += br!.bytes;
      }
      rows.push([
        path.length > 52 ? `…${path.slice(-51)}` : path,
        String(none!.bytes),
        `${gzip!.bytes}${header(gzip!, 'content-encoding') === 'gzip' ? '' : ' (as is)'}`,
        `${br!.bytes}${header(br!, 'content-encoding') === 'br' ? '' : ' (as is)'}`,
        `${(br!.bytes / none!.bytes).toFixed(2)}×`,
        repeat === undefined ? 'no ETag' : `${repeat.status}, ${repeat.bytes} B`,
        header(br!, 'cache-control'),
      ]);
    }
    rows.push([`home page scripts, ${first.length} files`, kb(totals.none), kb(totals.gzip), kb(totals.br), `${(totals.br / totals.none).toFixed(2)}×`, '', '']);
    printTable(rows);
    console.log('\nBytes: the body as sent, not decoded; "(as is)": the server did not compress that answer.');

    const list = `${server.url}/sites/${BIG_SITE}/api/partners`;
    const tag = header(await get(list, {}), 'etag');
    const variants = [
      ['none', {}, 200],
      ['gzip', { 'accept-encoding': 'gzip' }, 200],
      ['br', { 'accept-encoding': 'br' }, 200],
      ['If-None-Match (304)', { 'accept-encoding': 'br', 'if-none-match': tag }, 304],
    ] as const;
    const loads = [['GET 500 partners under load', 'req/s', 'p50 ms', 'p97.5 ms', '÷ none']];
    let base: number | undefined;
    for (const [label, headers, status] of variants) {
      const figures = await underLoad(list, headers, status);
      base ??= figures.perSecond;
      loads.push([label, figures.perSecond.toFixed(0), String(figures.p50), String(figures.p97), `${(figures.perSecond / base).toFixed(2)}×`]);
    }
    console.log(`\nWhat compression costs the server (autocannon, ${LOAD.connections} connections × ${LOAD.duration} s each, on the same cores):`);
    printTable(loads);
  } finally {
    await browser.close();
    await server.stop();
    await temp.remove();
  }
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
}
