/**
 * `npm run size`: what a site downloads, measured on the shipped files after `npm run build`, against the
 * budgets (CI fails when one is over, or when README.md's table has other first-download figures than this run):
 * - the drop-in's first download, dist/cdn/ija-widgets.js: at most 40 KB;
 * - each element's first download through the npm graph, as an app gets it: `import 'ija-widgets/components/<tag>.js'`
 *   bundled and minified by Vite (production), the entry chunk and what it imports statically: at most 20 KB;
 * - a page with `api` on the reference server (demo content) in headless Chromium: every script and data answer
 *   it downloads until nothing new starts for a second (listed, no budget: it includes the schemas and HTTP code).
 * Sizes are gzip -9 of the bytes. `--write` puts the table into README.md between the size markers.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';
import { startReferenceServer } from './reference-server.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const KB = 1024;
const TAGS = ['ija-partner-map', 'ija-workshop-agenda', 'ija-leitfragen-board', 'ija-five-point-plan', 'ija-provider'];
const README_START = '<!-- size:start (npm run size -- --write) -->';
const README_END = '<!-- size:end -->';
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

/** One element's first download when an app imports its subpath, bundled by Vite as an app build does. */
async function viteFirstDownload(tag) {
  const dir = mkdtempSync(join(tmpdir(), 'ija-size-'));
  try {
    const entry = join(dir, 'main.js');
    writeFileSync(entry, `import ${JSON.stringify(join(ROOT, 'dist/components', tag, `${tag}.js`))};\n`);
    const result = await build({
      root: dir,
      configFile: false,
      logLevel: 'silent',
      build: { write: false, minify: true, target: 'es2022', modulePreload: false, rollupOptions: { input: entry } },
    });
    const chunks = new Map((Array.isArray(result) ? result[0] : result).output.filter((file) => file.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
    const first = new Set();
    const visit = (name) => {
      if (first.has(name)) return;
      first.add(name);
      for (const imported of chunks.get(name).imports) visit(imported);
    };
    visit([...chunks.values()].find((chunk) => chunk.isEntry).fileName);
    return [...first].reduce((sum, name) => sum + gzip(chunks.get(name).code), 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Pages with `api`, one element each and all four, served by the reference server beside its demo. */
const API_PAGES = {
  'ija-partner-map': '<ija-partner-map api="/api"></ija-partner-map>',
  'ija-workshop-agenda': '<ija-workshop-agenda api="/api" agenda-id="werkstattgespraech"></ija-workshop-agenda>',
  'ija-leitfragen-board': '<ija-leitfragen-board api="/api" board-id="leitfragen"></ija-leitfragen-board>',
  'ija-five-point-plan': '<ija-five-point-plan api="/api" plan-id="fuenf-punkte-plan"></ija-five-point-plan>',
  all: '<ija-provider api="/api"><ija-partner-map></ija-partner-map><ija-workshop-agenda agenda-id="werkstattgespraech"></ija-workshop-agenda><ija-leitfragen-board board-id="leitfragen"></ija-leitfragen-board><ija-five-point-plan plan-id="fuenf-punkte-plan"></ija-five-point-plan></ija-provider>',
};

/** Loads a page cold and sums what it downloads (scripts, data) until no request starts for a second. */
async function pageDownloads(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bytes = { script: 0, data: 0 };
  let lastStart = Date.now();
  const pending = [];
  page.on('request', () => (lastStart = Date.now()));
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    const kind = path.endsWith('.js') ? 'script' : path.startsWith('/api/') && !path.endsWith('/events') ? 'data' : undefined;
    if (kind) pending.push(response.body().then((body) => (bytes[kind] += gzip(body)), () => {}));
  });
  await page.goto(url, { waitUntil: 'load' });
  while (Date.now() - lastStart < 1000) await page.waitForTimeout(200);
  await Promise.all(pending);
  await context.close();
  return bytes;
}

async function apiPageRows() {
  const publicDir = mkdtempSync(join(tmpdir(), 'ija-size-pages-'));
  for (const [name, body] of Object.entries(API_PAGES)) {
    writeFileSync(join(publicDir, `${name}.html`), `<!doctype html><html lang="de"><meta charset="utf-8"><title>${name}</title><script type="module" src="/dist/cdn/ija-widgets.js"></script><body>${body}</body></html>\n`);
  }
  const server = await startReferenceServer({ publicDir });
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const rows = {};
    for (const name of Object.keys(API_PAGES)) rows[name] = await pageDownloads(browser, `${server.origin}/${name}.html`);
    return rows;
  } finally {
    await browser.close();
    server.stop();
    rmSync(publicDir, { recursive: true, force: true });
  }
}

for (const file of ['dist/cdn/ija-widgets.js', ...TAGS.map((tag) => `dist/components/${tag}/${tag}.js`)]) {
  if (!existsSync(join(ROOT, file))) throw new Error(`${file} is missing: run \`npm run build\` first`);
}

const over = [];
const budget = (bytes, limit, name) => {
  if (bytes > limit) over.push(name);
  return `${kb(bytes)} ${bytes > limit ? `**over ${kb(limit)}**` : `(≤ ${kb(limit)})`}`;
};

const dropIn = gzip(readFileSync(join(ROOT, 'dist/cdn/ija-widgets.js')));
const lines = [
  '| What a site downloads (gzip) | First download, budget | Page with `api`, until idle: scripts + data |',
  '|---|---|---|',
];
const apiRows = await apiPageRows();
const apiCell = (name) => `${kb(apiRows[name].script)} + ${kb(apiRows[name].data)}`;
lines.push(`| Drop-in \`dist/cdn/ija-widgets.js\` (all elements) | ${budget(dropIn, 40 * KB, 'the drop-in')} | all four elements: ${apiCell('all')} |`);
for (const tag of TAGS) {
  const first = await viteFirstDownload(tag);
  const api = apiRows[tag] ? `drop-in: ${apiCell(tag)}` : '—';
  lines.push(`| \`ija-widgets/components/${tag}.js\` bundled by Vite | ${budget(first, 20 * KB, `<${tag}>`)} | ${api} |`);
}
const table = lines.join('\n');
console.log(`\n${table}\n`);

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const start = readme.indexOf(README_START);
const end = readme.indexOf(README_END);
if (start < 0 || end < start) throw new Error(`README.md has no size markers (${README_START} … ${README_END})`);
const current = readme.slice(start + README_START.length, end).trim();
/** The page column is measured on live demo data (timestamps), so it may move by a rounding step: only the rest must match. */
const budgetColumns = (markdown) => markdown.split('\n').map((line) => line.split('|').slice(0, 3).join('|')).join('\n');
if (process.argv.includes('--write')) {
  writeFileSync(join(ROOT, 'README.md'), `${readme.slice(0, start + README_START.length)}\n${table}\n${readme.slice(end)}`);
  console.log('README.md: size table written');
} else if (budgetColumns(current) !== budgetColumns(table)) {
  over.push('README.md (its size table is not this run\'s: run `npm run size -- --write`)');
}

if (over.length > 0) {
  console.error(`\nFailed: ${over.join('; ')}`);
  process.exit(1);
}
