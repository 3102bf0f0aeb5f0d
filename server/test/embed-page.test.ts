import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { buildBundle, launchBrowser, startServer, tempDir, type RunningServer } from './helpers/e2e.js';
import { PARTNER_CATEGORY_LABELS_DE, RECOMMENDED_PARTNER_TYPES } from '../../src/core/defaults/partner-types.js';
import { LOCALES } from '../../src/core/i18n/locales.js';
import ar from '../../src/core/i18n/locales/ar.js';
import leichteSprache from '../../src/core/i18n/locales/de-x-leichte-sprache.js';
import en from '../../src/core/i18n/locales/en.js';
import pl from '../../src/core/i18n/locales/pl.js';
import tr from '../../src/core/i18n/locales/tr.js';
import uk from '../../src/core/i18n/locales/uk.js';
import { PARTNER_CATEGORIES } from '../../src/core/schemas/constants.js';
// @ts-expect-error -- the generator's plain browser module, without types
import { PARTNER_GROUPS, PARTNER_TYPES, TEXTS, WIDGET_LANGUAGES } from '../public/einbinden-texte.js';

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

interface Words {
  label: string;
  hint?: string;
  values?: Record<string, string>;
}
interface PageTexts {
  page?: Record<string, string>;
  groups: Record<string, string>;
  types: Record<string, string>;
  attributes: Record<string, Record<string, Words>>;
}
const texts = TEXTS as { de: PageTexts; en: Required<PageTexts> };
const WIDGETS = ['ija-partner-map', 'ija-workshop-agenda', 'ija-leitfragen-board', 'ija-five-point-plan'];
const OTHER = '\u2026other';
/** The partner map's views as the element declares them (its module needs the DOM, which the server's types lack). */
const PARTNER_VIEWS = JSON.parse(
  /PARTNER_VIEWS = (\[[^\]]*\])/
    .exec(await readFile(join(ROOT, 'src/components/ija-partner-map/ija-partner-map.component.ts'), 'utf8'))![1]!
    .replace(/'/g, '"'),
) as string[];

