import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TemplateResult } from 'lit';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';

/** The npm build in dist/ (`node scripts/build-npm.mjs`), rendered on a server as a site's framework would. */

export const ROOT = join(import.meta.dirname, '..', '..');

/** Every entry of the npm build: the main entry, `core`, and each element's registering module. */
export function npmEntries(): string[] {
  const components = join(ROOT, 'dist', 'components');
  assert.ok(existsSync(components), 'dist/components is missing: run `node scripts/build-npm.mjs` first (npm run test:ssr does)');
  const tags = readdirSync(components).filter((tag) => existsSync(join(components, tag, `${tag}.js`)));
  return ['dist/index.js', 'dist/core/index.js', ...tags.map((tag) => `dist/components/${tag}/${tag}.js`)];
}

/** Imports a file of the build (a path from the package root). */
export function importBuilt<T>(path: string): Promise<T> {
  return import(pathToFileURL(join(ROOT, path)).href) as Promise<T>;
}

/** Imports the main entry and registers every element, then loads the first render's code, as the README says. */
export async function prepareServer(): Promise<void> {
  for (const entry of npmEntries()) await importBuilt(entry);
  const { preloadFirstRender } = await importBuilt<typeof import('../../src/index.js')>('dist/index.js');
  await preloadFirstRender();
}

export function renderToString(template: TemplateResult): Promise<string> {
  return collectResult(render(template));
}
