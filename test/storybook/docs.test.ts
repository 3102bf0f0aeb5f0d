import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { ROOT, serveStorybook, storybookEntries } from './static-storybook.js';

/**
 * The static Storybook as a designer reads it: no blank entries, docs pages short enough to scan (an
 * intro, a few stories inline, the rest in the sidebar), and properties tables without the elements'
 * internal state.
 */

/** A docs page a designer scans, not scrolls through: the partner map's once was 150,000 px. */
const MAX_DOCS_HEIGHT = 15_000;

interface Declaration {
  tagName?: string;
  attributes?: { name: string; fieldName?: string }[];
  members?: { kind: string; name: string; readonly?: boolean; static?: boolean; privacy?: string }[];
}

const entries = await storybookEntries();
const manifest = JSON.parse(await readFile(join(ROOT, 'dist', 'custom-elements.json'), 'utf8')) as { modules: { declarations?: Declaration[] }[] };
const declarations = manifest.modules.flatMap((mod) => mod.declarations ?? []).filter((declaration) => declaration.tagName);

describe('the Storybook for designers', () => {
  let origin: string;
  let browser: Browser;
  let close: (() => Promise<void>) | undefined;

  before(async () => {
    ({ origin, browser, close } = await serveStorybook());
  });

  after(async () => {
    await close?.();
  });

  it('has only real stories in the theme playground (no helper taken for a blank story)', () => {
    const playground = entries.filter((entry) => entry.title === 'Theme playground' && entry.type === 'story');
    assert.deepEqual(
      playground.map((entry) => entry.name),
      ['Defaults', 'One primary colour', 'A KERN UX site', 'A dark site'],
    );
  });

  it('shows a few stories inline on each docs page and keeps every other one in the sidebar', () => {
    for (const { tagName } of declarations) {
      const stories = entries.filter((entry) => entry.title === `Elements/${tagName}` && entry.type === 'story');
      const inline = stories.filter((entry) => entry.tags?.includes('autodocs'));
      assert.ok(inline.length >= 1 && inline.length <= 6, `${tagName}: ${inline.length} stories inline`);
      if (stories.length > 6) assert.ok(stories.length > inline.length, `${tagName}: every story inline`);
    }
  });

  for (const declaration of declarations) {
    const tag = declaration.tagName!;
    it(`${tag}: a docs page under ${MAX_DOCS_HEIGHT} px with an intro, and a table of what a page sets`, async () => {
      const docs = entries.find((entry) => entry.title === `Elements/${tag}` && entry.type === 'docs');
      assert.ok(docs, `${tag} has no docs page`);
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${origin}/iframe.html?id=${docs.id}&viewMode=docs`);
      await page.waitForSelector('.docblock-argstable', { timeout: 20_000 });
      // Every widget on the page has rendered its content (a loading widget is short and would hide the true height).
      await page.waitForFunction(
        () => {
          const elements = [...document.querySelectorAll('.sbdocs-content *')].filter((el) => el.localName.startsWith('ija-'));
          const widgets = elements.filter((el) => el.localName !== 'ija-provider');
          return elements.length > 0 && widgets.every((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0 && !el.shadowRoot.querySelector('.state.loading'));
        },
        undefined,
        { timeout: 20_000 },
      );
      await page.waitForTimeout(500);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      assert.ok(height < MAX_DOCS_HEIGHT, `${tag}: docs page ${height} px high`);
      // The intro: the summary, when to use it, the main attributes, the code.
      const intro = await page.locator('.sbdocs-content').first().textContent();
      assert.match(intro ?? '', new RegExp(`<${tag}[ >]`));

      const rows = await page.locator('.docblock-argstable tbody tr td:first-child').evaluateAll((cells) => cells.map((cell) => cell.textContent!.trim()));
      // Internal state (read-only, nothing to set: `currentBoard`, `filteredPartners`) and the property twins of
      // attributes (`boardId` beside `board-id`) are not in the table; every attribute is.
      const attributeFields = new Set((declaration.attributes ?? []).map((attribute) => attribute.fieldName));
      const attributeNames = new Set((declaration.attributes ?? []).map((attribute) => attribute.name));
      const hidden = (declaration.members ?? []).filter(
        (member) => member.kind === 'field' && !member.static && (member.readonly || (attributeFields.has(member.name) && !attributeNames.has(member.name))),
      );
      for (const member of hidden) assert.ok(!rows.includes(member.name), `${tag}: ${member.name} in the table`);
      for (const name of attributeNames) assert.ok(rows.includes(name), `${tag}: attribute ${name} missing from the table`);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});
