/**
 * `npm run bench [-- filter]`: runs the browser benchmarks (`scripts/bench/*.bench.mjs`) against the
 * built bundle in headless system Chromium and prints median, p95 and min per row.
 *
 * Builds nothing: run `npm run build` first. Serves the drop-in `dist/cdn/` (at `/`) and `scripts/bench/pages/`
 * (at `/bench/`) on 127.0.0.1 only; the browser may not reach anything else.
 *
 * A benchmark module exports `name` and `async run({ page, baseUrl, newPage })`, which returns rows: either
 * `{ label, samples }` with the samples in milliseconds (median, p95, min are printed), or `{ label, figure }` with a
 * text (a ratio, a count, a size) printed as it is. `newPage({ origin, viewport })` opens a page in a fresh browser
 * context (empty cache, for cold loads) that may reach only `origin` (this server by default); the runner closes them.
 */
import { createStaticServer } from '../static-server.mjs';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { dirname, join, normalize, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../find-chromium.mjs';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH_DIR, '..', '..');
const DIST = join(ROOT, 'dist', 'cdn');
const PAGES = join(BENCH_DIR, 'pages');
const BUNDLE = join(DIST, 'ija-widgets.js');
const HOST = '127.0.0.1';
/** Console messages from the page printed per benchmark, at most. */
const MAX_CONSOLE_LINES = 10;

/** The file for a request path: `/bench/*` from the bench pages, everything else from `dist/`. */
function fileFor(pathname) {
  const [base, rest] = pathname.startsWith('/bench/') ? [PAGES, pathname.slice('/bench'.length)] : [DIST, pathname];
  const file = normalize(join(base, rest));
  return file.startsWith(base + '/') ? file : undefined;
}

function startServer() {
  const server = createStaticServer(fileFor);
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, HOST, () => resolvePromise(server));
  });
}

function stopServer(server) {
  return new Promise((resolvePromise) => {
    server.closeAllConnections();
    server.close(() => resolvePromise());
  });
}

async function loadBenchmarks(filter) {
  const files = (await readdir(BENCH_DIR)).filter((file) => file.endsWith('.bench.mjs')).sort();
  const benchmarks = [];
  for (const file of files) {
    const mod = await import(pathToFileURL(join(BENCH_DIR, file)).href);
    if (typeof mod.name !== 'string' || typeof mod.run !== 'function') {
      throw new Error(`${file} must export \`name\` (string) and \`run\` (async function)`);
    }
    benchmarks.push({ file, name: mod.name, run: mod.run });
  }
  if (!filter) return benchmarks;
  const needle = filter.toLowerCase();
  return benchmarks.filter((bench) => bench.name.toLowerCase().includes(needle));
}

/** Nearest-rank percentile of ascending `sorted`. */
function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function median(sorted) {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function summarise({ label, samples, figure }) {
  if (typeof figure === 'string') return { label: String(label), figure };
  if (!Array.isArray(samples) || samples.length === 0 || !samples.every((s) => Number.isFinite(s))) {
    throw new Error(`row "${label}": samples must be a non-empty array of finite numbers`);
  }
  const sorted = [...samples].sort((a, b) => a - b);
  return { label: String(label), runs: sorted.length, median: median(sorted), p95: percentile(sorted, 95), min: sorted[0] };
}

function printTable(allRows) {
  const rows = allRows.filter((row) => row.figure === undefined);
  const figures = allRows.filter((row) => row.figure !== undefined);
  const header = ['benchmark', 'runs', 'median ms', 'p95 ms', 'min ms'];
  const lines = rows.map((row) => [row.label, String(row.runs), ...[row.median, row.p95, row.min].map((ms) => ms.toFixed(1))]);
  const widths = header.map((title, col) => Math.max(title.length, ...lines.map((line) => line[col].length)));
  const format = (cells) => cells.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]) : cell.padStart(widths[col]))).join('  ');
  if (lines.length > 0) {
    console.log(format(header));
    console.log(widths.map((width) => '-'.repeat(width)).join('  '));
    for (const line of lines) console.log(format(line));
    console.log('');
  }
  if (figures.length === 0) return;
  const labelWidth = Math.max(...figures.map((row) => row.label.length));
  for (const row of figures) console.log(`${row.label.padEnd(labelWidth)}  ${row.figure}`);
}

async function main() {
  if (!existsSync(BUNDLE)) {
    console.error('dist/cdn/ija-widgets.js is missing: run npm run build first');
    return 1;
  }
  const filter = process.argv[2];
  const benchmarks = await loadBenchmarks(filter);
  if (benchmarks.length === 0) {
    console.error(filter ? `No benchmark matches "${filter}".` : 'No benchmarks (scripts/bench/*.bench.mjs) found.');
    return 1;
  }

  const server = await startServer();
  const baseUrl = `http://${HOST}:${server.address().port}`;
  let browser;
  try {
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
    console.log(`Chromium ${browser.version()}, headless; serving ${baseUrl}\n`);
    const rows = [];
    for (const bench of benchmarks) {
      const messages = [];
      const contexts = [];
      const newPage = async ({ origin = baseUrl, viewport } = {}) => {
        const context = await browser.newContext(viewport ? { viewport } : {});
        contexts.push(context);
        // Loopback only: anything that is not our server (or the bench's own, e.g. the reference server) is refused.
        await context.route('**/*', (route) =>
          new URL(route.request().url()).origin === origin ? route.continue() : route.abort('blockedbyclient'),
        );
        const page = await context.newPage();
        page.on('console', (msg) => {
          if (msg.type() === 'error' || msg.type() === 'warning') messages.push(`console.${msg.type()}: ${msg.text()}`);
        });
        page.on('pageerror', (error) => messages.push(`page error: ${error.message}`));
        return page;
      };
      try {
        const page = await newPage();
        console.log(`running ${bench.name} (${bench.file}) …`);
        const result = await bench.run({ page, baseUrl, newPage });
        if (!Array.isArray(result) || result.length === 0) throw new Error(`${bench.file}: run() returned no rows`);
        rows.push(...result.map(summarise));
      } finally {
        if (messages.length > 0) {
          console.log(`  ${messages.length} console warning(s)/error(s) in ${bench.name}:`);
          for (const message of messages.slice(0, MAX_CONSOLE_LINES)) console.log(`    ${message}`);
        }
        await Promise.all(contexts.map((context) => context.close()));
      }
    }
    console.log('');
    printTable(rows);
    return 0;
  } finally {
    await browser?.close();
    await stopServer(server);
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
