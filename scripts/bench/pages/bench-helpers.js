/* global requestAnimationFrame, document, MutationObserver */
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

/** Forces style and layout of the whole page now (as the browser would for the next frame); returns the time after. */
export function forceLayout(el) {
  el.getBoundingClientRect();
  void document.body.offsetHeight;
  return performance.now();
}

/** Resolves in a new task, after every pending microtask (e.g. a virtualizer's layout rounds). */
export const afterMicrotasks = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/**
 * Resolves with the time when `el`'s shadow DOM holds a `.partner` row (at once, or on the mutation that adds
 * one) and a forced layout is done. Unbounded: wrap it in `withTimeout`.
 */
export function rowsRendered(el, selector = '.partner') {
  const root = el.shadowRoot;
  if (root.querySelector(selector)) return Promise.resolve(forceLayout(el));
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!root.querySelector(selector)) return;
      observer.disconnect();
      resolve(forceLayout(el));
    });
    observer.observe(root, { childList: true, subtree: true });
  });
}
