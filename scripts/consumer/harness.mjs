/** The consumer test's plumbing: recording checks, running commands outside this repository's npm context. */
import { spawn } from 'node:child_process';

const results = [];
const started = Date.now();

export function check(name, ok, detail = '') {
  results.push({ name, ok });
  console.log(`${ok ? '  ok  ' : '  FAIL'} ${name}${detail ? ` — ${detail}` : ''}`);
  return ok;
}

/** Runs `body`; a throw is a failed check with its output, not the end of the test. */
export async function step(name, body) {
  try {
    const detail = await body();
    return check(name, true, typeof detail === 'string' ? detail : '');
  } catch (error) {
    return check(name, false, `\n${error.output ?? error.stack ?? error.message}`);
  }
}

export function summary() {
  const failed = results.filter((result) => !result.ok);
  console.log(`\nconsumer test: ${failed.length === 0 ? 'PASS' : 'FAIL'} — ${results.length - failed.length}/${results.length} checks passed, ${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const result of failed) console.log(`  failed: ${result.name}`);
  return failed.length === 0;
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
export function run(command, args, { cwd, timeoutMs = 120_000 } = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, env: childEnv() });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) return resolvePromise(output);
      const error = new Error(`${command} ${args.join(' ')} exited with ${code ?? signal}`);
      error.output = output.trim();
      reject(error);
    });
  });
}
