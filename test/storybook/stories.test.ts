import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { serveStorybook, storybookEntries } from './static-storybook.js';

/**
 * Every story of the static Storybook in headless Chromium: no page error, no console error, the
 * element rendered (and done loading, except the loading stories), and no axe violation of
 * WCAG 2.1 A/AA. Stories tagged `forced-colors` are rendered with forced colours emulated. This list
 * of stories is the project's visual and accessibility regression surface.
 */

const stories = (await storybookEntries()).filter((entry) => entry.type === 'story');
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe('every Storybook story', () => {
  let origin: string;
  let browser: Browser;
  let close: (() => Promise<void>) | undefined;

  before(async () => {
    ({ origin, browser, close } = await serveStorybook());
  });

  after(async () => {
    await close?.();
  });

  it('are there: every element has stories, and the theme playground', () => {
    const titles = new Set(stories.map((story) => story.title));
    for (const title of ['ija-partner-map', 'ija-workshop-agenda', 'ija-leitfragen-board', 'ija-five-point-plan', 'ija-provider']) {
      assert.ok(titles.has(`Elements/${title}`), `no stories for ${title}`);
    }
    assert.ok(titles.has('Theme playground'));
  });

  for (const story of stories) {
    it(`${story.title} › ${story.name}`, async () => {
      const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()}`);
      });
      if (story.tags?.includes('forced-colors')) await page.emulateMedia({ forcedColors: 'active' });
      await page.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story`);
      const loadingStory = /loading/i.test(story.name);
      await page.waitForFunction(
        (loading) => {
          const widgets = [...document.querySelectorAll('#storybook-root *')].filter((el) => el.localName.startsWith('ija-'));
          return (
            widgets.length > 0 &&
            widgets.every((el) => el.shadowRoot && (el.localName === 'ija-provider' || el.shadowRoot.childElementCount > 0)) &&
            (loading || widgets.every((el) => !el.shadowRoot!.querySelector('.state.loading')))
          );
        },
        loadingStory,
        { timeout: 15_000 },
      );
      await page.waitForTimeout(250);
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (context: string, options: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
        // Storybook's accessibility panel may be running axe in the same page: wait for it, then run ours.
        for (let attempt = 0; ; attempt++) {
          try {
            const result = await axe.run('#storybook-root', { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
            return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
          } catch (error) {
            if (attempt >= 20 || !String(error).includes('Axe is already running')) throw error;
            await new Promise((resolve) => setTimeout(resolve, 250));
          }
        }
      });
      assert.deepEqual(violations, [], 'axe violations');
      assert.deepEqual(errors, [], 'errors');
      await context.close();
    });
  }
});
