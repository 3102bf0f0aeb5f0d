import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';
const base = process.argv[2];
const pages = process.argv.slice(3);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
for (const path of pages) {
  for (const width of [1280, 375]) {
  const ctx = await browser.newContext({ viewport: { width, height: 800 } }); const page = await ctx.newPage();
  await page.addInitScript(() => { window.__shifts = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__shifts.push({ v: e.value, t: e.startTime, src: e.sources?.map(s => s.node?.nodeName + '.' + (s.node?.className||'') + ' ' + JSON.stringify(s.previousRect) + '->' + JSON.stringify(s.currentRect)) }); }).observe({ type: 'layout-shift', buffered: true }); });
  const reqs = {}; page.on('request', r => { const p = new URL(r.url()).pathname; reqs[p] = (reqs[p]||0)+1; });
  await page.goto(base + path, { waitUntil: 'load' });
  await page.waitForTimeout(3000);
  const shifts = await page.evaluate(() => window.__shifts);
  const cls = shifts.reduce((a, s) => a + s.v, 0);
  console.log(path, width, 'CLS', cls.toFixed(3), JSON.stringify(shifts.map(s => [s.v.toFixed(3), Math.round(s.t), s.src?.[0]])).slice(0, 600));
  console.log('  repeated:', Object.entries(reqs).filter(([, n]) => n > 1).map(([p, n]) => p + '×' + n).join(' '));
  await ctx.close();
  }
}
await browser.close();
