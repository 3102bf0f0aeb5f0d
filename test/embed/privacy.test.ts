import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, tempDir } from '../../server/test/helpers/e2e.js';
import { buildDropIn, startSite, startThirdParty, type Site } from './site.js';
import { openRecorded, widgetsSettled } from './browser.js';

/** What the page keeps in the visitor's browser: cookies and every kind of storage. */
async function storedData(page: Page) {
  const inPage = await page.evaluate(async () => ({
    cookie: document.cookie,
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
    indexedDb: (await indexedDB.databases()).map((db) => db.name),
    caches: 'caches' in window ? await caches.keys() : [],
  }));
  return { ...inPage, cookies: (await page.context().cookies()).map((c) => c.name) };
}

const NOTHING_STORED = { cookie: '', local: [], session: [], indexedDb: [], caches: [], cookies: [] };

describe('privacy: no request to another host, no cookie, no storage unless the page asks', () => {
  let browser: Browser;
  let site: Site;
  let thirdParty: Awaited<ReturnType<typeof startThirdParty>>;
  let removeDist: () => Promise<void>;

  before(async () => {
    const dist = await tempDir('ija-dist-');
    removeDist = dist.remove;
    await buildDropIn(dist.path);
    site = await startSite(dist.path);
    thirdParty = await startThirdParty();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await site?.close();
    await thirdParty?.close();
    await removeDist?.();
  });

  const otherHosts = (requests: string[]) => requests.filter((url) => !url.startsWith(site.origin));

  it('every element, on built-in content and on real data, in every default view: only the page’s own host', async () => {
    const tiles = `${thirdParty.origin}/{z}/{x}/{y}.png`;
    site.pages.set('all', {
      body: `
        <ija-workshop-agenda></ija-workshop-agenda>
        <ija-workshop-agenda src="/data/werkstattgespraech-musterstadt.json" structured-data></ija-workshop-agenda>
        <ija-partner-map></ija-partner-map>
        <ija-partner-map src="/data/netzwerk-musterstadt.json" view="map" tiles="${tiles}"></ija-partner-map>
        <ija-partner-map src="/data/netzwerk-musterstadt.json" view="gaps"></ija-partner-map>
        <ija-five-point-plan></ija-five-point-plan>
        <ija-five-point-plan src="/data/plan-musterstadt.json" mode="check"></ija-five-point-plan>
        <ija-leitfragen-board></ija-leitfragen-board>
        <ija-leitfragen-board src="/data/leitfragen-werkstatt.json" moderator view="results"></ija-leitfragen-board>
        <div data-ija="partner-map" data-view="map"></div>`,
    });
    const { page, recording } = await openRecorded(browser, `${site.origin}/page/all`);
    await widgetsSettled(page);
    // A participant adds an idea on the board of this device.
    await page.evaluate(() => {
      const area = document.querySelector('ija-leitfragen-board')!.shadowRoot!.querySelector('textarea')!;
      area.value = 'Austausch mit der Partnerstadt';
      area.dispatchEvent(new Event('input'));
      area.closest('form')!.requestSubmit();
    });
    await page.waitForTimeout(500);
    assert.deepEqual(otherHosts(recording.requests), []);
    assert.deepEqual(thirdParty.requests, []);
    assert.deepEqual(await storedData(page), NOTHING_STORED);
    assert.deepEqual(recording.errors, []);

    // The recording sees other hosts: after the visitor agrees, the tiles come from the tile host.
    const map = page.locator('ija-partner-map').nth(1);
    await map.locator('.consent-panel button').click();
    await page.waitForFunction(() => document.querySelectorAll('ija-partner-map')[1]!.shadowRoot!.querySelector('.leaflet-tile-loaded') !== null);
    assert.ok(otherHosts(recording.requests).every((url) => url.startsWith(thirdParty.origin)));
    assert.ok(thirdParty.requests.length > 0, 'no tile was requested after consent');
    assert.deepEqual(await storedData(page), NOTHING_STORED, 'consent without remember-consent must not be stored');
    await page.context().close();
  });

  it('stores only what the page asked for: the map consent with remember-consent, the board with persist="local"', async () => {
    site.pages.set('asked', {
      body: `<ija-partner-map view="map" remember-consent tiles="/tiles/{z}/{x}/{y}.png"></ija-partner-map>
        <ija-leitfragen-board persist="local"></ija-leitfragen-board>`,
    });
    const { page } = await openRecorded(browser, `${site.origin}/page/asked`);
    await widgetsSettled(page);
    await page.locator('ija-partner-map .consent-panel button').click();
    await page.evaluate(() => {
      const area = document.querySelector('ija-leitfragen-board')!.shadowRoot!.querySelector('textarea')!;
      area.value = 'Gemeinsame Fahrt planen';
      area.dispatchEvent(new Event('input'));
      area.closest('form')!.requestSubmit();
    });
    await page.waitForTimeout(300);
    const stored = await storedData(page);
    assert.deepEqual(stored.local.sort(), ['ija-widgets:board:leitfragen', `ija-widgets:map-consent:${new URL(site.origin).host}`]);
    assert.deepEqual({ ...stored, local: [] }, NOTHING_STORED);
    await page.context().close();
  });
});
