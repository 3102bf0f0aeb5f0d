import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { embedFixture } from './site.js';
import { openRecorded, widgetsSettled } from './browser.js';

/** The policy the README promises: nothing inline, Trusted Types with Lit's and our policy only. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html ija-widgets";

/** 300 partners inline (a `<script type="application/json">` is data, not script): the virtualised list. */
function manyPartners(): string {
  const categories = ['vereine', 'jugendarbeit', 'politik', 'schule-beruf'];
  const partners = Array.from({ length: 300 }, (_, i) => ({
    id: `p${i}`,
    name: `Jugendverein Nummer ${i}`,
    category: categories[i % 4],
    location: { lat: 51.4 + (i % 20) / 100, lng: 7.0 + (i % 15) / 100 },
  }));
  return JSON.stringify({ partners });
}

describe('every element under a strict Content Security Policy', () => {
  const env = embedFixture();

  const pages: Record<string, string> = {
    'built-in content': `<ija-workshop-agenda></ija-workshop-agenda><ija-partner-map></ija-partner-map>
      <ija-five-point-plan></ija-five-point-plan><ija-leitfragen-board></ija-leitfragen-board>`,
    'real data, edit and special modes': `
      <ija-workshop-agenda src="/data/werkstattgespraech-musterstadt.json" editable structured-data></ija-workshop-agenda>
      <ija-workshop-agenda src="/data/werkstattgespraech-musterstadt.json" variant="projector"></ija-workshop-agenda>
      <ija-partner-map src="/data/netzwerk-musterstadt.json" view="gaps"></ija-partner-map>
      <ija-five-point-plan src="/data/plan-musterstadt.json" editable></ija-five-point-plan>
      <ija-five-point-plan mode="check"></ija-five-point-plan>
      <ija-leitfragen-board src="/data/leitfragen-werkstatt.json" moderator view="results"></ija-leitfragen-board>
      <ija-leitfragen-board src="/data/leitfragen-werkstatt.json" view="presentation"></ija-leitfragen-board>`,
    'the map after consent, a long virtualised list': `
      <ija-partner-map src="/data/netzwerk-musterstadt.json" view="map" consent="granted" tiles="/tiles/{z}/{x}/{y}.png"></ija-partner-map>
      <ija-partner-map><script type="application/json">${manyPartners()}</script></ija-partner-map>`,
    'bad data and a missing file': `
      <ija-workshop-agenda src="/data/agenda-fehlerhaft.json"></ija-workshop-agenda>
      <ija-partner-map src="/data/gibt-es-nicht.json"></ija-partner-map>`,
    'placeholders': `<div data-ija="provider" lang="en"><div data-ija="five-point-plan"></div><div data-ija="leitfragen-board" data-moderator></div></div>`,
  };

  for (const [name, body] of Object.entries(pages)) {
    it(`${name}: renders with no violation and no error`, async () => {
      const path = name.replace(/\W+/g, '-');
      env.site.pages.set(path, { body, csp: STRICT_CSP });
      const { page, recording } = await openRecorded(env.browser, `${env.site.origin}/page/${path}`);
      await widgetsSettled(page);
      // Use what is there: open each details, press the first button of the board's form.
      await page.evaluate(() => {
        for (const el of document.querySelectorAll('ija-leitfragen-board')) {
          const area = el.shadowRoot!.querySelector('textarea');
          if (area) {
            area.value = 'Eine Idee unter strenger CSP';
            area.dispatchEvent(new Event('input'));
            area.closest('form')!.requestSubmit();
          }
        }
      });
      if (name.startsWith('the map')) {
        await page.waitForFunction(() => document.querySelector('ija-partner-map')!.shadowRoot!.querySelector('.leaflet-container .leaflet-tile-loaded') !== null);
      }
      await page.waitForTimeout(300);
      const expectedErrors = name.startsWith('bad data') ? recording.errors.filter((e) => !/404|Failed to load resource/.test(e)) : recording.errors;
      assert.deepEqual(await recording.violations(), []);
      assert.deepEqual(expectedErrors, []);
      assert.equal(await page.evaluate(() => typeof (window as unknown as { trustedTypes?: unknown }).trustedTypes), 'object');
      // The policy is enforced: a string into innerHTML is refused on this page.
      const refused = await page.evaluate(() => {
        try {
          document.createElement('div').innerHTML = '<b>x</b>';
          return false;
        } catch {
          return true;
        }
      });
      assert.equal(refused, true, 'Trusted Types are not enforced on the test page');
      await page.context().close();
    });
  }

  it('window.litNonce: where styles go into <style> elements, they carry the nonce and apply', async () => {
    // Browsers without constructed style sheets get <style> elements from Lit; simulated here.
    env.site.assets.set('nonce.js', "window.litNonce = 'r4nd0m'; delete Document.prototype.adoptedStyleSheets;");
    env.site.pages.set('nonce', {
      head: '<script src="/asset/nonce.js"></script>',
      body: '<ija-five-point-plan></ija-five-point-plan><ija-workshop-agenda></ija-workshop-agenda>',
      csp: STRICT_CSP.replace("style-src 'self'", "style-src 'self' 'nonce-r4nd0m'"),
    });
    const { page, recording } = await openRecorded(env.browser, `${env.site.origin}/page/nonce`);
    await widgetsSettled(page);
    const styles = await page.evaluate(() => {
      const root = document.querySelector('ija-five-point-plan')!.shadowRoot!;
      return {
        elements: root.querySelectorAll('style').length,
        nonces: [...root.querySelectorAll('style')].every((style) => style.nonce === 'r4nd0m'),
        // The host's own rule (display: block) applies only if the style element was allowed.
        display: getComputedStyle(document.querySelector('ija-five-point-plan')!).display,
      };
    });
    assert.ok(styles.elements > 0, 'Lit did not fall back to <style> elements');
    assert.equal(styles.nonces, true);
    assert.equal(styles.display, 'block');
    assert.deepEqual(await recording.violations(), []);
    assert.deepEqual(recording.errors, []);
    await page.context().close();
  });
});
