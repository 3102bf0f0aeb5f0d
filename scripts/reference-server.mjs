import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

function freePort() {
  return new Promise((resolvePort) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

/**
 * The reference server with the demo content on an in-memory store (for `npm run size` and the benchmarks), serving
 * the built `dist/` and its demo pages, or `publicDir` instead of them. Resolves once it answers `/readyz`.
 */
export async function startReferenceServer({ publicDir } = {}) {
  const port = await freePort();
  const args = ['--import', 'tsx', 'server/main.ts', '--demo', '--db', ':memory:', '--port', String(port)];
  if (publicDir) args.push('--public', publicDir);
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`the reference server stopped:\n${output}`);
    if (await fetch(`${origin}/readyz`).then((response) => response.ok, () => false)) return { origin, stop: () => child.kill() };
    await new Promise((wait) => setTimeout(wait, 100));
  }
  child.kill();
  throw new Error(`the reference server did not start:\n${output}`);
}
