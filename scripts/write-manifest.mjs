import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { create, ts } from '@custom-elements-manifest/analyzer';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';

/**
 * dist/custom-elements.json, the package's `customElements`: the analyzer's reading of src/, cut to what
 * tools need (the elements, where they are registered, and the event classes their events name), with
 * the paths of the shipped files (`npm run build` makes them first). test/package checks it against the
 * schema, the built files and the source (parts, slots, custom properties, events).
 */

/** The schema version the manifest is checked against (the `custom-elements-manifest` package in test/package). */
const SCHEMA_VERSION = '2.1.0';
const OUT = join('dist', 'custom-elements.json');

function sourceFiles() {
  return readdirSync('src', { recursive: true })
    .map((file) => join('src', file).split('\\').join('/'))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .sort();
}

/** src/a/b.ts (or /src/a/b.js, as the analyzer writes a superclass's) -> dist/a/b.js, for every module path. */
function shippedPaths(value) {
  if (Array.isArray(value)) return value.map(shippedPaths);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      (key === 'path' || key === 'module') && typeof item === 'string' ? item.replace(/^\/?src\/(.+)\.[jt]s$/, 'dist/$1.js') : shippedPaths(item),
    ]),
  );
}

/** Event name -> class name, from the `GlobalEventHandlersEventMap` entries the library declares. */
function eventClasses(sources) {
  const map = new Map();
  for (const source of sources.values()) {
    for (const [, body] of source.matchAll(/interface\s+GlobalEventHandlersEventMap\s*\{([^}]*)\}/g)) {
      for (const [, name, type] of body.matchAll(/['"]([\w-]+)['"]\s*:\s*(\w+)/g)) map.set(name, type);
    }
  }
  return map;
}

/** Tag -> module path that registers it (`defineElement('tag', Class)` or `customElements.define`). */
function registrations(sources) {
  const found = new Map();
  for (const [path, source] of sources) {
    for (const [, tag, name] of source.matchAll(/(?:defineElement|customElements\.define)\(\s*['"]([\w-]+)['"]\s*,\s*(\w+)\s*\)/g)) {
      if (path !== 'src/core/define.ts') found.set(tag, { path, name });
    }
  }
  return found;
}

/**
 * An element's events: the documented ones (`@event`), typed with the class the event map names.
 * The analyzer also reads `this.dispatchEvent(new X(arg))` and takes `arg`'s text for the name, which
 * gave events such as `next` and `previous`; such an entry is renamed after its class, or dropped.
 */
function typedEvents(events = [], classOf, classModule) {
  const namesOf = new Map();
  for (const [name, type] of classOf) namesOf.set(type, [...(namesOf.get(type) ?? []), name]);
  const byName = new Map();
  for (const event of events) {
    const guessed = !classOf.has(event.name) && namesOf.get(event.type?.text)?.length === 1;
    const name = guessed ? namesOf.get(event.type.text)[0] : event.name;
    if (!classOf.has(name) && !event.description) continue;
    const type = classOf.get(name) ?? event.type?.text;
    const known = byName.get(name);
    byName.set(name, {
      name,
      ...((known?.description ?? event.description) ? { description: known?.description ?? event.description } : {}),
      ...(type ? { type: { text: type, ...(classModule.has(type) ? { references: [{ name: type, module: classModule.get(type) }] } : {}) } } : {}),
    });
  }
  return [...byName.values()];
}

/** What a user of the element sees: public, instance members. */
function publicMembers(members = []) {
  return members.filter((member) => !member.static && !['private', 'protected'].includes(member.privacy) && !member.name.startsWith('#'));
}

export function publicManifest(manifest, sources) {
  const classOf = eventClasses(sources);
  const eventTypes = new Set(classOf.values());
  const classModule = new Map();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind === 'class' && eventTypes.has(declaration.name)) classModule.set(declaration.name, module.path);
    }
  }
  const eventModules = new Set(classModule.values());
  const exportOf = (declaration, path) => ({ kind: 'js', name: declaration.name, declaration: { name: declaration.name, module: path } });

  const modules = [];
  for (const module of manifest.modules) {
    const elements = (module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName)
      .map(({ events, members, ...declaration }) => ({
        ...declaration,
        members: publicMembers(members),
        events: typedEvents(events, classOf, classModule),
      }));
    const eventDeclarations = eventModules.has(module.path)
      ? (module.declarations ?? []).filter((declaration) => declaration.kind === 'class').map(({ members, ...rest }) => ({ ...rest, members: publicMembers(members) }))
      : [];
    const declarations = [...elements, ...eventDeclarations];
    if (declarations.length > 0) {
      modules.push({ kind: 'javascript-module', path: module.path, declarations, exports: declarations.map((declaration) => exportOf(declaration, module.path)) });
    }
  }
  for (const [tag, { path, name }] of registrations(sources)) {
    const definition = modules.find((module) => module.declarations.some((declaration) => declaration.tagName === tag && declaration.name === name));
    if (!definition) continue;
    const declaration = { name, module: definition.path };
    modules.push({
      kind: 'javascript-module',
      path,
      declarations: [],
      exports: [{ kind: 'custom-element-definition', name: tag, declaration }, { kind: 'js', name, declaration }],
    });
  }
  modules.sort((a, b) => a.path.localeCompare(b.path));
  return shippedPaths({ schemaVersion: SCHEMA_VERSION, modules });
}

/** The analyzer's manifest of the given sources (path -> text), with Lit's reactive properties. */
export function analyze(sources) {
  const modules = [...sources].map(([path, text]) => ts.createSourceFile(path, text, ts.ScriptTarget.ES2015, true));
  return create({ modules, plugins: litPlugin(), context: { dev: false } });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sources = new Map(sourceFiles().map((path) => [path, readFileSync(path, 'utf8')]));
  const manifest = publicManifest(analyze(sources), sources);
  await mkdir(dirname(OUT), { recursive: true });
  await writeFile(OUT, `${JSON.stringify(manifest, null, 2)}\n`);
  const tags = manifest.modules.flatMap((module) => module.declarations.filter((declaration) => declaration.tagName));
  console.log(`wrote ${tags.length} elements to ${OUT}`);
}
