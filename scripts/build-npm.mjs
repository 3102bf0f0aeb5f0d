/**
 * The npm build: every module of src/ as its own ES module in dist/ (same folders, `.ts` → `.js`), with
 * bare imports of lit, @lit/*, zod, leaflet and uqr left for the app's bundler. So the main entry, the
 * element subpaths and `ija-widgets/core` are one module graph: an app that imports from several of them
 * gets one Lit, one class per element and one error class. Template text is shrunk as in the drop-in;
 * the rest stays readable (the app's bundler minifies). Declarations (`.d.ts`) come from tsc beside them.
 *
 * The drop-in (dist/cdn/) is rollup's job (rollup.config.js).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { transform } from 'esbuild';
import { minifyTemplateLiterals } from './minify-templates.mjs';

const SRC = 'src';
const OUT = 'dist';
/** The drop-in's entry is rollup's; the npm graph has no use for it. */
const SKIP = new Set(['src/drop-in.ts']);

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') && !SKIP.has(path) ? [path] : [];
  });
}

const tsconfigRaw = { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false, verbatimModuleSyntax: true } };
const files = sources(SRC);
await Promise.all(
  files.map(async (file) => {
    const { code } = await transform(minifyTemplateLiterals(readFileSync(file, 'utf8')), {
      loader: 'ts',
      format: 'esm',
      target: 'es2022',
      sourcefile: file,
      tsconfigRaw,
    });
    const out = join(OUT, relative(SRC, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, code);
  }),
);
console.log(`build-npm: ${files.length} modules in ${OUT}/`);
