import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * VS Code custom HTML data (https://github.com/microsoft/vscode-custom-data) from the custom elements
 * manifest: tag and attribute completion with descriptions, enum values and boolean attributes.
 * A project enables it in `.vscode/settings.json`:
 *   "html.customData": ["./node_modules/ija-widgets/dist/vscode.html-custom-data.json"]
 */

/** `'a' | 'b' | undefined` -> ['a', 'b']; anything but string literals (besides undefined/null) -> undefined. */
export function stringLiteralUnion(text) {
  const parts = text
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== '' && part !== 'undefined' && part !== 'null');
  if (parts.length === 0) return undefined;
  const values = [];
  for (const part of parts) {
    const literal = /^(['"])([^'"\\]*)\1$/.exec(part);
    if (!literal) return undefined;
    values.push(literal[2]);
  }
  return values;
}

/**
 * Type aliases (`type X = ...;`, exported or not) declared in a shipped module's declaration file, by
 * name; and `(typeof LIST)[number]` for a `readonly [...]` constant there.
 */
function typeAliasesOf(path) {
  const aliases = new Map();
  const declarations = path.replace(/\.js$/, '.d.ts');
  if (!existsSync(declarations)) return aliases;
  const source = readFileSync(declarations, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '');
  for (const [, name, body] of source.matchAll(/(?:^|[\s;])(?:export\s+)?(?:declare\s+)?type\s+(\w+)\s*=\s*([^;=]+?);/g)) {
    aliases.set(name, body.replace(/\s+/g, ' ').trim().replace(/^\|\s*/, ''));
  }
  for (const [, name, items] of source.matchAll(/declare\s+const\s+(\w+)\s*:\s*readonly\s*\[([^\]]*)\]/g)) {
    aliases.set(`(typeof ${name})[number]`, items.split(',').map((item) => item.trim()).filter(Boolean).join(' | '));
  }
  return aliases;
}

/**
 * Resolves an attribute's type text to its string values: literal unions directly, and names of type
 * aliases declared in the element's module or (unambiguously) in any other module of the manifest,
 * e.g. `PartnerView` -> `'list' | 'map' | 'gaps' | 'join'`.
 */
function makeValueResolver(modulePaths) {
  const aliasesByModule = new Map(modulePaths.map((path) => [path, typeAliasesOf(path)]));
  const resolve = (text, modulePath, depth = 0) => {
    if (depth > 5) return undefined;
    const parts = text
      .split('|')
      .map((part) => part.trim())
      .filter((part) => part !== '' && part !== 'undefined' && part !== 'null');
    if (parts.length === 0) return undefined;
    const values = [];
    for (const part of parts) {
      const literal = stringLiteralUnion(part);
      if (literal) {
        values.push(...literal);
        continue;
      }
      if (!/^(\w+|\(typeof \w+\)\[number\])$/.test(part)) return undefined;
      let body = (aliasesByModule.get(modulePath) ?? typeAliasesOf(modulePath)).get(part);
      if (body === undefined) {
        const candidates = [...aliasesByModule.values()].map((aliases) => aliases.get(part)).filter((found) => found !== undefined);
        if (new Set(candidates).size !== 1) return undefined;
        body = candidates[0];
      }
      const resolved = resolve(body, modulePath, depth + 1);
      if (!resolved) return undefined;
      values.push(...resolved);
    }
    return [...new Set(values)];
  };
  return resolve;
}

const markdown = (value) => ({ kind: 'markdown', value });

/** Tag description: the element's description, then its events, slots, CSS parts and custom properties. */
function tagDescription(declaration) {
  const sections = [declaration.description || declaration.summary || ''];
  const list = (title, items, format) => {
    if (items?.length) sections.push(`**${title}:**\n\n${items.map((item) => `- ${format(item)}`).join('\n')}`);
  };
  const named = (item) => `\`${item.name}\`${item.description ? ` — ${item.description}` : ''}`;
  list('Events', declaration.events?.filter((event) => event.name), named);
  list('Slots', declaration.slots, (slot) => (slot.name ? named(slot) : `(default)${slot.description ? ` — ${slot.description}` : ''}`));
  list('CSS parts', declaration.cssParts, named);
  list('CSS custom properties', declaration.cssProperties, named);
  return sections.filter(Boolean).join('\n\n');
}

function attributeData(attribute, resolveValues, modulePath) {
  const typeText = attribute.type?.text ?? '';
  const notes = [attribute.description ?? ''];
  if (attribute.default !== undefined && !['undefined', 'false'].includes(attribute.default)) notes.push(`Default: \`${attribute.default}\``);
  const data = { name: attribute.name };
  const description = notes.filter(Boolean).join('\n\n');
  if (description) data.description = markdown(description);
  if (typeText.split('|').some((part) => part.trim() === 'boolean')) {
    data.valueSet = 'v';
  } else if (typeText) {
    const values = resolveValues(typeText, modulePath);
    if (values) data.values = values.map((name) => ({ name }));
  }
  return data;
}

/** VS Code HTML custom data (version 1.1) for every custom element (with a tag name) in the manifest. */
export function vscodeHtmlData(manifest) {
  const modules = manifest.modules ?? [];
  const resolveValues = makeValueResolver(modules.map((module) => module.path));
  const tags = [];
  for (const module of modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      tags.push({
        name: declaration.tagName,
        description: markdown(tagDescription(declaration)),
        attributes: (declaration.attributes ?? [])
          .filter((attribute) => attribute.name)
          .map((attribute) => attributeData(attribute, resolveValues, attribute.inheritedFrom?.module ?? module.path)),
        references: [],
      });
    }
  }
  tags.sort((a, b) => a.name.localeCompare(b.name));
  return { version: 1.1, tags };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const manifest = JSON.parse(await readFile(join('dist', 'custom-elements.json'), 'utf8'));
  const data = vscodeHtmlData(manifest);
  const out = join('dist', 'vscode.html-custom-data.json');
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify(data, null, 2)}\n`);
  console.log(`wrote ${data.tags.length} tags to ${out}`);
}
