import { chromium } from 'playwright-core';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';
const url = process.argv[2];
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const ctx = await browser.newContext(); const page = await ctx.newPage();
const rows = []; let last = Date.now(); const pending = [];
page.on('request', () => (last = Date.now()));
page.on('response', (r) => r.url().endsWith('/events') || pending.push(r.body().then((b) => rows.push([gzipSync(b, { level: 9 }).length, new URL(r.url()).pathname]), () => {})));
await page.goto(url, { waitUntil: 'load' });
while (Date.now() - last < 1500) await page.waitForTimeout(200);
await Promise.all(pending);
rows.sort((a, b) => b[0] - a[0]);
let js = 0; for (const [n, p] of rows) { if (p.endsWith('.js')) js += n; console.log(String(n).padStart(7), p); }
console.log('js total', js);
await browser.close();