describe('the embed generator\'s texts', () => {
  it('name the groups, types and languages as the widgets do', () => {
    assert.deepEqual(PARTNER_GROUPS, [...PARTNER_CATEGORIES]);
    assert.deepEqual(
      PARTNER_TYPES,
      RECOMMENDED_PARTNER_TYPES.map(({ id, category }) => ({ id, group: category })),
    );
    assert.deepEqual(texts.de.groups, PARTNER_CATEGORY_LABELS_DE);
    assert.deepEqual(texts.de.types, Object.fromEntries(RECOMMENDED_PARTNER_TYPES.map(({ id, label }) => [id, label])));
    assert.deepEqual(texts.en.groups, en.partnerMap.categories);
    assert.deepEqual(texts.en.types, en.partnerMap.types);
    assert.deepEqual(
      (WIDGET_LANGUAGES as { code: string }[]).map(({ code }) => code),
      [...LOCALES],
    );
    // The placeholder's text in the other languages is the widgets' own "loading" word.
    const tables = { tr, ar, uk, pl, 'de-x-leichte-sprache': leichteSprache } as const;
    for (const { code, loading } of WIDGET_LANGUAGES as { code: string; loading?: string }[]) {
      if (code in tables) assert.equal(loading, tables[code as keyof typeof tables].common.loading, code);
    }
  });

  it('have an English text for every marked text of the page, and no more', async () => {
    const html = await readFile(join(ROOT, 'server', 'public', 'einbinden.html'), 'utf8');
    const keys = [...new Set([...html.matchAll(/data-t="([\w-]+)"/g)].map((match) => match[1]))].sort();
    assert.deepEqual(Object.keys(texts.en.page).sort(), keys);
  });

  it('have the same words in German and English', () => {
    for (const [tag, attributes] of Object.entries(texts.de.attributes)) {
      for (const [name, words] of Object.entries(attributes)) {
        const english = texts.en.attributes[tag]?.[name];
        assert.ok(english, `${tag} ${name}: no English words`);
        assert.equal(Boolean(english.hint), Boolean(words.hint), `${tag} ${name}: hint`);
        assert.deepEqual(Object.keys(english.values ?? {}), Object.keys(words.values ?? {}), `${tag} ${name}: values`);
      }
    }
  });
});

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
  async function open(width = 1280, lang: 'de' | 'en' = 'de'): Promise<Watched> {
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
    await page.goto(`${server.url}/einbinden.html${lang === 'en' ? '?lang=en' : ''}`);
    await page.waitForSelector('#embed-form[data-ready]');
    return page;
  }

  const snippet = (page: Page, id: 'snippet-html' | 'snippet-cms') => page.locator(`#${id}`).inputValue();
  const optionValues = (page: Page, selector: string) => page.locator(`${selector} option`).evaluateAll((options) => options.map((o) => (o as unknown as { value: string }).value));

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
    assert.deepEqual(views.slice(0, 3), [['', 'Liste (list) – Voreinstellung'], ['map', 'Karte (map)'], ['gaps', 'Wer fehlt noch? (gaps)']]);
    assert.equal(await page.locator('#options-fields input[type="checkbox"]#opt-join').count(), 1);
    assert.equal(await page.locator('#options-fields select#opt-category').count(), 1);
    assert.equal(await page.locator('#options-fields #opt-src, #options-fields #opt-api, #options-fields #opt-theme').count(), 0);
    assert.ok((await optionValues(page, '#opt-category')).includes('politik'));
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  it('builds the element, both snippets and the preview from a JSON file and a category', async () => {
    const page = await open();
    await page.check('input[name="source"][value="src"]');
    await page.fill('#src-url', '/api/partners');
    await page.selectOption('#opt-category', 'politik');
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
    await page.selectOption('#opt-category', 'politik');
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

  it('is German throughout on its German page, for every widget', async () => {
    const page = await open();
    assert.equal(await page.getAttribute('html', 'lang'), 'de');
    assert.equal(await page.locator('#page-language').getAttribute('href'), '?lang=en');
    for (const tag of WIDGETS) {
      await page.check(`input[name="widget"][value="${tag}"]`);
      await page.waitForSelector(`#options-tag:has-text("${tag}")`);
      // Every option has German words: a label beyond the attribute's name, and no English hint from the manifest.
      const labels = await page.locator('#options-fields label[for^="opt-"]:not([for$="-other"])').evaluateAll((labels) =>
        labels.map((label) => [label.querySelector('code')?.textContent ?? '', label.textContent!.replace(/\s+/g, ' ').trim()]),
      );
      assert.ok(labels.length > 0, tag);
      for (const [name, text] of labels) assert.equal(text, `${texts.de.attributes[tag]![name!]!.label} (${name})`, `${tag} ${name}`);
      assert.equal(await page.locator('#options-fields [lang="en"]').count(), 0, `${tag}: English hints`);
    }
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  it('is English throughout on einbinden.html?lang=en, the demo site around it German', async () => {
    const page = await open(1280, 'en');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await page.title(), texts.en.page.title);
    for (const key of Object.keys(texts.en.page)) {
      const shown = (await page.locator(`[data-t="${key}"]`).first().textContent())!.replace(/\s+/g, ' ').trim();
      assert.equal(shown, texts.en.page[key]!.replace(/\*\*|`/g, '').replace(/\[([^\]]+)\]\(#[\w-]+\)/g, '$1'), key);
    }
    assert.equal(await page.locator('header').getAttribute('lang'), 'de');
    assert.equal(await page.locator('#page-language').textContent(), 'Deutsch');
    assert.equal(await page.locator('#page-language').getAttribute('lang'), 'de');
    assert.equal(await page.locator('label[for="opt-view"]').textContent(), 'View when opened (view)');
    assert.deepEqual(
      await page.locator('#opt-view option').evaluateAll((options) => options.map((o) => o.textContent)),
      ['List (list) – default', 'Map (map)', 'Who is missing? (gaps)', '“Join” form (join)', 'Manage (admin)'],
    );
    assert.match((await page.locator('#opt-type option[value="jugendring"]').textContent()) ?? '', /^City or district youth council \(jugendring\)/);
    await page.click('button[data-copy="snippet-cms"]');
    await page.waitForSelector('#snippet-cms-status:has-text("Copied")');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  it('offers all seven languages by their own names, and writes the one chosen', async () => {
    const page = await open();
    const languages = await page.locator('#opt-lang option').evaluateAll((options) =>
      options.map((o) => [(o as unknown as { value: string }).value, o.getAttribute('lang'), o.textContent]),
    );
    assert.deepEqual(
      languages.map(([value]) => value),
      ['', ...LOCALES],
    );
    assert.deepEqual(languages.slice(1), [
      ['de', 'de', 'Deutsch (de)'],
      ['en', 'en', 'English (en)'],
      ['tr', 'tr', 'Türkçe (tr)'],
      ['ar', 'ar', 'العربية (ar)'],
      ['uk', 'uk', 'Українська (uk)'],
      ['pl', 'pl', 'Polski (pl)'],
      ['de-x-leichte-sprache', 'de-x-leichte-sprache', 'Leichte Sprache (de-x-leichte-sprache)'],
    ]);
    await page.selectOption('#opt-lang', 'uk');
    await previewShows(page, 'ija-partner-map[lang="uk"]');
    assert.match(await snippet(page, 'snippet-html'), /<ija-partner-map lang="uk"><\/ija-partner-map>$/);
    assert.equal(await snippet(page, 'snippet-cms'), '<div data-ija="partner-map" lang="uk">Завантаження…</div>');
    // The preview is in Ukrainian: the widget loaded its table.
    await page.locator('#preview ija-partner-map #tab-list:has-text("Список")').waitFor();
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  it('offers the groups and partner types of the built-in content, and those of the chosen data', async () => {
    const page = await open();
    await page.waitForSelector('#embed-form[data-choices="builtin"]');
    assert.deepEqual(await optionValues(page, '#opt-category'), ['', ...PARTNER_CATEGORIES]);
    assert.deepEqual(await optionValues(page, '#opt-type'), ['', ...RECOMMENDED_PARTNER_TYPES.map(({ id }) => id), OTHER]);
    assert.equal(await page.locator('#opt-type optgroup').first().getAttribute('label'), 'Vereine');
    // No built-in partners, so no offers: a value of one's own only.
    assert.deepEqual(await optionValues(page, '#opt-offer'), ['', OTHER]);
    // A group narrows the types to its own.
    await page.selectOption('#opt-category', 'politik');
    assert.deepEqual(await optionValues(page, '#opt-type'), ['', 'integrationsbeauftragte', 'politik-entscheidung', OTHER]);

    // The demo's REST interface: what its partners hold, with counts.
    await page.check('input[name="source"][value="api"]');
    await page.waitForSelector('#embed-form[data-choices="api /api"]');
    const response = await fetch(`${server.url}/api/partners`);
    const partners = ((await response.json()) as { partners: { category: string; type?: string; offers?: string[] }[] }).partners;
    assert.deepEqual(await optionValues(page, '#opt-category'), ['', ...PARTNER_CATEGORIES.filter((group) => partners.some((p) => p.category === group))]);
    const politik = partners.filter((partner) => partner.category === 'politik');
    assert.deepEqual((await optionValues(page, '#opt-type')).slice(1, -1).sort(), [...new Set(politik.map((partner) => partner.type!))].sort());
    const offers = [...new Set(partners.flatMap((partner) => partner.offers ?? []))].sort((a, b) => a.localeCompare(b, 'de'));
    assert.deepEqual(await optionValues(page, '#opt-offer'), ['', ...offers, OTHER]);
    assert.match((await page.locator('#opt-category option[value="politik"]').textContent()) ?? '', new RegExp(`^Politik \\(politik\\) – ${politik.length}$`));

    // A type from the data filters the preview; a type of one's own goes into the code as typed.
    await page.selectOption('#opt-category', '');
    await page.selectOption('#opt-type', 'schulen');
    await previewShows(page, 'ija-partner-map[api="/api"][type="schulen"]');
    await page.selectOption('#opt-type', OTHER);
    assert.equal(await page.locator('#opt-type-other').isVisible(), true);
    await page.fill('#opt-type-other', 'Sportverein');
    await previewShows(page, 'ija-partner-map[type="Sportverein"]');
    assert.match(await snippet(page, 'snippet-html'), /<ija-partner-map api="\/api" type="Sportverein"><\/ija-partner-map>$/);
    // Another host's data is not read: the factsheet's choices again, and the page says why.
    await page.fill('#api-url', 'https://www.example.org/api');
    await page.waitForSelector('#embed-form[data-choices="other-host"]');
    assert.match((await page.textContent('#choices-note')) ?? '', /anderer Server/);
    assert.equal((await optionValues(page, '#opt-type')).length, RECOMMENDED_PARTNER_TYPES.length + 2);
    assert.equal(await page.inputValue('#opt-type-other'), 'Sportverein');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  it('offers every first view of the partner map; "join" also sets join and shows the form', async () => {
    const page = await open();
    assert.deepEqual(await optionValues(page, '#opt-view'), ['', ...PARTNER_VIEWS.filter((view) => view !== 'list')]);
    await page.selectOption('#opt-view', 'join');
    assert.equal(await page.isChecked('#opt-join'), true);
    assert.equal(await page.isDisabled('#opt-join'), true);
    assert.match(await snippet(page, 'snippet-html'), /<ija-partner-map view="join" join><\/ija-partner-map>$/);
    assert.equal(await snippet(page, 'snippet-cms'), '<div data-ija="partner-map" data-view="join" data-join="">Das Partnernetz wird geladen …</div>');
    await page.waitForSelector('#preview-note:has-text("REST-Schnittstelle")');
    // With the REST interface the element shows its join form first.
    await page.check('input[name="source"][value="api"]');
    await previewShows(page, 'ija-partner-map[api="/api"][view="join"][join]');
    await page.locator('#preview ija-partner-map #tab-join[aria-selected="true"]').waitFor();
    // "admin" sets admin instead; join is as it was before.
    await page.selectOption('#opt-view', 'admin');
    assert.equal(await page.isChecked('#opt-join'), false);
    assert.equal(await page.isChecked('#opt-admin'), true);
    assert.match(await snippet(page, 'snippet-html'), /<ija-partner-map api="\/api" view="admin" admin><\/ija-partner-map>$/);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  it('writes every choice as an attribute value the element reads back', async () => {
    const page = await open();
    for (const tag of WIDGETS) {
      await page.check(`input[name="widget"][value="${tag}"]`);
      await page.waitForSelector(`#options-tag:has-text("${tag}")`);
      const selects = await page.locator('#options-fields select, #opt-lang, #opt-theme:visible').evaluateAll((selects) =>
        selects.map((select) => {
          const { name, options } = select as unknown as { name: string; options: ArrayLike<{ value: string }> };
          return { id: select.id, name, values: Array.from(options, (o) => o.value).filter((value) => value && value !== '\u2026other') };
        }),
      );
      for (const { id, name, values } of selects) {
        for (const value of values) {
          await page.selectOption(`#${id}`, value);
          // The snippet's element as written (the page's Trusted Types keep its parser out of reach): the
          // element's own reading of each attribute, its property (for lang, the attribute the widget reads).
          const line = (await snippet(page, 'snippet-html')).split('\n').pop()!;
          const written = [...line.replace(/^<[\w-]+|><\/[\w-]+>$/g, '').matchAll(/\s([\w-]+)(?:="([^"]*)")?/g)].map(([, attribute, text]) => [
            attribute,
            (text ?? '').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
          ]);
          const property = name === 'lang' ? 'lang' : name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
          const read = await page.evaluate(`(() => {
            const element = document.createElement(${JSON.stringify(tag)});
            for (const [name, value] of ${JSON.stringify(written)}) element.setAttribute(name, value);
            return ${JSON.stringify(property)} === 'lang' ? element.getAttribute('lang') : element[${JSON.stringify(property)}];
          })()`);
          assert.equal(read, value, `${tag} ${name}="${value}"`);
        }
        await page.selectOption(`#${id}`, '');
      }
    }
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  for (const [width, lang] of [
    [1280, 'de'],
    [320, 'de'],
    [320, 'en'],
  ] as const) {
    it(`has no axe violations and no horizontal scrolling at ${width} px (${lang})`, async () => {
      const page = await open(width, lang);
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
