import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyTemplates } from './scripts/minify-templates.mjs';
import { leafletStrictCsp } from './scripts/leaflet-strict-csp.mjs';

/** Every element folder with its element file: src/components/<tag>/<tag>.ts. */
export function elementEntries() {
  return Object.fromEntries(
    readdirSync('src/components', { withFileTypes: true })
      .filter((dir) => dir.isDirectory() && existsSync(`src/components/${dir.name}/${dir.name}.ts`))
      .map((dir) => [dir.name, `src/components/${dir.name}/${dir.name}.ts`]),
  );
}

/** zod 4 ships annotations rollup cannot place and an internal circular import: both harmless. */
export function onwarn(warning, warn) {
  if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules/zod')) return;
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('node_modules/zod'))) return;
  warn(warning);
}

/** Production Lit (no dev-mode code), TypeScript through esbuild (decorators per tsconfig), Leaflet fit for a strict CSP, minified. */
export function plugins() {
  return [
    nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
    minifyTemplates(),
    leafletStrictCsp(),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', minify: false }),
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
  ];
}

/**
 * Code loaded on demand goes into sibling files; everything else stays in the entry file itself
 * (`allow-extension`: the entry may export what those files need from it). zod is one file (only
 * zod: a manual chunk takes its dependencies along, and the schemas depend on code the entry has).
 */
export const chunking = {
  preserveEntrySignatures: 'allow-extension',
  manualChunks(id) {
    if (id.includes('/node_modules/zod/')) return 'zod';
    return undefined;
  },
};

/**
 * The drop-in for the script tag: one self-contained module (Lit, zod and the rest inlined) that registers
 * every element, in its own folder. Only code loaded on demand is a sibling file, found relative to the
 * module, so copying dist/cdn/ anywhere works. The npm build (scripts/build-npm.mjs) is the other build.
 */
export default {
  input: { 'ija-widgets': 'src/drop-in.ts' },
  preserveEntrySignatures: chunking.preserveEntrySignatures,
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'ija-widgets-[name]-[hash].js',
    manualChunks: chunking.manualChunks,
    sourcemap: true,
  },
  plugins: [...plugins(), reserveSpaceStyles()],
  onwarn,
};

/** dist/cdn/ija-widgets.css beside the drop-in: the space the widgets hold before their script has run. */
function reserveSpaceStyles() {
  return {
    name: 'ija-widgets-css',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'ija-widgets.css', source: readFileSync('src/ija-widgets.css', 'utf8') });
    },
  };
}
