/* global requestAnimationFrame */
/**
 * In-page helpers shared by the browser benchmarks (served at /bench/bench-helpers.js; the functions
 * passed to `page.evaluate` import it, since they cannot close over Node code).
 */

/** Resolves at the next animation frame. */
export const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** Fails the benchmark instead of hanging when `promise` takes longer than `timeoutMs`. */
export function withTimeout(promise, what, timeoutMs) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Waits (bounded) until a widget's data task is COMPLETE (2) and its update is done. */
export async function dataRendered(el, name) {
  await el.updateComplete;
  for (let i = 0; i < 10 && el.data.task.status !== 2; i++) {
    if (el.data.task.status === 3) throw new Error(`${name} task failed: ${String(el.data.task.error)}`);
    await el.data.task.taskComplete;
    await el.updateComplete;
  }
  if (el.data.task.status !== 2) throw new Error(`${name} task status ${el.data.task.status}, expected 2 (COMPLETE)`);
  await el.updateComplete;
}
