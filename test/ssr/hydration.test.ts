import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import type { Browser } from 'playwright-core';
import { launchBrowser, tempDir } from '../../server/test/helpers/e2e.js';
import { prepareServer, renderToString, ROOT } from './server-render.js';
import { page as pageTemplate } from './page.js';

/**
 * A page rendered on the server (the npm build through @lit-labs/ssr) and hydrated in Chromium, as a site's
 * framework does it: the HTML has the content before any script runs; then the hydrate support (before Lit),
 * the elements and the page's own template load. Hydration must keep every node, never show the loading
 * state, throw no mismatch, and fetch no data.
 */

const TAGS = ['ija-workshop-agenda', 'ija-five-point-plan', 'ija-partner-map'];

/**
 * The browser side, bundled from the npm build as an app's bundler would (Rollup: esbuild's code splitting does not
 * keep the order in which modules run). The order of the imports matters: the hydrate support before Lit.
 */
const CLIENT = `
  import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
  import { hydrate } from '@lit-labs/ssr-client';
  ${TAGS.map((tag) => `import '${ROOT}/dist/components/${tag}/${tag}.js';`).join('\n')}
  import { page } from '${ROOT}/test/ssr/page.ts';
  // The page's own template sets the inline data (its property bindings) on the elements.
  hydrate(page(), document.getElementById('app'));
`;

async function bundleClient(dir: string): Promise<void> {
  const entry = join(dir, 'entry.js');
  await writeFile(entry, CLIENT);
  const bundle = await rollup({
    input: entry,
    plugins: [nodeResolve({ browser: true, modulePaths: [join(ROOT, 'node_modules')] }), esbuild({ target: 'es2022', tsconfig: join(ROOT, 'tsconfig.json') })],
    // zod's annotations and its internal circular import: harmless, as in the library's own build.
    onwarn: () => undefined,
  });
  await bundle.write({ dir: join(dir, 'client'), format: 'es', entryFileNames: 'client.js' });
  await bundle.close();
}

/** What a visitor would read first in each element (marked before the scripts, found again after). */
const FIRST_CONTENT = 'h2, .point-title, .group-title, .empty-network';

interface Recorded {
  removed: string[];
  texts: string[];
  added: string[];
  loads: string[];
}

declare global {
  interface Window {
    __marked: Element[];
    __recorded: Recorded;
  }
}

function listen(server: Server): Promise<string> {
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(`http://127.0.0.1:${(server.address() as { port: number }).port}`)));
}

describe('hydrating server-rendered elements in Chromium', () => {
  let browser: Browser;
  let server: Server;
  let origin: string;
  let removeOut: () => Promise<void>;

  before(async () => {
    await prepareServer();
    const body = await renderToString(pageTemplate());
    const html = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>SSR</title><link rel="icon" href="data:,"></head>
      <body><div id="app">${body}</div></body></html>`;
    const out = await tempDir('ija-ssr-');
    removeOut = out.remove;
    await bundleClient(out.path);
    server = createServer((req, res) => {
      const path = new URL(req.url!, 'http://x').pathname;
      if (path === '/') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
      const file = /^\/client\/([\w.-]+\.js)$/.exec(path)?.[1];
      if (!file) return void res.writeHead(404).end();
      readFile(join(out.path, 'client', file)).then(
        (code) => res.writeHead(200, { 'content-type': 'text/javascript' }).end(code),
        () => res.writeHead(404).end(),
      );
    });
    origin = await listen(server);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    server?.close();
    await removeOut?.();
  });

  it('shows the content before any script, keeps every node, never shows the loading state, and fetches no data', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${origin}/`);

    // Before the scripts: no element is defined, and each shows its content from the declarative shadow DOM.
    const before = await page.evaluate(
      ({ tags, selector }) => {
        const elements = [...document.querySelectorAll<HTMLElement>(tags.join(','))];
        const recorded: Recorded = { removed: [], texts: [], added: [], loads: [] };
        // (No named helper functions in here: tsx would wrap them in a `__name` call the page does not have.)
        const observer = new MutationObserver((records) => {
          for (const record of records) {
            record.removedNodes.forEach((node) => recorded.removed.push(`${node.nodeName} "${(node.textContent ?? '').trim().slice(0, 60)}"`));
            record.addedNodes.forEach((node) => recorded.added.push(`${node.nodeName} "${(node.textContent ?? '').trim().slice(0, 60)}"`));
            if (record.type === 'characterData') recorded.texts.push(`"${record.oldValue}" -> "${record.target.textContent}"`);
          }
        });
        for (const element of elements) {
          observer.observe(element.shadowRoot!, { childList: true, subtree: true, characterData: true, characterDataOldValue: true });
        }
        document.addEventListener('ija-load', (event) => recorded.loads.push((event.target as HTMLElement).id));
        window.__recorded = recorded;
        window.__marked = elements.map((element) => element.shadowRoot!.querySelector(selector)!);
        return elements.map((element, index) => ({
          id: element.id,
          defined: customElements.get(element.localName) !== undefined,
          first: window.__marked[index]?.textContent?.trim(),
          height: window.__marked[index]?.getBoundingClientRect().height ?? 0,
        }));
      },
      { tags: TAGS, selector: FIRST_CONTENT },
    );
    assert.equal(before.length, 6);
    for (const element of before) {
      assert.equal(element.defined, false, `${element.id} was defined before its script`);
      assert.ok(element.first && element.height > 0, `${element.id} shows no content before its script: ${JSON.stringify(element)}`);
    }
    assert.deepEqual(requests, ['/'], 'the page alone, before the scripts');

    await page.addScriptTag({ url: '/client/client.js', type: 'module' });
    await page.waitForFunction(() => window.__recorded.loads.length === 6, undefined, { timeout: 15_000 }).catch(async (error: Error) => {
      const loads = await page.evaluate(() => window.__recorded.loads);
      assert.fail(`not every element loaded (${loads.join(', ')}): ${errors.join('; ')} ${error.message}`);
    });
    const after = await page.evaluate(async ({ tags, selector }) => {
      const elements = [...document.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>(tags.join(','))];
      await Promise.all(elements.map((element) => element.updateComplete));
      // The update after hydration (links to the other widgets on the page) has come too.
      await new Promise((done) => setTimeout(done, 100));
      await Promise.all(elements.map((element) => element.updateComplete));
      return {
        sameNodes: elements.map((element, index) => element.shadowRoot!.querySelector(selector) === window.__marked[index] && window.__marked[index]!.isConnected),
        loading: elements.filter((element) => element.shadowRoot!.querySelector('.state')).map((element) => element.id),
        recorded: window.__recorded,
      };
    }, { tags: TAGS, selector: FIRST_CONTENT });

    assert.deepEqual(after.sameNodes, [true, true, true, true, true, true], 'hydration replaced server-rendered nodes');
    assert.deepEqual(after.recorded.removed, [], 'nothing the server rendered was removed');
    assert.deepEqual(after.recorded.texts, [], 'no server-rendered text changed');
    assert.deepEqual(after.recorded.added.filter((node) => /Wird geladen/.test(node)), [], 'a loading state appeared');
    assert.deepEqual(after.loading, []);
    assert.deepEqual(after.recorded.loads.sort(), before.map((element) => element.id).sort(), 'each element fired ija-load once');
    assert.deepEqual(errors, [], 'no hydration mismatch or other error');
    const data = requests.filter((path) => !/^\/(client\/[\w.-]+\.js)?$/.test(path));
    assert.deepEqual(data, [], 'built-in and inline data need no request');
    await context.close();
  });
});
