/**
 * `npm run size`: gzip sizes of what a site downloads, measured on real bundles built here:
 * Lit alone, the data layer (core), the drop-in bundle with zod/mini (shipped) and with full zod
 * (for comparison), and every built file in dist/. Budgets (issue: distribution) are checked once
 * the widgets exist; for now the table is printed.
 */
import { readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { plugins, onwarn } from '../rollup.config.js';

const gzip = (code) => gzipSync(code, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Resolves `zod/mini` to full `zod`: the same schemas, built with the full library. */
const fullZod = {
  name: 'full-zod',
  resolveId(source, importer) {
    return source === 'zod/mini' ? this.resolve('zod', importer, { skipSelf: true }) : null;
  },
};

/** The entry's own file, as a site downloads it first; code loaded on demand (the map engine) is not in it. */
async function bundleSize(input, extraPlugins = []) {
  const bundle = await rollup({ input, plugins: [...extraPlugins, ...plugins()], onwarn });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const code = output.filter((chunk) => chunk.type === 'chunk' && chunk.isEntry).map((chunk) => chunk.code).join('\n');
  return { raw: code.length, gzip: gzip(code) };
}

mkdirSync('node_modules/.cache/ija-size', { recursive: true });
const litEntry = 'node_modules/.cache/ija-size/lit-only.js';
writeFileSync(litEntry, "import { LitElement, html, css } from 'lit';\nconsole.log(LitElement, html, css);\n");

const rows = [
  ['Lit alone (LitElement, html, css)', await bundleSize(litEntry)],
  ['core (adapters, schemas, defaults; zod/mini)', await bundleSize('src/core/index.ts')],
  ['dist/ija-widgets.js with zod/mini (shipped)', await bundleSize('src/index.ts')],
  ['dist/ija-widgets.js with full zod (comparison)', await bundleSize('src/index.ts', [fullZod])],
  ['<ija-workshop-agenda> alone (element entry)', await bundleSize('src/components/ija-workshop-agenda/ija-workshop-agenda.ts')],
  ['<ija-partner-map> alone, without its map engine', await bundleSize('src/components/ija-partner-map/ija-partner-map.ts')],
  ['<ija-five-point-plan> alone (element entry)', await bundleSize('src/components/ija-five-point-plan/ija-five-point-plan.ts')],
  ['map engine (Leaflet, loaded after consent)', await bundleSize('src/components/ija-partner-map/map/map-engine.ts')],
];

console.log('\nBundle sizes (minified, gzip -9)\n');
for (const [name, size] of rows) console.log(`${name.padEnd(50)} ${kb(size.raw).padStart(9)} ${kb(size.gzip).padStart(9)} gzip`);

function listJs(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listJs(path);
    return name.endsWith('.js') ? [path] : [];
  });
}
try {
  console.log('\nBuilt files in dist/\n');
  for (const file of listJs('dist')) {
    const code = readFileSync(file);
    console.log(`${file.padEnd(50)} ${kb(code.length).padStart(9)} ${kb(gzip(code)).padStart(9)} gzip`);
  }
} catch {
  console.log('(run `npm run build` first to list dist/)');
}
