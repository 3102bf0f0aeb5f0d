/**
 * `npm run size`: gzip sizes of what a site downloads first, measured on real bundles built here,
 * checked against the budgets of the distribution issue (CI fails when one is over):
 * - dist/ija-widgets.js (all elements) at most 40 KB;
 * - each element's own entry, with its share of Lit and the core, at most 20 KB.
 * Code loaded on demand (map engine, schemas, editors, other views) is listed separately.
 */
import { readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { chunking, elementEntries, onwarn, plugins } from '../rollup.config.js';

const gzip = (code) => gzipSync(code, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const KB = 1024;

/** The entry file as a site downloads it first (static imports stay in it), and the files it may load later. */
async function build(input) {
  const bundle = await rollup({ input, plugins: plugins(), onwarn, preserveEntrySignatures: chunking.preserveEntrySignatures });
  const { output } = await bundle.generate({ format: 'es', manualChunks: chunking.manualChunks });
  await bundle.close();
  const chunks = output.filter((chunk) => chunk.type === 'chunk');
  const entry = chunks.find((chunk) => chunk.isEntry);
  if (entry.imports.length > 0) throw new Error(`${input}: the entry imports ${entry.imports.join(', ')} statically`);
  return { entry: gzip(entry.code), raw: entry.code.length, onDemand: chunks.filter((chunk) => !chunk.isEntry) };
}

mkdirSync('node_modules/.cache/ija-size', { recursive: true });
const litEntry = 'node_modules/.cache/ija-size/lit-only.js';
writeFileSync(litEntry, "import { LitElement, html, css } from 'lit';\nconsole.log(LitElement, html, css);\n");

const rows = [
  { name: 'Lit alone (LitElement, html, css)', input: litEntry },
  { name: 'dist/ija-widgets.js (all elements)', input: 'src/index.ts', budget: 40 * KB },
  ...Object.entries(elementEntries())
    .filter(([tag]) => tag !== 'ija-provider')
    .map(([tag, input]) => ({ name: `<${tag}> alone (element entry)`, input, budget: 20 * KB })),
  { name: '<ija-provider> alone (element entry)', input: 'src/components/ija-provider/ija-provider.ts', budget: 20 * KB },
];

console.log('\nFirst download (minified, gzip -9) and budget\n');
const over = [];
let all;
for (const row of rows) {
  const result = await build(row.input);
  if (row.input === 'src/index.ts') all = result;
  const verdict = row.budget === undefined ? '' : result.entry <= row.budget ? `ok (≤ ${kb(row.budget)})` : `OVER ${kb(row.budget)}`;
  if (row.budget !== undefined && result.entry > row.budget) over.push(row.name);
  console.log(`${row.name.padEnd(48)} ${kb(result.raw).padStart(9)} ${kb(result.entry).padStart(9)} gzip  ${verdict}`);
}

console.log('\nLoaded on demand by dist/ija-widgets.js (sibling files)\n');
for (const chunk of all.onDemand.sort((a, b) => gzip(b.code) - gzip(a.code))) {
  const name = chunk.moduleIds.some((id) => id.includes('/node_modules/leaflet/')) ? 'Leaflet and its CSS (after map consent)' : chunk.name;
  console.log(`${name.padEnd(48)} ${kb(chunk.code.length).padStart(9)} ${kb(gzip(chunk.code)).padStart(9)} gzip`);
}

function listJs(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listJs(path);
    return name.endsWith('.js') ? [path] : [];
  });
}
try {
  const files = listJs('dist');
  console.log(`\nBuilt files in dist/: ${files.length} JavaScript files, ${kb(files.reduce((sum, file) => sum + gzip(readFileSync(file)), 0))} gzip in all`);
} catch {
  console.log('\n(run `npm run build` first to count dist/)');
}

if (over.length > 0) {
  console.error(`\nOver budget: ${over.join(', ')}`);
  process.exit(1);
}
