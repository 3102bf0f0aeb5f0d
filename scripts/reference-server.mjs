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
 * The reference server with the demo content on an in-memory store (for `npm run size`, the benchmarks and the
 * WordPress journeys), serving the built `dist/` and its demo pages, or `publicDir` instead of them, with `options`
 * added to its command line (e.g. `['--cors', origin]`). Resolves once it answers `/readyz`.
 */
export async function startReferenceServer({ publicDir, options = [] } = {}) {
  const port = await freePort();
  const args = ['--import', 'tsx', 'server/main.ts', '--demo', '--db', ':memory:', '--port', String(port), ...options];
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
