import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { embedFixture } from './site.js';
import { openRecorded, widgetsSettled } from './browser.js';

/**
 * What CMS themes do to everything on a page. Shadow DOM keeps out all but inherited properties and
 * the host's own box. (The root font size is left alone: the widgets' sizes follow it on purpose,
 * as they follow a visitor's larger text setting.)
 */
const HOSTILE_CSS = `
body *, body *::before, body *::after { box-sizing: content-box; margin: 0; padding: 0; line-height: 3; letter-spacing: 0.12em;
  word-spacing: 0.5em; text-transform: uppercase; text-align: center; font-size: 28px; font-style: italic; color: #ff00aa;
  text-shadow: 2px 2px #000; white-space: nowrap; text-indent: 3em; font-weight: 700; }
body { font-size: 40px; }
div { display: flex; flex-direction: column; gap: 2rem; }
button, input, select, textarea { all: unset; background: red; padding: 2rem; border: 5px dotted blue; }
ul, ol { list-style: square; padding-left: 6em; }
li { float: left; }
h1, h2, h3, h4 { font-size: 72px; text-decoration: underline; }
a { color: red; text-decoration: none; font-weight: 900; }
p { margin: 3em 0; }
section, article { border: 0; }
`;

const BODY = `
  <article><ija-workshop-agenda src="/data/werkstattgespraech-musterstadt.json"></ija-workshop-agenda></article>
  <article><ija-partner-map src="/data/netzwerk-musterstadt.json"></ija-partner-map></article>
  <article><ija-five-point-plan src="/data/plan-musterstadt.json" editable></ija-five-point-plan></article>
  <article><ija-leitfragen-board src="/data/leitfragen-werkstatt.json" moderator></ija-leitfragen-board></article>`;

/** Every widget's box and the boxes of its first visible inner elements, relative to the widget. */
async function layout(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('article > *')].map((host) => {
      const origin = host.getBoundingClientRect();
      const inner = [...host.shadowRoot!.querySelectorAll('*')]
        .filter((el) => !['STYLE', 'SLOT'].includes(el.tagName) && el.getClientRects().length > 0)
        .slice(0, 400)
        .map((el) => {
          const r = el.getBoundingClientRect();
          return `${el.localName}.${[...el.classList].join('.')} ${Math.round(r.left - origin.left)},${Math.round(r.top - origin.top)} ${Math.round(r.width)}×${Math.round(r.height)}`;
        });
      return { tag: host.localName, width: Math.round(origin.width), inner };
    }),
  );
}

describe('hostile host CSS', () => {
  const env = embedFixture();
  before(() => {
    env.site.assets.set('hostile.css', HOSTILE_CSS);
    env.site.assets.set('neutral.css', 'body { margin: 0; font-family: sans-serif; } article { width: 760px; padding: 8px; }');
  });

  it('leaves every widget laid out exactly as on a neutral page', async () => {
    const styles = '<link rel="stylesheet" href="/asset/neutral.css">';
    env.site.pages.set('neutral', { head: styles, body: BODY });
    env.site.pages.set('hostile', { head: `${styles}<link rel="stylesheet" href="/asset/hostile.css">`, body: BODY });
    const shown: Awaited<ReturnType<typeof layout>>[] = [];
    for (const name of ['neutral', 'hostile']) {
      const { page, recording } = await openRecorded(env.browser, `${env.site.origin}/page/${name}`);
      await widgetsSettled(page);
      await page.waitForTimeout(200);
      shown.push(await layout(page));
      await page.screenshot({ path: `${process.env['IJA_SCREENSHOTS'] ?? '/tmp'}/host-css-${name}.png` });
      assert.deepEqual(recording.errors, []);
      await page.context().close();
    }
    const [neutral, hostile] = shown;
    for (const [index, widget] of neutral!.entries()) {
      assert.equal(hostile![index]!.width, widget.width, `${widget.tag}: width`);
      assert.deepEqual(hostile![index]!.inner, widget.inner, `${widget.tag}: inner layout`);
    }
  });
});
