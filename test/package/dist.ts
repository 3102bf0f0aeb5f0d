import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CustomElementDeclaration, Package } from 'custom-elements-manifest';

/** The package as built: these tests read dist/, so `npm run build` must have run first. */

export const ROOT = join(import.meta.dirname, '..', '..');

/** A file of the built package (a path from the package root), or a failure that says to build first. */
export function builtFile(path: string): string {
  const file = join(ROOT, path);
  assert.ok(existsSync(file), `${path} is missing: run \`npm run build\` before \`npm run test:package\` (these tests check the built package)`);
  return file;
}

export function readManifest(): Package {
  return JSON.parse(readFileSync(builtFile('dist/custom-elements.json'), 'utf8')) as Package;
}

export interface ManifestElement {
  /** The shipped module that declares the element's class. */
  path: string;
  declaration: CustomElementDeclaration & { tagName: string };
}

/** The declarations with a tag, with their module's path. */
export function manifestElements(manifest: Package): ManifestElement[] {
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((declaration): declaration is ManifestElement['declaration'] => 'customElement' in declaration && declaration.customElement === true && !!declaration.tagName)
      .map((declaration) => ({ path: module.path, declaration })),
  );
}
