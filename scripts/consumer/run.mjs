/* global window, document -- the page callbacks run in Chromium */
/**
 * `npm run test:consumer` (after `npm run build`): the package as a developer gets it. Packs it with `npm pack`,
 * installs the tarball with TypeScript, React 19 and @lit-labs/ssr into a scratch project in the OS temp dir, and checks:
 *   - the tarball's files, and that the declared dependencies are exactly the packages the npm graph imports;
 *   - every entry imports in Node without a DOM, and every public subpath resolves;
 *   - strict TypeScript (no skipLibCheck) on the package's types, moduleResolution bundler and node16;
 *   - a Vite app that mixes the main entry, an element subpath and core: one Lit, one class per element, and an
 *     adapter's IjaAdapterError reaches the widget as that class (the visitor reads the HTTP answer);
 *   - a Vite app that imports only an adapter: no element registered, no Lit;
 *   - a React 19 app in TSX: type-checked with the package's React types (wrong uses must fail), built with Vite,
 *     rendered in Chromium with a property, a boolean and an event handler;
 *   - server rendering of two elements with @lit-labs/ssr.
 * IJA_CONSUMER_KEEP=1 keeps the scratch project.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../find-chromium.mjs';
import { createStaticServer } from '../static-server.mjs';
import { check, run, step, summary } from './harness.mjs';
import { adapterOnlyApp, mixedApp, reactApp, typesProject } from './apps.mjs';
import { ssrScript } from './ssr.mjs';

const ROOT = resolve(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const TAGS = ['ija-partner-map', 'ija-workshop-agenda', 'ija-leitfragen-board', 'ija-five-point-plan', 'ija-provider'];

/** The version this repository uses for a scratch project's package, so the test runs what the repository tested. */
const devVersion = (name, fallback) => `${name}@${pkg.devDependencies?.[name] ?? fallback}`;

async function writeFiles(dir, files) {
  await mkdir(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
}

function checkTarball(files) {
  const paths = new Set(files);
  const required = [
    'package.json', 'README.md', 'LICENSE', 'CHANGELOG.md',
    'dist/index.js', 'dist/index.d.ts', 'dist/core/index.js', 'dist/core/index.d.ts', 'dist/cdn/ija-widgets.js',
    'dist/custom-elements.json', 'dist/vscode.html-custom-data.json', 'dist/openapi.json',
    ...TAGS.flatMap((tag) => [`dist/components/${tag}/${tag}.js`, `dist/components/${tag}/${tag}.d.ts`, `dist/components/${tag}/${tag}.component.js`]),
  ];
  const missing = required.filter((path) => !paths.has(path));
  check('tarball holds the npm graph, the drop-in, types, manifest, README, LICENSE, CHANGELOG', missing.length === 0, missing.length ? `missing ${missing.join(', ')}` : `${files.length} files`);
  check('tarball holds JSON Schemas', files.some((path) => /^dist\/schema\/[^/]+\.json$/.test(path)));
  const forbidden = files.filter((path) => /(^|\/)node_modules\/|\.test\.[cm]?[jt]sx?$|^(src|server|test|stories|scripts|data|coverage|storybook-static)\/|\.(tgz|db|sqlite3?)$|(^|\/)\.env|\.map$/.test(path));
  check('tarball has no sources, tests, reports, databases, source maps', forbidden.length === 0, forbidden.slice(0, 5).join(', '));
}

/** The packages the npm graph (not the self-contained drop-in) imports by bare specifier. */
function importedPackages(dist) {
  const found = new Set();
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'cdn') visit(path);
      } else if (entry.name.endsWith('.js')) {
        const code = readFileSync(path, 'utf8');
        for (const [, ...specifiers] of code.matchAll(/^(?:import|export)\b[^'"]*?from\s*["']([^"'.][^"']*)["']|^import\s*["']([^"'.][^"']*)["']|\bimport\(\s*["']([^"'.][^"']*)["']\s*\)/gm)) {
          const specifier = specifiers.find(Boolean);
          found.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]);
        }
      }
    }
  };
  visit(dist);
  return found;
}

