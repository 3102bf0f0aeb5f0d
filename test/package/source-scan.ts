import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { ROOT } from './dist.js';

/**
 * What an element's source really uses, read statically from `src/`: the modules it loads (its own
 * and the shared ones, also those loaded on demand), the shadow parts and slots its templates set,
 * the public custom properties its styles read, and the events it dispatches. The manifest must say the same.
 */

/** Comments removed, so documented examples do not count as code. */
function sourceOf(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/[^\n]*/g, '$1');
}

/** Relative value imports of a module (static, re-exports and `import()`), as paths from the root; type-only ones left out. */
function importsOf(path: string, source: string): string[] {
  const specifiers = [
    ...source.matchAll(/(?:^|[\s;])(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s*)?['"](\.[^'"]+)['"]/g),
    ...source.matchAll(/\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/g),
  ].map((match) => match[1]!);
  return specifiers
    .map((specifier) => relative(ROOT, join(ROOT, dirname(path), specifier)).replace(/\.js$/, '.ts'))
    .filter((file) => existsSync(join(ROOT, file)));
}

/** Every module an element's class module loads, itself included. */
export function moduleGraph(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (path: string): void => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const next of importsOf(path, sourceOf(path))) visit(next);
  };
  visit(entry);
  return [...seen].sort();
}

/** Names in `part="a b"` and `part=${'a'}` attributes (dynamic values other than one string literal are not parts we can know). */
export function partsIn(source: string): string[] {
  const values = [
    ...source.matchAll(/\bpart\s*=\s*(["'])([^"'$]*)\1/g),
    ...source.matchAll(/\bpart\s*=\s*\$\{\s*(["'])([^"']*)\1\s*\}/g),
  ].map((match) => match[2]!);
  return values.flatMap((value) => value.split(/\s+/)).filter(Boolean);
}

/** Slot names in `<slot name="…">`; the default slot as "" (as the manifest names it). */
export function slotsIn(source: string): string[] {
  return [...source.matchAll(/<slot\b([^>]*)>/g)].map((match) => /\bname\s*=\s*(["'])([^"']*)\1/.exec(match[1]!)?.[2] ?? '');
}

/** Public custom properties read with `var(--ija-…)`. */
export function customPropertiesIn(source: string): string[] {
  return [...source.matchAll(/var\(\s*(--ija-[\w-]+)/g)].map((match) => match[1]!);
}

/** Event classes constructed in a module (`new IjaLoadEvent(…)`), by class name. */
export function eventClassesIn(source: string): string[] {
  return [...source.matchAll(/\bnew\s+(Ija\w+Event)\s*[(<]/g)].map((match) => match[1]!);
}

export interface ElementUsage {
  modules: string[];
  parts: Set<string>;
  slots: Set<string>;
  cssProperties: Set<string>;
  dispatchedEvents: Set<string>;
}

/** What the element whose class is in `classModule` (a path under `src/`) uses, across its module graph. */
export function elementUsage(classModule: string): ElementUsage {
  const modules = moduleGraph(classModule);
  const collect = (scan: (source: string) => string[]) => new Set(modules.flatMap((path) => scan(sourceOf(path))));
  return {
    modules,
    parts: collect(partsIn),
    slots: collect(slotsIn),
    cssProperties: collect(customPropertiesIn),
    dispatchedEvents: collect(eventClassesIn),
  };
}
