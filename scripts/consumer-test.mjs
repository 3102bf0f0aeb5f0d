/**
 * Consumer test: packs the library as npm would publish it, installs the tarball into a scratch project
 * in the OS temp dir and checks it from the outside, as a user sees it:
 *   - the tarball holds what it must (dist, README, LICENSE, CHANGELOG) and nothing it must not
 *     (node_modules, tests, data/, coverage, tarballs);
 *   - TypeScript (strict, no skipLibCheck) type-checks a consumer file that imports elements by subpath
 *     (`ija-widgets/components/<tag>.js` and without `.js`), the root and `ija-widgets/core`, with
 *     `moduleResolution` "bundler" and "node16"; `@ts-expect-error` lines fail the check if types go missing;
 *   - Node resolves every public subpath (elements, schema, custom-elements.json, VS Code data, OpenAPI)
 *     to an existing file.
 * Run after `npm run build`: `npm run test:consumer`. IJA_CONSUMER_KEEP=1 keeps the temp dir for debugging.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const started = Date.now();
const results = [];
const warnings = [];

function check(name, ok, detail = '') {
  results.push({ name, ok, detail });
  console.log(`${ok ? '  ok  ' : '  FAIL'} ${name}${detail ? ` — ${detail}` : ''}`);
  return ok;
}

function warn(message) {
  warnings.push(message);
  console.log(`  WARN ${message}`);
}

/** The environment of `npm run` without what ties a nested npm to this repository (its local prefix, its package). */
function childEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_(package_|lifecycle_|config_local_prefix$|config_call$|config_prefix$|command$)/i.test(key)) delete env[key];
  }
  return env;
}

/** Runs a command; resolves with its output, rejects (with the output) on a non-zero exit or after the timeout. */
function run(command, args, { cwd, timeoutMs = 90_000 } = {}) {
  return new Promise((resolvePromise, reject) => {
    const windows = process.platform === 'win32';
    const child = spawn(windows && command === 'npm' ? 'npm.cmd' : command, args, { cwd, env: childEnv(), shell: windows });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolvePromise({ stdout, stderr });
      else {
        const error = new Error(`${command} ${args.join(' ')} exited with ${code ?? signal}`);
        error.output = `${stdout}${stderr}`.trim();
        reject(error);
      }
    });
  });
}

/** Element tags from the built manifest (declarations with customElement and tagName). */
function elementTags() {
  const manifest = JSON.parse(readFileSync(join(root, 'dist', 'custom-elements.json'), 'utf8'));
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .map((declaration) => declaration.tagName)
    .sort();
}

// Consumer code: fails to type-check if the element types, the tag-name map or the package types go missing.
const CONSUMER_TS = `\
import 'ija-widgets/components/ija-partner-map.js';
import 'ija-widgets/components/ija-workshop-agenda';
import { IjaPartnerMap } from 'ija-widgets/components/ija-partner-map.js';
import { IjaWorkshopAgenda } from 'ija-widgets/components/ija-workshop-agenda';
import { IjaFivePointPlan, IjaLeitfragenBoard, IjaProvider, IjaPartnerMap as RootPartnerMap } from 'ija-widgets';
import type { Agenda, IjaAdapter, Partner } from 'ija-widgets';
import { createFetchAdapter, type FetchAdapterOptions } from 'ija-widgets/core';

// The tag-name map: createElement returns the element class, not HTMLElement.
const map = document.createElement('ija-partner-map');
const mapClass: IjaPartnerMap = map;
map.view = 'map';
map.join = true;
// @ts-expect-error view is a union of string literals
map.view = 'satellite';
// @ts-expect-error join is a boolean
map.join = 'yes';

// Element classes from the subpath and from the root are the same.
const fromRoot: RootPartnerMap = mapClass;
const rootClass: typeof IjaPartnerMap = RootPartnerMap;

const agenda: IjaWorkshopAgenda = document.createElement('ija-workshop-agenda');
const plan: IjaFivePointPlan = document.createElement('ija-five-point-plan');
const board: IjaLeitfragenBoard = document.createElement('ija-leitfragen-board');
const provider: IjaProvider = document.createElement('ija-provider');

// The data layer from ija-widgets/core.
const options: FetchAdapterOptions = { baseUrl: '/api', retries: 1 };
const adapter: IjaAdapter = createFetchAdapter(options);
// @ts-expect-error baseUrl is required
createFetchAdapter({});
provider.adapter = adapter;

const partner: Partner | undefined = undefined;
const programme: Agenda | undefined = undefined;
agenda.agenda = programme;
agenda.variant = 'projector';
// @ts-expect-error variant is a union of string literals
agenda.variant = 'beamer';

// A subpath of an element that does not exist does not resolve.
// @ts-expect-error no such element
void import('ija-widgets/components/ija-no-such-element.js');

export { fromRoot, rootClass, plan, board, partner, programme };
`;

