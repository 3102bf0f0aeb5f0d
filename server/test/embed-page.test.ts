import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { buildBundle, launchBrowser, startServer, tempDir, type RunningServer } from './helpers/e2e.js';

/**
 * The embed-code generator (`/einbinden.html`) in Chromium against the real server: options from the
 * Custom Elements Manifest, the live preview, escaped snippets, copying, and the page's CSP.
 */

const ROOT = resolve(import.meta.dirname, '..', '..');
const run = promisify(execFile);

/** The library bundle and its manifest in a temp `dist/`, so a parallel `npm run build` does not interfere. */
async function buildDist(dir: string): Promise<void> {
  await buildBundle(dir);
  const cli = join(ROOT, 'node_modules', '@custom-elements-manifest', 'analyzer', 'cem.js');
  // The analyzer resolves --outdir against the working directory; it would also point package.json's
  // `customElements` at the temp dir, which only a config file can switch off.
  const config = join(dir, '..', 'cem.config.mjs');
  await writeFile(config, 'export default { packagejson: false };\n');
  await run(process.execPath, [cli, 'analyze', '--config', config, '--litelement', '--globs', 'src/**/*.ts', '--outdir', relative(ROOT, dir), '--quiet'], {
    cwd: ROOT,
  });
}

interface Watched extends Page {
  problems: string[];
}

