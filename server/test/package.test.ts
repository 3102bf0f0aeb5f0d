import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { buildBundle, tempDir } from './helpers/e2e.js';
import { freePort } from './helpers/server-process.js';

/**
 * The server as an operator gets it: `npm run build:server` into a temp folder, `npm pack`, the
 * tarball installed into a project outside the repository (better-sqlite3 compiles there, about a
 * minute), then `ija-server` from node_modules/.bin started in that project: it serves the shipped
 * demo site and library, seeds the demo, keeps its SQLite files private and stops cleanly on SIGTERM.
 */

const ROOT = resolve(import.meta.dirname, '..', '..');
const run = promisify(execFile);
const SERVER_RUNTIME = ['@fastify/compress', '@fastify/cors', '@fastify/static', 'better-sqlite3', 'fastify', 'pg'];
const DEMO_PARTNERS = 60;
const START_TIMEOUT_MS = 30_000;

/** This process's environment without npm's script variables (a parent `npm test` sets them). */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('npm_') && !key.startsWith('IJA_') && !['PORT', 'HOST', 'DATABASE_URL', 'NODE_ENV'].includes(key)) env[key] = value;
  }
  return { ...env, ...extra };
}

async function npm(args: string[], cwd: string, env = cleanEnv()): Promise<string> {
  const { stdout } = await run('npm', args, { cwd, env, maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}

/** Resolves with the server's URL once it printed it (after listening), rejects when it exits first. */
function announcedUrl(child: ChildProcess, output: () => string): Promise<string> {
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`ija-server did not start within ${START_TIMEOUT_MS / 1000} s:\n${output()}`)), START_TIMEOUT_MS);
    const check = () => {
      const url = /reference server \(sqlite\): (http:\/\/\S+?)\/?$/m.exec(output())?.[1];
      if (url === undefined) return;
      clearTimeout(timer);
      child.stdout!.off('data', check);
      done(url);
    };
    child.stdout!.on('data', check);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      fail(new Error(`ija-server exited (${code ?? signal}) before listening:\n${output()}`));
    });
  });
}

describe('the installable server package', { timeout: 240_000 }, () => {
  let work: { path: string; remove: () => Promise<void> };
  let project: string;
  let library: string;
  let child: ChildProcess | undefined;
  let output = '';
  let url: string;
  const data = () => join(work.path, 'data');

  before(async () => {
    work = await tempDir('ija-server-package-');
    // The real build when there is one; otherwise the drop-in bundle (what /dist/ serves is the same file set).
    library = join(ROOT, 'dist');
    if (!existsSync(join(library, 'cdn', 'ija-widgets.js'))) {
      library = join(work.path, 'library');
      await buildBundle(library);
    }
    const out = join(work.path, 'server-dist');
    await npm(['run', 'build:server', '--silent'], ROOT, cleanEnv({ IJA_SERVER_OUT: out, IJA_LIBRARY_DIST: library }));

    const packed = JSON.parse(await npm(['pack', '--json', '--pack-destination', work.path], out)) as { filename: string }[];
    const tarball = join(work.path, packed[0]!.filename);

    project = join(work.path, 'project');
    await mkdir(project);
    await writeFile(join(project, 'package.json'), '{ "name": "ija-scratch", "private": true }\n');
    await npm(['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], project);

    const port = await freePort();
    child = spawn(join(project, 'node_modules/.bin/ija-server'), ['--db', join(data(), 'ija.sqlite'), '--demo', '--port', String(port)], {
      cwd: project,
      env: cleanEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    url = await announcedUrl(child, () => output);
  });

  after(async () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await work?.remove();
  });

  it('is installed outside the repository, with no node_modules above the project to fall back on', () => {
    assert.ok(!resolve(project).startsWith(`${ROOT}/`), `${project} is inside the repository`);
    for (let dir = dirname(project); dir !== dirname(dir); dir = dirname(dir)) {
      assert.ok(!existsSync(join(dir, 'node_modules')), `${dir}/node_modules would hide a missing dependency`);
    }
    const installed = JSON.parse(readFileSync(join(project, 'node_modules/ija-widgets-server/package.json'), 'utf8')) as {
      version: string;
      dependencies: Record<string, string>;
    };
    const root = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; dependencies: Record<string, string> };
    assert.equal(installed.version, root.version);
    for (const name of SERVER_RUNTIME) assert.ok(name in installed.dependencies, `${name} is a dependency of the server package`);
    // Webmasters install the widgets package: none of the server's runtime comes along.
    for (const name of SERVER_RUNTIME) assert.ok(!(name in root.dependencies), `${name} must not be a dependency of ija-widgets`);
  });

  it('serves the API with the demo content, the shipped demo site and the shipped library', async () => {
    const health = await fetch(`${url}/healthz`);
    assert.equal(health.status, 200);

    const partners = await fetch(`${url}/api/partners`);
    assert.equal(partners.status, 200);
    assert.equal(((await partners.json()) as { partners: unknown[] }).partners.length, DEMO_PARTNERS);

    const page = await fetch(`${url}/`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
    assert.equal(await page.text(), await readFile(join(ROOT, 'server/public/index.html'), 'utf8'));

    const script = await fetch(`${url}/dist/cdn/ija-widgets.js`);
    assert.equal(script.status, 200);
    assert.match(script.headers.get('content-type') ?? '', /javascript/);
    assert.equal(await script.text(), await readFile(join(library, 'cdn', 'ija-widgets.js'), 'utf8'));
  });

  it('creates the SQLite store and its write-ahead log readable by their owner only', async () => {
    // A write, so the log certainly holds something.
    const join_ = await fetch(`${url}/api/partners/requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'package-test', name: 'Verein', category: 'vereine', contactName: 'A. Beispiel', email: 'kontakt@example.org' }),
    });
    assert.equal(join_.status, 201, await join_.text());
    for (const file of ['ija.sqlite', 'ija.sqlite-wal']) {
      assert.equal((statSync(join(data(), file)).mode & 0o777).toString(8), '600', file);
    }
  });

  it('backs the store up while it runs, into a private file', async () => {
    const backup = join(work.path, 'backups', 'ija.sqlite');
    await run(join(project, 'node_modules/.bin/ija-server'), ['backup', backup, '--db', join(data(), 'ija.sqlite')], { cwd: project, env: cleanEnv() });
    assert.equal((statSync(backup).mode & 0o777).toString(8), '600');
  });

  it('stops with exit code 0 on SIGTERM', async () => {
    const exited = new Promise<number | null>((done) => child!.once('exit', (code) => done(code)));
    child!.kill('SIGTERM');
    assert.equal(await exited, 0, output);
  });
});