function tsconfig(module, moduleResolution) {
  return {
    compilerOptions: {
      target: 'ES2022',
      module,
      moduleResolution,
      lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      types: [],
      verbatimModuleSyntax: true,
    },
    files: ['consumer.ts'],
  };
}

/** Runs in the scratch project: resolves each specifier with Node and reports the files. */
const RESOLVE_MJS = `\
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
const out = {};
for (const specifier of JSON.parse(process.argv[2])) {
  try {
    const path = fileURLToPath(import.meta.resolve(specifier));
    let json = null;
    if (path.endsWith('.json') && existsSync(path)) {
      try { JSON.parse(readFileSync(path, 'utf8')); json = true; } catch { json = false; }
    }
    out[specifier] = { path, exists: existsSync(path), json };
  } catch (error) {
    out[specifier] = { error: String(error.message ?? error).split('\\n')[0] };
  }
}
console.log(JSON.stringify(out));
`;

/** Files the tarball must hold, must not hold (by pattern), and may lack with a warning. */
function checkTarball(files, tags) {
  const paths = new Set(files);
  const required = [
    'package.json',
    'README.md',
    'dist/ija-widgets.js',
    'dist/core.js',
    'dist/custom-elements.json',
    'dist/vscode.html-custom-data.json',
    'dist/openapi.json',
    'dist/types/index.d.ts',
    'dist/types/core/index.d.ts',
    ...tags.flatMap((tag) => [`dist/components/${tag}.js`, `dist/types/components/${tag}/${tag}.d.ts`]),
  ];
  const missing = required.filter((path) => !paths.has(path));
  check('tarball holds dist, README and package.json', missing.length === 0, missing.length ? `missing ${missing.join(', ')}` : `${files.length} files`);
  check('tarball holds JSON Schemas', files.some((path) => /^dist\/schema\/[^/]+\.json$/.test(path)));

  // LICENSE and CHANGELOG: required once they exist in the repository; a loud warning until then.
  for (const name of ['LICENSE', 'CHANGELOG.md']) {
    const inTarball = files.some((path) => path.toLowerCase() === name.toLowerCase() || path.toLowerCase().startsWith(`${name.toLowerCase()}.`));
    if (inTarball) check(`tarball holds ${name}`, true);
    else if (existsSync(join(root, name))) check(`tarball holds ${name}`, false, `${name} exists in the repository but is not packed (check "files")`);
    else warn(`${name} does not exist in the repository yet, so the package ships without it (the check becomes a failure once it exists)`);
  }

  const forbidden = [
    [/(^|\/)node_modules\//, 'node_modules'],
    [/\.test\.[cm]?[jt]sx?$/, 'test files'],
    [/^(src|server|test|stories|scripts)\//, 'sources, server, tests, scripts'],
    [/^data\//, 'data/'],
    [/^(coverage|storybook-static|bench-results)\//, 'reports'],
    [/\.(tgz|db|sqlite|sqlite3)$|(^|\/)\.env/, 'tarballs, databases, env files'],
  ];
  for (const [pattern, what] of forbidden) {
    const found = files.filter((path) => pattern.test(path));
    check(`tarball has no ${what}`, found.length === 0, found.slice(0, 5).join(', '));
  }
}

async function main() {
  for (const built of ['dist/custom-elements.json', 'dist/vscode.html-custom-data.json', 'dist/openapi.json', 'dist/types/index.d.ts']) {
    if (!existsSync(join(root, built))) throw new Error(`${built} is missing: run \`npm run build\` first`);
  }
  const tags = elementTags();
  const typescript = pkg.devDependencies?.typescript;
  if (!typescript) throw new Error('no typescript in devDependencies');

  const temp = await mkdtemp(join(tmpdir(), 'ija-consumer-'));
  const cleanup = () => (process.env.IJA_CONSUMER_KEEP ? console.log(`kept ${temp}`) : rm(temp, { recursive: true, force: true }));
  const onSignal = async () => {
    await cleanup();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const packDir = join(temp, 'pack');
    const project = join(temp, 'project');
    await mkdir(packDir);
    await mkdir(project);

    console.log('packing …');
    const packed = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], { cwd: root });
    const [info] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('[')));
    const tarball = join(packDir, info.filename);
    check('npm pack', existsSync(tarball), `${info.filename}, ${info.entryCount} files, ${(info.size / 1024).toFixed(0)} KB packed`);
    checkTarball(
      info.files.map((file) => file.path),
      tags,
    );

    console.log(`installing the tarball and typescript@${typescript} …`);
    await writeFile(join(project, 'package.json'), `${JSON.stringify({ name: 'ija-consumer', private: true, type: 'module' }, null, 2)}\n`);
    await run(
      'npm',
      ['install', '--no-audit', '--no-fund', '--prefer-offline', '--prefix', project, tarball, `typescript@${typescript}`],
      { cwd: project, timeoutMs: 100_000 },
    );
    const installed = join(project, 'node_modules', 'ija-widgets');
    check('npm install of the tarball', existsSync(join(installed, 'package.json')));

    // package.json fields that tools read directly.
    const installedPkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    for (const field of ['main', 'module', 'types', 'customElements']) {
      const target = installedPkg[field];
      check(`package.json "${field}" points into the package`, typeof target === 'string' && existsSync(join(installed, target)), String(target));
    }

    console.log('type-checking consumer.ts …');
    await writeFile(join(project, 'consumer.ts'), CONSUMER_TS);
    const tsc = join(project, 'node_modules', 'typescript', 'bin', 'tsc');
    for (const [module, moduleResolution] of [
      ['ESNext', 'bundler'],
      ['node16', 'node16'],
    ]) {
      const config = `tsconfig.${moduleResolution}.json`;
      await writeFile(join(project, config), `${JSON.stringify(tsconfig(module, moduleResolution), null, 2)}\n`);
      try {
        await run(process.execPath, [tsc, '-p', config], { cwd: project });
        check(`tsc --noEmit (strict, moduleResolution ${moduleResolution})`, true);
      } catch (error) {
        check(`tsc --noEmit (strict, moduleResolution ${moduleResolution})`, false, `\n${error.output ?? error.message}`);
      }
    }

    console.log('resolving subpaths with Node …');
    const schemaFile = readdirSync(join(root, 'dist', 'schema')).filter((name) => name.endsWith('.json')).sort()[0];
    const specifiers = [
      'ija-widgets',
      'ija-widgets/core',
      ...tags.flatMap((tag) => [`ija-widgets/components/${tag}.js`, `ija-widgets/components/${tag}`]),
      `ija-widgets/schema/${schemaFile}`,
      'ija-widgets/custom-elements.json',
      'ija-widgets/vscode.html-custom-data.json',
      'ija-widgets/openapi.json',
      'ija-widgets/package.json',
    ];
    await writeFile(join(project, 'resolve.mjs'), RESOLVE_MJS);
    const { stdout } = await run(process.execPath, ['resolve.mjs', JSON.stringify(specifiers)], { cwd: project });
    const resolved = JSON.parse(stdout);
    for (const specifier of specifiers) {
      const result = resolved[specifier];
      const ok = result.exists === true && result.json !== false && result.path.startsWith(installed);
      check(`resolves ${specifier}`, ok, result.error ?? (ok ? result.path.slice(installed.length + 1) : `${result.path} (exists: ${result.exists}, valid JSON: ${result.json})`));
    }
  } finally {
    await cleanup();
  }
}

let crashed;
try {
  await main();
} catch (error) {
  crashed = error;
  check('consumer test ran to the end', false, `${error.message}${error.output ? `\n${error.output}` : ''}`);
}

const failed = results.filter((result) => !result.ok);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log('');
console.log(
  `consumer test: ${failed.length === 0 ? 'PASS' : 'FAIL'} — ${results.length - failed.length}/${results.length} checks passed, ${warnings.length} warning(s), ${seconds} s`,
);
for (const result of failed) console.log(`  failed: ${result.name}`);
for (const message of warnings) console.log(`  warning: ${message}`);
process.exitCode = failed.length === 0 && !crashed ? 0 : 1;
