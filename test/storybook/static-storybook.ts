import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { join, normalize, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../server/test/helpers/e2e.js';
// @ts-expect-error -- a plain ES module without types, shared with the demo and the benchmarks
import { createStaticServer } from '../../scripts/static-server.mjs';

export const ROOT = resolve(import.meta.dirname, '..', '..');
const STATIC = join(ROOT, 'storybook-static');

export interface Entry {
  id: string;
  type: string;
  title: string;
  name: string;
  tags?: string[];
}

/** The built Storybook's index entries (`npm run test:storybook` builds it first). */
export async function storybookEntries(): Promise<Entry[]> {
  if (!existsSync(join(STATIC, 'index.json'))) throw new Error('storybook-static/ is missing: npm run test:storybook builds it first');
  return Object.values((JSON.parse(await readFile(join(STATIC, 'index.json'), 'utf8')) as { entries: Record<string, Entry> }).entries);
}

/**
 * The static Storybook served on loopback, and Chromium. Chromium asks every origin for a favicon: the
 * Storybook's own answers it. No CSP: Storybook runs inline code.
 */
export async function serveStorybook(): Promise<{ origin: string; browser: Browser; close(): Promise<void> }> {
  const server: Server = createStaticServer(
    (path: string) => {
      const file = normalize(join(STATIC, path === '/favicon.ico' ? '/favicon.svg' : path));
      return file.startsWith(STATIC) ? file : undefined;
    },
    { csp: null },
  );
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const browser = await launchBrowser();
  return {
    origin,
    browser,
    async close() {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}
