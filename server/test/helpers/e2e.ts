import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
// @ts-expect-error -- a plain ES module without types, shared with the browser tests
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/find-chromium.mjs';

/** Helpers for end-to-end tests: the real server on a temp database, the library bundle, Chromium. */

const ROOT = resolve(import.meta.dirname, '..', '..', '..');

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

/** The drop-in bundle (with its on-demand chunks), built once per test run into a temp folder. */
export async function buildBundle(dir: string): Promise<void> {
  await build({
    entryPoints: { 'ija-widgets': join(ROOT, 'src/index.ts') },
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: dir,
    tsconfig: join(ROOT, 'tsconfig.json'),
    conditions: ['browser', 'production'],
    logLevel: 'error',
  });
}

export interface RunningServer {
  url: string;
  port: number;
  /** The default site's keys, as printed on the first start (empty strings when none were printed). */
  keys: Record<'network' | 'editor' | 'moderator', string>;
  process: ChildProcess;
  output: () => string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** A key line as the server prints it: `  network key: <key>   (label)`. */
const KEY_LINE = /^\s*(network|editor|moderator) key: (\S+)/;

/** The keys printed in `output`, by role. */
export function printedKeys(output: string): RunningServer['keys'] {
  const keys = { network: '', editor: '', moderator: '' };
  for (const line of output.split('\n')) {
    const match = KEY_LINE.exec(line);
    if (match) keys[match[1] as keyof typeof keys] = match[2]!;
  }
  return keys;
}

/**
 * Starts `server/main.ts` as a real process on an SQLite file, with `--demo` (the Musterstadt content
 * on the first start, as `npm start` does), and reads the keys it prints on the first start.
 */
export async function startServer(options: { db: string; dist: string; port?: number }): Promise<RunningServer> {
  const port = options.port ?? (await freePort());
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'server/main.ts'), '--demo', '--port', String(port), '--db', options.db, '--dist', options.dist],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let text = '';
  child.stdout!.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const until = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${text}`);
    try {
      // The address line comes after the keys on stdout: once it is read, so are they.
      if ((await fetch(`${url}/healthz`)).ok && text.includes('reference server')) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`server did not start:\n${text}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    port,
    keys: printedKeys(text),
    process: child,
    output: () => text,
    stop: (signal = 'SIGTERM') =>
      new Promise((done) => {
        if (child.exitCode !== null) return done(child.exitCode);
        child.once('exit', (code) => done(code));
        child.kill(signal);
      }),
  };
}

/**
 * Starts a stopped server again on the same port and database, as an operator would after a restart.
 * The database is not empty and has its keys, so the server seeds nothing and prints no keys: the
 * keys of the first start are carried over.
 */
export async function restartServer(previous: RunningServer, options: { db: string; dist: string }): Promise<RunningServer> {
  if (previous.process.exitCode === null && previous.process.signalCode === null) {
    throw new Error('restartServer: stop the running server first');
  }
  const next = await startServer({ ...options, port: previous.port });
  return { ...next, keys: previous.keys };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium() as string, args: CHROMIUM_ARGS as string[] });
}

export async function tempDir(prefix: string): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}
