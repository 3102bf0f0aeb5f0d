import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { Role } from '../../repository/repository.js';
import { createServer } from 'node:net';

/**
 * `server/main.ts` as a real process with any options (e.g. several processes on one PostgreSQL
 * database), ready once `/healthz` answers.
 */

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
/** Server output kept for error messages. */
const MAX_OUTPUT_CHARS = 64_000;

export interface ServerProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** stdout and stderr so far (the last 64 kB). */
  output(): string;
  /** Resolves when the process has exited, with its exit code or the signal that ended it. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Sends the signal (SIGTERM by default) and waits for the exit; SIGKILL after `graceMs`. */
  stop(signal?: NodeJS.Signals, graceMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export interface ServerProcessOptions {
  /** Options after `server/main.ts`; `--port` is added (a free one unless given). */
  args: readonly string[];
  port?: number;
  /** The environment; by default this process's without IJA_*, PORT, HOST and NODE_ENV, plus `extraEnv`. */
  extraEnv?: Record<string, string>;
  startTimeoutMs?: number;
}

/** The key a first start printed for the role (`  moderator key: <key>   (…)`). */
export function keyFromOutput(output: string, role: Role): string | undefined {
  return new RegExp(`^\\s*${role} key:\\s*(\\S+)`, 'm').exec(output)?.[1];
}

/** Every role's printed key ('' for a role whose key was not printed). */
export function printedKeys(output: string): Record<Role, string> {
  const key = (role: Role) => keyFromOutput(output, role) ?? '';
  return { network: key('network'), editor: key('editor'), moderator: key('moderator') };
}

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


export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const port = options.port ?? (await freePort());
  // Nothing of the caller's server configuration leaks in.
  const env: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('IJA_') && key !== 'PORT' && key !== 'HOST' && key !== 'NODE_ENV' && key !== 'DATABASE_URL') env[key] = value;
  }
  Object.assign(env, options.extraEnv);
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'server/main.ts'), ...options.args, '--port', String(port)], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  const collect = (chunk: Buffer) => {
    text += chunk.toString();
    if (text.length > MAX_OUTPUT_CHARS) text = text.slice(-MAX_OUTPUT_CHARS);
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once('close', (code, signal) => done({ code, signal })),
  );
  const running = () => child.exitCode === null && child.signalCode === null;
  const stop = async (signal: NodeJS.Signals = 'SIGTERM', graceMs = 15_000) => {
    if (running()) {
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      try {
        return await exited;
      } finally {
        clearTimeout(timer);
      }
    }
    return exited;
  };

  const url = `http://127.0.0.1:${port}`;
  const until = Date.now() + (options.startTimeoutMs ?? 30_000);
  let ready = false;
  const gone = exited.then(() => false);
  while (!ready) {
    if (!running()) throw new Error(`the server exited early (${child.exitCode ?? child.signalCode}):\n${text}`);
    if (Date.now() > until) {
      await stop('SIGKILL');
      throw new Error(`the server did not answer /healthz within ${(options.startTimeoutMs ?? 30_000) / 1000} s:\n${text}`);
    }
    const answered = fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) }).then(
      (response) => response.ok,
      () => false,
    );
    // The address line comes after the keys on stdout: once it is read, so are they.
    ready = (await Promise.race([answered, gone])) && text.includes('reference server');
    // Not listening yet: ask again shortly (there is no event to wait for in another process).
    if (!ready) await new Promise((done) => setTimeout(done, 100));
  }
  return { url, port, child, output: () => text, exited, stop };
}
