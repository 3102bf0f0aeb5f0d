import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The elements of dist/custom-elements.json (run `npm run manifest` first), for the files made from it. */

export async function readManifest() {
  return JSON.parse(await readFile(join('dist', 'custom-elements.json'), 'utf8'));
}

/** Declarations of the custom elements (those with a tag), by tag. */
export function elementsOf(manifest) {
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** Public fields a page may set: not read-only, not static. */
export function settableFields(element) {
  return (element.members ?? []).filter((member) => member.kind === 'field' && !member.readonly && !member.static);
}
