import type { ChildProcess } from 'node:child_process';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import type { Role } from '../../repository/repository.js';
import { printedKeys, startServerProcess } from './server-process.js';
// @ts-expect-error -- a plain ES module without types, shared with the browser tests
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/find-chromium.mjs';

/** Helpers for end-to-end tests: the real server on a temp database, the library bundle, Chromium. */

const ROOT = resolve(import.meta.dirname, '..', '..', '..');

/** The drop-in bundle (with its on-demand chunks), built once per test run into a temp folder. */
export async function buildBundle(dir: string): Promise<void> {
  await build({
    entryPoints: { 'ija-widgets': join(ROOT, 'src/drop-in.ts') },
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: join(dir, 'cdn'),
    tsconfig: join(ROOT, 'tsconfig.json'),
    conditions: ['browser', 'production'],
    logLevel: 'error',
  });
  // The style sheet the drop-in ships beside it (rollup emits it in the real build).
  await copyFile(join(ROOT, 'src/ija-widgets.css'), join(dir, 'cdn', 'ija-widgets.css'));
}

export interface RunningServer {
  url: string;
  port: number;
  /** The default site's keys, as printed on the first start (empty strings when none were printed). */
  keys: Record<Role, string>;
  process: ChildProcess;
  output: () => string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * Starts `server/main.ts` as a real process on an SQLite file, with `--demo` (the Musterstadt content
 * on the first start, as `npm start` does), and reads the keys it prints on the first start.
 */
export async function startServer(options: { db: string; dist: string; port?: number }): Promise<RunningServer> {
  const server = await startServerProcess({ args: ['--demo', '--db', options.db, '--dist', options.dist], port: options.port });
  return {
    url: server.url,
    port: server.port,
    keys: printedKeys(server.output()),
    process: server.child,
    output: server.output,
    stop: async (signal = 'SIGTERM') => (await server.stop(signal)).code,
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
