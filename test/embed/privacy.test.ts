import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { embedFixture, startThirdParty } from './site.js';
import { addBoardIdea, openRecorded, widgetsSettled } from './browser.js';

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
  const env = embedFixture();
  let thirdParty: Awaited<ReturnType<typeof startThirdParty>>;
  before(async () => (thirdParty = await startThirdParty()));
  after(async () => thirdParty?.close());

  const otherHosts = (requests: string[]) => requests.filter((url) => !url.startsWith(env.site.origin));

  it('every element, on built-in content and on real data, in every default view: only the page’s own host', async () => {
    const tiles = `${thirdParty.origin}/{z}/{x}/{y}.png`;
    env.site.pages.set('all', {
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
    const { page, recording } = await openRecorded(env.browser, `${env.site.origin}/page/all`);
    await widgetsSettled(page);
    // A participant adds an idea on the board of this device.
    await addBoardIdea(page, 'Austausch mit der Partnerstadt');
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
    env.site.pages.set('asked', {
      body: `<ija-partner-map view="map" remember-consent tiles="/tiles/{z}/{x}/{y}.png"></ija-partner-map>
        <ija-leitfragen-board persist="local"></ija-leitfragen-board>`,
    });
    const { page } = await openRecorded(env.browser, `${env.site.origin}/page/asked`);
    await widgetsSettled(page);
    await page.locator('ija-partner-map .consent-panel button').click();
    await addBoardIdea(page, 'Gemeinsame Fahrt planen');
    await page.waitForTimeout(300);
    const stored = await storedData(page);
    assert.deepEqual(stored.local.sort(), ['ija-widgets:board:leitfragen', `ija-widgets:map-consent:${new URL(env.site.origin).host}`]);
    assert.deepEqual({ ...stored, local: [] }, NOTHING_STORED);
    await page.context().close();
  });
});