describe('embed-code generator page', { timeout: 180_000 }, () => {
  let dir: { path: string; remove: () => Promise<void> };
  let server: RunningServer;
  let browser: Browser;

  before(async () => {
    dir = await tempDir('ija-embed-');
    const dist = join(dir.path, 'dist');
    await buildDist(dist);
    server = await startServer({ db: join(dir.path, 'ija.sqlite'), dist });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    await dir?.remove();
  });

  /** Opens the page and records page errors, console errors, CSP violations and requests to other hosts. */
  async function open(width = 1280): Promise<Watched> {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const page = (await context.newPage()) as Watched;
    page.problems = [];
    page.on('pageerror', (error) => page.problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') page.problems.push(`console error: ${message.text()}`);
    });
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(server.url) && !url.startsWith('data:') && !url.startsWith('blob:')) {
        page.problems.push(`request to another host: ${url}`);
      }
    });
    await page.exposeFunction('reportCspViolation', (text: string) => page.problems.push(`CSP violation: ${text}`));
    // Browser code as strings: the server's types have no DOM.
    await page.addInitScript(
      "document.addEventListener('securitypolicyviolation', (event) => window.reportCspViolation(event.violatedDirective + ' ' + event.blockedURI))",
    );
    await page.goto(`${server.url}/einbinden.html`);
    await page.waitForSelector('#embed-form[data-ready]');
    return page;
  }

  const snippet = (page: Page, id: 'snippet-html' | 'snippet-cms') => page.locator(`#${id}`).inputValue();

  /** Waits until the preview shows `selector` (the preview follows text input after a short pause). */
  async function previewShows(page: Page, selector: string): Promise<void> {
    await page.waitForSelector(`#preview > ${selector}`, { timeout: 5_000 });
  }

  it('starts with the partner map on built-in content', async () => {
    const page = await open();
    assert.equal(await page.locator('input[name="widget"][value="ija-partner-map"]').isChecked(), true);
    assert.equal(await page.locator('input[name="source"][value="builtin"]').isChecked(), true);
    await previewShows(page, 'ija-partner-map');
    // (The element may reflect its own state into attributes; the page set none.)
    assert.equal(await page.locator('#preview > ija-partner-map').evaluate((el) => ['src', 'api', 'category', 'lang', 'theme'].some((name) => el.hasAttribute(name))), false);
    assert.equal(await snippet(page, 'snippet-html'), '<link rel="stylesheet" href="/pfad/zu/ija-widgets.css" />\n<script type="module" src="/pfad/zu/ija-widgets.js"></script>\n<ija-partner-map></ija-partner-map>');
    assert.equal(await snippet(page, 'snippet-cms'), '<div data-ija="partner-map">Das Partnernetz wird geladen …</div>');
    // Options from the manifest: a literal union (via its description) as a select, booleans as checkboxes.
    assert.equal(await page.locator('#options-fields select#opt-view').count(), 1);
    const views = await page.locator('#opt-view option').evaluateAll((options) => options.map((o) => [o.getAttribute('value'), o.textContent]));
    assert.deepEqual(views.slice(0, 3), [['', 'list (Voreinstellung)'], ['map', 'map'], ['gaps', 'gaps']]);
    assert.equal(await page.locator('#options-fields input[type="checkbox"]#opt-join').count(), 1);
    assert.equal(await page.locator('#options-fields input[type="text"]#opt-category').count(), 1);
    assert.equal(await page.locator('#options-fields #opt-src, #options-fields #opt-api, #options-fields #opt-theme').count(), 0);
    assert.match((await page.locator('#hint-category').textContent()) ?? '', /politik/);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  it('builds the element, both snippets and the preview from a JSON file and a category', async () => {
    const page = await open();
    await page.check('input[name="source"][value="src"]');
    await page.fill('#src-url', '/api/partners');
    await page.fill('#opt-category', 'politik');
    await page.check('#opt-join');
    await previewShows(page, 'ija-partner-map[src="/api/partners"][category="politik"][join]');
    // The preview is the real element: it loads the file and filters it.
    await page.waitForSelector('#preview ija-partner-map .partner');
    assert.equal(
      await snippet(page, 'snippet-html'),
      '<link rel="stylesheet" href="/pfad/zu/ija-widgets.css" />\n<script type="module" src="/pfad/zu/ija-widgets.js"></script>\n<ija-partner-map src="/api/partners" category="politik" join></ija-partner-map>',
    );
    assert.equal(
      await snippet(page, 'snippet-cms'),
      '<div data-ija="partner-map" data-src="/api/partners" data-category="politik" data-join="">Das Partnernetz wird geladen …</div>',
    );

    await page.selectOption('#opt-view', 'gaps');
    await page.selectOption('#opt-lang', 'en');
    await page.selectOption('#opt-theme', 'dark');
    await previewShows(page, 'ija-partner-map[view="gaps"][lang="en"][theme="dark"]');
    const html = await snippet(page, 'snippet-html');
    for (const part of [' view="gaps"', ' lang="en"', ' theme="dark"', ' category="politik"']) assert.ok(html.includes(part), html);
    const cms = await snippet(page, 'snippet-cms');
    // The placeholder keeps `lang` as it is; its fallback text follows the language.
    for (const part of [' data-view="gaps"', ' lang="en"', ' data-theme="dark"', '>Loading the partner network …</div>']) assert.ok(cms.includes(part), cms);
    assert.ok(!cms.includes('data-lang'), cms);

    await page.check('input[name="source"][value="api"]');
    await previewShows(page, 'ija-partner-map[api="/api"]:not([src])');
    assert.match(await snippet(page, 'snippet-html'), /<ija-partner-map api="\/api" [^>]*category="politik"/);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  it('escapes values in the snippets and only sets attributes on the preview', async () => {
    const page = await open();
    const hostile = 'Jugend & "Ring" <img src=x onerror=alert(1)>';
    await page.fill('#opt-search', hostile);
    await page.fill('#script-url', '/js/ija.js?a=1&b="2"');
    await previewShows(page, 'ija-partner-map[search]');
    const escaped = 'search="Jugend &amp; &quot;Ring&quot; &lt;img src=x onerror=alert(1)&gt;"';
    const html = await snippet(page, 'snippet-html');
    assert.ok(html.includes(`<ija-partner-map ${escaped}></ija-partner-map>`), html);
    assert.ok(html.startsWith('<script type="module" src="/js/ija.js?a=1&amp;b=&quot;2&quot;"></script>'), html);
    assert.ok((await snippet(page, 'snippet-cms')).includes(`data-${escaped}`));
    assert.equal(await page.locator('#preview > ija-partner-map').getAttribute('search'), hostile);
    assert.equal(await page.locator('#preview img').count(), 0);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  it('offers the options of the agenda after switching widgets, by keyboard', async () => {
    const page = await open();
    await page.fill('#opt-category', 'politik');
    await page.focus('input[name="widget"][value="ija-partner-map"]');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.locator('input[name="widget"][value="ija-workshop-agenda"]').isChecked(), true);
    await previewShows(page, 'ija-workshop-agenda');
    await page.waitForSelector('#preview ija-workshop-agenda li.item');
    assert.equal(await page.locator('#options-tag').textContent(), 'ija-workshop-agenda');
    assert.equal(await page.locator('#opt-category').count(), 0);
    assert.equal(await page.locator('#opt-view').count(), 0);
    assert.deepEqual(await page.locator('#opt-variant option').evaluateAll((options) => options.map((o) => o.getAttribute('value'))), ['', 'projector']);
    assert.equal(await page.locator('input[type="checkbox"]#opt-editable').count(), 1);
    assert.equal(await page.locator('input[type="checkbox"]#opt-structured-data').count(), 1);
    assert.equal(await page.locator('input[type="text"]#opt-agenda-id').count(), 1);
    assert.equal(await snippet(page, 'snippet-cms'), '<div data-ija="workshop-agenda">Das Programm wird geladen …</div>');

    await page.selectOption('#opt-variant', 'projector');
    await previewShows(page, 'ija-workshop-agenda[variant="projector"]');
    assert.match(await snippet(page, 'snippet-html'), /<ija-workshop-agenda variant="projector"><\/ija-workshop-agenda>$/);

    // The REST source on this demo fills in the seeded agenda's id.
    await page.check('input[name="source"][value="api"]');
    await previewShows(page, 'ija-workshop-agenda[api="/api"][agenda-id="werkstattgespraech"]');
    await page.waitForSelector('#preview ija-workshop-agenda li.item');
    await page.check('input[name="source"][value="builtin"]');
    assert.equal(await page.inputValue('#opt-agenda-id'), '');
    assert.match(await snippet(page, 'snippet-html'), /<ija-workshop-agenda variant="projector"><\/ija-workshop-agenda>$/);

    // Back to the partner map: its options are as they were.
    await page.check('input[name="widget"][value="ija-partner-map"]');
    assert.equal(await page.inputValue('#opt-category'), 'politik');
    await previewShows(page, 'ija-partner-map[category="politik"]');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  it('keeps other hosts out of the preview but in the snippets', async () => {
    const page = await open();
    await page.check('input[name="source"][value="src"]');
    await page.fill('#src-url', 'https://www.example.org/netzwerk.json');
    await page.selectOption('#opt-consent', 'granted');
    await page.waitForSelector('#preview-note:not(:empty)');
    await previewShows(page, 'ija-partner-map:not([src]):not([consent])');
    assert.match(await snippet(page, 'snippet-html'), /src="https:\/\/www\.example\.org\/netzwerk\.json" consent="granted"/);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  it('copies a snippet and says so politely', async () => {
    const page = await open();
    await page.click('button[data-copy="snippet-cms"]');
    await page.waitForSelector('#snippet-cms-status:has-text("Kopiert")');
    assert.equal(await page.locator('#snippet-cms-status').getAttribute('role'), 'status');
    assert.equal(await page.evaluate('navigator.clipboard.readText()'), '<div data-ija="partner-map">Das Partnernetz wird geladen …</div>');

    // Without clipboard access (a page on plain http): the code is selected for Ctrl+C instead.
    await page.evaluate("Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true })");
    await page.click('button[data-copy="snippet-html"]');
    await page.waitForSelector('#snippet-html-status:has-text("markiert")');
    const selection = (await page.evaluate(
      '({ id: document.activeElement.id, start: document.activeElement.selectionStart, end: document.activeElement.selectionEnd, length: document.activeElement.value.length })',
    )) as { id: string; start: number; end: number; length: number };
    assert.deepEqual(selection, { id: 'snippet-html', start: 0, end: selection.length, length: selection.length });
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  for (const width of [1280, 320]) {
    it(`has no axe violations and no horizontal scrolling at ${width} px`, async () => {
      const page = await open(width);
      await page.check('input[name="source"][value="src"]');
      await page.fill('#src-url', '/api/partners');
      await page.waitForSelector('#preview ija-partner-map .partner');
      const axe = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
      await page.evaluate(axe); // through the DevTools protocol: not subject to the page's CSP
      // The widgets have their own accessibility tests; this one is about the generator around them.
      const violations = (await page.evaluate(`axe
        .run({ exclude: [['#preview']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
        .then((result) => result.violations.map((v) => v.id + ': ' + JSON.stringify(v.nodes.map((n) => n.target))))`)) as string[];
      assert.deepEqual(violations, []);
      const overflow = (await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')) as number;
      assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
      assert.deepEqual(page.problems, []);
      await page.context().close();
    });
  }
});
