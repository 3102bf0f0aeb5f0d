import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtFile, manifestElements, readManifest, ROOT } from './dist.js';

/** dist/web-types.json (JetBrains IDEs) says of each element what the manifest says. */

interface Named {
  name: string;
}
interface WebTypesElement extends Named {
  attributes: Named[];
  slots: Named[];
  js: { properties: Named[]; events: Named[] };
  css: { parts: Named[]; properties: Named[] };
}

it('web-types.json lists every element with the manifest attributes, events, slots, parts and custom properties', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  assert.equal(pkg['web-types'], './dist/web-types.json');
  assert.equal(pkg.exports['./web-types.json'], './dist/web-types.json');
  const webTypes = JSON.parse(readFileSync(builtFile('dist/web-types.json'), 'utf8'));
  const byTag = new Map<string, WebTypesElement>(webTypes.contributions.html.elements.map((element: WebTypesElement) => [element.name, element]));
  const names = (items: Named[] | undefined) => (items ?? []).map((item) => item.name).sort();
  const elements = manifestElements(readManifest());
  assert.deepEqual([...byTag.keys()].sort(), elements.map(({ declaration }) => declaration.tagName).sort());
  for (const { declaration } of elements) {
    const element = byTag.get(declaration.tagName)!;
    assert.deepEqual(names(element.attributes), names(declaration.attributes), `${declaration.tagName} attributes`);
    assert.deepEqual(names(element.js.events), names(declaration.events), `${declaration.tagName} events`);
    assert.deepEqual(names(element.slots), names(declaration.slots), `${declaration.tagName} slots`);
    assert.deepEqual(names(element.css.parts), names(declaration.cssParts), `${declaration.tagName} parts`);
    assert.deepEqual(names(element.css.properties), names(declaration.cssProperties), `${declaration.tagName} custom properties`);
  }
});