/** Builds an app folder with Vite (production) into out/ and serves it; `inspect(page)` runs in Chromium. */
async function buildApp(dir) {
  await build({ root: dir, configFile: false, logLevel: 'warn', build: { outDir: 'out', emptyOutDir: true } });
  const out = join(dir, 'out');
  const files = readdirSync(join(out, 'assets')).filter((name) => name.endsWith('.js'));
  const bytes = files.reduce((sum, name) => sum + gzipSync(readFileSync(join(out, 'assets', name)), { level: 9 }).length, 0);
  return { out, files, kb: `${(bytes / 1024).toFixed(1)} KB gzip in ${files.length} file(s), on-demand ones included` };
}

async function openApp(browser, out, inspect) {
  const server = createStaticServer((path) => join(out, path === '/' ? 'index.html' : path));
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    const result = await inspect(page);
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    return result;
  } finally {
    await context.close();
    server.close();
  }
}

const resultOf = async (page) => (await page.waitForFunction(() => window.result, null, { timeout: 15_000 })).jsonValue();

async function main() {
  for (const file of ['dist/index.js', 'dist/cdn/ija-widgets.js', 'dist/custom-elements.json']) {
    if (!existsSync(join(ROOT, file))) throw new Error(`${file} is missing: run \`npm run build\` first`);
  }
  const temp = await mkdtemp(join(tmpdir(), 'ija-consumer-'));
  const project = join(temp, 'project');
  let browser;
  try {
    await mkdir(project);
    console.log('packing …');
    const packed = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', temp], { cwd: ROOT });
    const [info] = JSON.parse(packed.slice(packed.indexOf('[')));
    checkTarball(info.files.map((file) => file.path));

    const imported = importedPackages(join(ROOT, 'dist'));
    const declared = Object.keys(pkg.dependencies ?? {});
    check('dependencies are exactly what the npm graph imports', declared.length === imported.size && declared.every((name) => imported.has(name)), `imports ${[...imported].sort().join(', ')}; declares ${declared.sort().join(', ')}`);
    const pinned = Object.entries(pkg.dependencies ?? {}).filter(([, range]) => /^\d/.test(range));
    check('dependencies are ranges, not pins', pinned.length === 0, pinned.map(([name, range]) => `${name}@${range}`).join(', '));

    console.log('installing the tarball, TypeScript, React 19, @lit-labs/ssr …');
    await writeFile(join(project, 'package.json'), `${JSON.stringify({ name: 'ija-consumer', private: true, type: 'module' }, null, 2)}\n`);
    await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(temp, info.filename), devVersion('typescript', '6'), devVersion('react', '19'), devVersion('react-dom', '19'), devVersion('@types/react', '19'), devVersion('@types/react-dom', '19'), devVersion('@lit-labs/ssr', '4')], { cwd: project, timeoutMs: 240_000 });
    const installed = join(project, 'node_modules', 'ija-widgets');
    const tsc = join(project, 'node_modules', 'typescript', 'bin', 'tsc');

    await step('every entry imports in Node without a DOM', async () => {
      const entries = ['ija-widgets', 'ija-widgets/core', ...TAGS.map((tag) => `ija-widgets/components/${tag}.js`)];
      await run(process.execPath, ['--input-type=module', '-e', `for (const entry of ${JSON.stringify(entries)}) await import(entry);`], { cwd: project });
      return entries.join(', ');
    });

    await step('every public subpath resolves to a file in the package', async () => {
      const schema = readdirSync(join(ROOT, 'dist', 'schema')).find((name) => name.endsWith('.json'));
      const subpaths = ['ija-widgets', 'ija-widgets/core', ...TAGS.flatMap((tag) => [`ija-widgets/components/${tag}.js`, `ija-widgets/components/${tag}`]), 'ija-widgets/cdn/ija-widgets.js', `ija-widgets/schema/${schema}`, 'ija-widgets/custom-elements.json', 'ija-widgets/vscode.html-custom-data.json', 'ija-widgets/openapi.json', 'ija-widgets/package.json'];
      const script = `import { existsSync } from 'node:fs'; import { fileURLToPath } from 'node:url';
        const bad = ${JSON.stringify(subpaths)}.filter((s) => { try { return !existsSync(fileURLToPath(import.meta.resolve(s))); } catch { return true; } });
        if (bad.length) { console.error('unresolved: ' + bad.join(', ')); process.exit(1); }`;
      await run(process.execPath, ['--input-type=module', '-e', script], { cwd: project });
      for (const field of ['main', 'module', 'types', 'customElements']) {
        if (!existsSync(join(installed, pkg[field]))) throw new Error(`package.json "${field}" points at ${pkg[field]}, which is not in the package`);
      }
      return `${subpaths.length} subpaths`;
    });

    for (const resolution of ['bundler', 'node16']) {
      await step(`strict TypeScript on the package's types (moduleResolution ${resolution})`, async () => {
        const dir = join(project, `types-${resolution}`);
        await writeFiles(dir, typesProject(resolution));
        await run(process.execPath, [tsc, '-p', dir]);
      });
    }

    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });

    await step('Vite app mixing the main entry, a subpath and core: one Lit, one class, the right error', async () => {
      const dir = join(project, 'mixed');
      await writeFiles(dir, mixedApp);
      const app = await buildApp(dir);
      const { result, text } = await openApp(browser, app.out, async (page) => ({
        result: await resultOf(page),
        text: await page.locator('ija-partner-map').evaluate((map) => map.shadowRoot.textContent),
      }));
      const problems = [];
      if (result.litHtml !== 1 || result.litElement !== 1 || result.reactiveElement !== 1) problems.push(`Lit copies: ${JSON.stringify(result)}`);
      if (!result.sameClass) problems.push('the registered class is not the one the main entry and the subpath export');
      if (result.adapter !== 'function' || result.core !== 'function') problems.push('missing exports');
      if (!/404/.test(text) || /unerwartet/i.test(text)) problems.push(`the widget does not show the HTTP answer: "${text.replace(/\s+/g, ' ').trim().slice(0, 160)}"`);
      if (problems.length) throw new Error(problems.join('\n'));
      return app.kb;
    });

    await step('Vite app importing only an adapter: no element registered, no Lit', async () => {
      const dir = join(project, 'adapter-only');
      await writeFiles(dir, adapterOnlyApp);
      const app = await buildApp(dir);
      const result = await openApp(browser, app.out, resultOf);
      if (result.adapter !== 'function' || result.defined.length > 0 || result.lit > 0) throw new Error(JSON.stringify(result));
      return app.kb;
    });

    const reactDir = join(project, 'react');
    await writeFiles(reactDir, reactApp);
    await step('React 19 TSX type-checks with ija-widgets/react; wrong uses fail', () => run(process.execPath, [tsc, '-p', reactDir]));
    await step('React 19 app built with Vite: property, boolean and event handler reach the elements', async () => {
      const app = await buildApp(reactDir);
      const result = await openApp(browser, app.out, async (page) => {
        await page.waitForFunction(() => document.getElementById('loaded')?.textContent === 'defaults', null, { timeout: 15_000 });
        return page.evaluate(() => {
          const agenda = document.querySelector('ija-workshop-agenda');
          const map = document.querySelector('ija-partner-map');
          return { variant: agenda.variant, view: map.view, join: map.join };
        });
      });
      if (result.variant !== 'projector' || result.view !== 'list' || result.join !== true) throw new Error(JSON.stringify(result));
      return app.kb;
    });

    await step('server rendering with @lit-labs/ssr: agenda and plan to declarative shadow DOM', async () => {
      await writeFile(join(project, 'ssr.mjs'), ssrScript);
      return (await run(process.execPath, ['ssr.mjs'], { cwd: project })).trim();
    });
  } finally {
    await browser?.close();
    if (process.env.IJA_CONSUMER_KEEP) console.log(`kept ${temp}`);
    else await rm(temp, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (error) {
  check('consumer test ran to the end', false, `${error.message}${error.output ? `\n${error.output}` : ''}`);
}
process.exitCode = summary() ? 0 : 1;
