import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { elementsOf, readManifest, settableFields } from './manifest-elements.mjs';
import { vscodeHtmlData } from './write-vscode-data.mjs';

/**
 * dist/web-types.json for JetBrains IDEs (package.json `web-types`), from dist/custom-elements.json:
 * per element its attributes (with their values where the type names them), properties, events,
 * slots, CSS parts and custom properties. Attribute values are resolved as for VS Code's data.
 */

const named = (items = []) => items.map(({ name, description }) => ({ name, ...(description ? { description } : {}) }));

function attributeOf(attribute, values) {
  const type = attribute.type?.text ?? 'string';
  const isBoolean = type.split('|').some((part) => part.trim() === 'boolean');
  return {
    name: attribute.name,
    ...(attribute.description ? { description: attribute.description } : {}),
    ...(attribute.default !== undefined && !isBoolean ? { default: attribute.default.replace(/^'(.*)'$/, '$1') } : {}),
    value: isBoolean ? { type: 'boolean' } : values ? { type: 'enum' } : { type },
    ...(values ? { values: values.map(({ name }) => ({ name })) } : {}),
  };
}

function elementOf(element, valuesOf) {
  return {
    name: element.tagName,
    description: element.description || element.summary || '',
    source: { module: 'ija-widgets', symbol: element.name },
    attributes: (element.attributes ?? []).filter((attribute) => attribute.name).map((attribute) => attributeOf(attribute, valuesOf(element.tagName, attribute.name))),
    slots: named(element.slots),
    js: {
      properties: settableFields(element).map((field) => ({ name: field.name, ...(field.description ? { description: field.description } : {}), type: field.type?.text ?? 'unknown' })),
      events: named(element.events),
    },
    css: { parts: named(element.cssParts), properties: named(element.cssProperties) },
  };
}

const manifest = await readManifest();
const pkg = JSON.parse(await readFile('package.json', 'utf8'));
const vscode = vscodeHtmlData(manifest);
const valuesOf = (tag, attribute) => vscode.tags.find((t) => t.name === tag)?.attributes.find((a) => a.name === attribute)?.values;
const elements = elementsOf(manifest).map((element) => elementOf(element, valuesOf));
const webTypes = {
  $schema: 'https://json.schemastore.org/web-types',
  name: pkg.name,
  version: pkg.version,
  'js-types-syntax': 'typescript',
  'description-markup': 'markdown',
  contributions: { html: { elements } },
};
const out = join('dist', 'web-types.json');
await writeFile(out, `${JSON.stringify(webTypes, null, 2)}\n`);
console.log(`wrote ${elements.length} elements to ${out}`);
