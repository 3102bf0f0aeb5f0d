/**
 * Layout shift (CLS) on every demo page of the reference server (demo content, in-memory store), as a visitor loads it
 * cold: at 1280 and 375 px wide, three loads each, the largest sum of shifts counted until the page has been still
 * for a second. Goal: at most 0.05 on every page (the widgets hold their space: dist/cdn/ija-widgets.css and their
 * loading state).
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startReferenceServer } from '../reference-server.mjs';

/* The functions passed to addInitScript and evaluate run in the browser. */
/* global window */

export const name = 'layout-shift';

const LOADS = 3;
const WIDTHS = [1280, 375];
const GOAL = 0.05;
const PUBLIC = resolve(import.meta.dirname, '..', '..', 'server', 'public');

function recordShifts() {
  window.__shift = { sum: 0, last: performance.now() };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      window.__shift.sum += entry.value;
      window.__shift.last = performance.now();
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

async function shiftOf(newPage, url, origin, width) {
  const page = await newPage({ origin, viewport: { width, height: 800 } });
  await page.addInitScript(recordShifts);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => performance.now() - window.__shift.last > 1000, undefined, { polling: 200, timeout: 20_000 });
  const sum = await page.evaluate(() => window.__shift.sum);
  await page.context().close();
  return sum;
}

export async function run({ newPage }) {
  const server = await startReferenceServer();
  try {
    const pages = readdirSync(PUBLIC).filter((file) => file.endsWith('.html')).sort();
    const rows = [];
    let worst = 0;
    for (const file of pages) {
      const path = file === 'index.html' ? '/' : `/${file}`;
      const cells = [];
      for (const width of WIDTHS) {
        let largest = 0;
        for (let i = 0; i < LOADS; i++) largest = Math.max(largest, await shiftOf(newPage, server.origin + path, server.origin, width));
        worst = Math.max(worst, largest);
        cells.push(`${largest.toFixed(3)} at ${width} px`);
      }
      rows.push({ label: `layout shift: ${path}`, figure: cells.join(', ') });
    }
    rows.push({ label: 'layout shift: worst demo page (goal ≤ 0.05)', figure: `${worst.toFixed(3)} ${worst <= GOAL ? '(holds)' : '(over)'}` });
    return rows;
  } finally {
    server.stop();
  }
}
