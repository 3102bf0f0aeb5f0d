import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv } from 'ajv';
import ts from 'typescript';
import { builtFile, manifestElements, readManifest, ROOT } from './dist.js';
import { elementUsage } from './source-scan.js';

/** dist/custom-elements.json as tools read it: valid, pointing at shipped files, and true to the source. */

const manifest = readManifest();
const elements = manifestElements(manifest);
const sorted = (items: Iterable<string>) => [...items].sort();

/** Every `module`/`path` the manifest names, wherever it is nested. */
function modulePaths(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => modulePaths(item, found));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if ((key === 'module' || key === 'path') && typeof item === 'string') found.add(item);
      else modulePaths(item, found);
    }
  }
  return found;
}

/** The names the package's main entry exports, by the types tsc emitted. */
let entryExportsCache: Map<string, ts.Symbol> | undefined;
function entryExports(): Map<string, ts.Symbol> {
  if (entryExportsCache) return entryExportsCache;
  const entry = builtFile('dist/index.d.ts');
  const program = ts.createProgram([entry], { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, noEmit: true, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const symbol = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
  return (entryExportsCache = new Map(checker.getExportsOfModule(symbol).map((exported) => [exported.name, exported])));
}

describe('custom elements manifest', () => {
  it('is the package.json customElements file and validates against the schema', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.equal(pkg.customElements, 'dist/custom-elements.json');
    const schema = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('custom-elements-manifest'), 'utf8'));
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    assert.ok(validate(manifest), JSON.stringify(validate.errors, null, 2));
  });

  it('names only shipped modules, and every element with the module that registers its tag', () => {
    for (const path of modulePaths(manifest)) {
      assert.match(path, /^dist\/.+\.js$/, `${path} is not a shipped module`);
      assert.ok(existsSync(join(ROOT, path)), `${path} is in the manifest but not built`);
    }
    assert.deepEqual(sorted(elements.map(({ declaration }) => declaration.tagName)), ['ija-five-point-plan', 'ija-leitfragen-board', 'ija-partner-map', 'ija-provider', 'ija-workshop-agenda']);
    for (const { declaration } of elements) {
      const definitions = manifest.modules.flatMap((module) => (module.exports ?? []).map((exported) => ({ module: module.path, exported })));
      const definition = definitions.find(({ exported }) => exported.kind === 'custom-element-definition' && exported.name === declaration.tagName);
      assert.equal(definition?.module, `dist/components/${declaration.tagName}/${declaration.tagName}.js`, `<${declaration.tagName}> is registered by its subpath module`);
    }
  });

  it("names events after their class, not after the argument of `this.dispatchEvent(new X(next))`", async () => {
    const { analyze, publicManifest } = await import(pathToFileURL(join(ROOT, 'scripts', 'write-manifest.mjs')).href);
    const element = [
      "import { LitElement } from 'lit';",
      "import { IjaViewChangeEvent } from './events.js';",
      '/**',
      ' * @tag x-view',
      ' * @event ija-view-change - The view changed.',
      ' */',
      'export class XView extends LitElement {',
      '  show(next: string, previous: string) {',
      '    this.dispatchEvent(new IjaViewChangeEvent(next, previous));',
      "    this.dispatchEvent(new CustomEvent('previous'));",
      '  }',
      '}',
    ];
    const events = [
      'export class IjaViewChangeEvent extends CustomEvent<string> {}',
      "declare global { interface GlobalEventHandlersEventMap { 'ija-view-change': IjaViewChangeEvent } }",
    ];
    const sources = new Map([['src/x-view.ts', element.join('\n')], ['src/events.ts', events.join('\n')]]);
    const result = publicManifest(analyze(sources), sources);
    const declaration = result.modules.find((module: { path: string }) => module.path === 'dist/x-view.js').declarations[0];
    assert.deepEqual(declaration.events, [
      { name: 'ija-view-change', description: 'The view changed.', type: { text: 'IjaViewChangeEvent', references: [{ name: 'IjaViewChangeEvent', module: 'dist/events.js' }] } },
    ]);
  });

  it('lists no helper class as a custom element', () => {
    const untagged = manifest.modules.flatMap((module) => (module.declarations ?? []).filter((d) => 'customElement' in d && d.customElement && !('tagName' in d && d.tagName)));
    assert.deepEqual(untagged.map((d) => d.name), []);
  });

  for (const { path, declaration } of elements) {
    describe(`<${declaration.tagName}>`, () => {
      const usage = elementUsage(path.replace(/^dist\/(.+)\.js$/, 'src/$1.ts'));
      const names = (items: { name: string }[] | undefined) => sorted((items ?? []).map((item) => item.name));

      it('documents exactly the parts its templates set', () => {
        assert.deepEqual(names(declaration.cssParts), sorted(usage.parts));
      });

      it('documents exactly the --ija-* custom properties its styles read', () => {
        assert.deepEqual(names(declaration.cssProperties), sorted(usage.cssProperties));
      });

      it('documents exactly the slots it renders', () => {
        assert.deepEqual(names(declaration.slots), sorted(usage.slots));
      });

      it('documents every event it dispatches, each typed with an exported event class', () => {
        const exported = entryExports();
        const events = declaration.events ?? [];
        for (const event of events) {
          assert.ok(event.description, `${event.name} has a description (@event)`);
          const type = event.type?.text;
          assert.ok(type, `${event.name} has a type`);
          assert.ok(exported.get(type)!.flags & ts.SymbolFlags.Class, `${event.name}: ${type} is a class exported by the package`);
        }
        assert.deepEqual(sorted(events.map((event) => event.type?.text ?? event.name)), sorted(usage.dispatchedEvents), 'events documented = events dispatched (`new Ija…Event`)');
      });
    });
  }
});
