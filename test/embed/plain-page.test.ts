import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { embedFixture } from './site.js';
import { openRecorded, widgetsSettled } from './browser.js';

/** The README's fallback pattern: text inside the element until it has loaded, and guidance without JavaScript. */
const WITH_FALLBACK = `
  <ija-partner-map src="/data/netzwerk-musterstadt.json">
    <p class="fallback">Das Partnernetzwerk wird geladen. <a href="/data/netzwerk-musterstadt.json">Liste als Datei</a></p>
  </ija-partner-map>
  <noscript><p class="noscript">Für das Partnernetzwerk bitte JavaScript einschalten.</p></noscript>`;

describe('a plain HTML page', () => {
  const env = embedFixture();

  it('one script tag and one element: the copied dist/ folder works, on-demand files come from beside the bundle', async () => {
    env.site.pages.set('plain', { body: '<ija-five-point-plan mode="check"></ija-five-point-plan>' });
    const { page, recording } = await openRecorded(env.browser, `${env.site.origin}/page/plain`);
    await widgetsSettled(page);
    assert.equal(await page.locator('ija-five-point-plan .self-check h3').count(), 1);
    const scripts = recording.requests.filter((url) => url.endsWith('.js')).map((url) => new URL(url).pathname);
    assert.ok(scripts.every((path) => path.startsWith('/dist/ija-widgets')), scripts.join(', '));
    assert.ok(scripts.length >= 2, 'the self-check should come from a sibling file');
    assert.deepEqual(recording.errors, []);
    await page.context().close();
  });

  it('the built-in content needs no second round trip: the agenda and the partner list show from the drop-in alone, never loading', async () => {
    env.site.pages.set('built-in', { body: '<ija-workshop-agenda></ija-workshop-agenda><ija-partner-map></ija-partner-map>' });
    const context = await env.browser.newContext();
    const page = await context.newPage();
    // Every loading state that is ever rendered, from the first script on.
    await page.addInitScript(() => {
      const seen: string[] = ((window as unknown as { loadingSeen: string[] }).loadingSeen = []);
      new MutationObserver(() => {
        for (const el of document.querySelectorAll('ija-workshop-agenda, ija-partner-map')) {
          if (el.shadowRoot?.querySelector('.loading')) seen.push(el.localName);
          else if (el.shadowRoot && !(el as unknown as { observed?: boolean }).observed) {
            (el as unknown as { observed?: boolean }).observed = true;
            new MutationObserver(() => el.shadowRoot!.querySelector('.loading') && seen.push(el.localName)).observe(el.shadowRoot, { childList: true, subtree: true });
          }
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const scripts: string[] = [];
    page.on('request', (request) => request.url().endsWith('.js') && scripts.push(new URL(request.url()).pathname));
    await page.goto(`${env.site.origin}/page/built-in`);
    await widgetsSettled(page);
    await page.locator('ija-workshop-agenda ol.items li').first().waitFor();
    await page.locator('ija-partner-map .empty-network').waitFor();
    assert.deepEqual(await page.evaluate(() => (window as unknown as { loadingSeen: string[] }).loadingSeen), []);
    assert.deepEqual(scripts, ['/dist/ija-widgets.js']);
    await context.close();
  });

  it('the drop-in and the agenda\'s first render on built-in content make no Intl object (the first of a page costs a cold start 15–30 ms)', async () => {
    env.site.pages.set('no-intl', { body: '<ija-workshop-agenda></ija-workshop-agenda>' });
    const context = await env.browser.newContext();
    const page = await context.newPage();
    // A string, not a function: tsx would name the handler with a helper the page does not have.
    await page.addInitScript(`
      window.intlMade = [];
      for (const name of ['Collator', 'PluralRules', 'DateTimeFormat', 'NumberFormat', 'ListFormat', 'RelativeTimeFormat', 'Segmenter', 'DisplayNames']) {
        Intl[name] = new Proxy(Intl[name], { construct: (target, args) => (window.intlMade.push(name), Reflect.construct(target, args)) });
      }`);
    await page.goto(`${env.site.origin}/page/no-intl`);
    await page.locator('ija-workshop-agenda ol.items li').first().waitFor();
    assert.deepEqual(await page.evaluate(() => (window as unknown as { intlMade: string[] }).intlMade), []);
    await context.close();
  });

  it('with ija-widgets.css, a widget holds its space from the first paint to its content: the text below does not jump', async () => {
    env.site.pages.set('reserved', {
      head: '<link rel="stylesheet" href="/dist/ija-widgets.css">',
      body: '<h1>Unser Plan</h1><ija-five-point-plan src="/data/plan-musterstadt.json"></ija-five-point-plan><footer id="below" style="block-size: 20rem; background: #eee">Kontakt: Jugendamt</footer>',
    });
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const shifts: number[] = ((window as unknown as { shifts: number[] }).shifts = []);
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) shifts.push(entry.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    // A slow data file (venue Wi-Fi): the loading state is painted for a while before the plan arrives.
    await page.route('**/data/plan-musterstadt.json', async (route) => {
      await new Promise((wait) => setTimeout(wait, 600));
      await route.continue();
    });
    await page.goto(`${env.site.origin}/page/reserved`);
    await page.locator('ija-five-point-plan .point').first().waitFor();
    await page.waitForTimeout(300);
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    const cls = shifts.reduce((sum, value) => sum + value, 0);
    assert.ok(cls <= 0.05, `layout shift ${cls.toFixed(3)} (${shifts.map((value) => value.toFixed(3)).join(', ')})`);
    await context.close();
  });

  it('a German page downloads no language table; a Turkish page only its own, from beside the bundle, right to left only for Arabic', async () => {
    const widgets = '<ija-workshop-agenda></ija-workshop-agenda><ija-leitfragen-board></ija-leitfragen-board>';
    env.site.pages.set('german', { body: widgets });
    env.site.pages.set('turkish', { lang: 'tr', body: widgets });
    env.site.pages.set('arabic', { lang: 'ar', body: widgets });
    // The sibling files for languages: /dist/ija-widgets-<name>-<hash>.js.
    const tables = (requests: string[]) =>
      requests.flatMap((url) => /\/dist\/ija-widgets-(en|tr|ar|uk|pl|de-x-leichte-sprache|other-languages)-[\w-]+\.js$/.exec(new URL(url).pathname)?.[1] ?? []);

    const german = await openRecorded(env.browser, `${env.site.origin}/page/german`);
    await widgetsSettled(german.page);
    assert.deepEqual(tables(german.recording.requests), []);
    await german.page.context().close();

    const turkish = await openRecorded(env.browser, `${env.site.origin}/page/turkish`);
    await widgetsSettled(turkish.page);
    await turkish.page.waitForSelector('ija-leitfragen-board button:has-text("Fikir ekle")');
    assert.deepEqual(tables(turkish.recording.requests).sort(), ['other-languages', 'tr']);
    assert.equal(await turkish.page.locator('ija-workshop-agenda').getAttribute('dir'), null);
    assert.deepEqual(turkish.recording.errors, []);
    await turkish.page.context().close();

    const arabic = await openRecorded(env.browser, `${env.site.origin}/page/arabic`);
    await widgetsSettled(arabic.page);
    await arabic.page.waitForSelector('ija-workshop-agenda[dir="rtl"]');
    assert.deepEqual(arabic.recording.errors, []);
    await arabic.page.context().close();
  });

  it('bad venue Wi-Fi: when a language table does not arrive, the widget shows German, marked so, and gets the table on a later change', async () => {
    env.site.pages.set('offline-table', { lang: 'uk', body: '<div id="box"><ija-leitfragen-board></ija-leitfragen-board></div>' });
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    let blocked = true;
    await page.route(/ija-widgets-uk-[\w-]+\.js(\?.*)?$/, (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
    await page.goto(`${env.site.origin}/page/offline-table`);
    await widgetsSettled(page);
    await page.waitForSelector('ija-leitfragen-board[lang="de"]');
    await page.getByRole('button', { name: 'Idee hinzufügen' }).first().waitFor();
    assert.ok(warnings.some((text) => text.includes('could not load the texts for "uk"')), warnings.join('\n'));

    blocked = false;
    await page.locator('#box').evaluate((box) => box.setAttribute('lang', 'uk-UA'));
    await page.getByRole('button', { name: 'Додати ідею' }).first().waitFor();
    assert.equal(await page.locator('ija-leitfragen-board').getAttribute('lang'), null);
    await context.close();
  });

  it('two copies of the bundle (a theme and a plugin): no error, every element works, placeholders too', async () => {
    env.site.pages.set('two', {
      script: false,
      head: '<script type="module" src="/dist/ija-widgets.js"></script><script type="module" src="/copy/ija-widgets.js"></script>',
      body: `<ija-workshop-agenda></ija-workshop-agenda><ija-leitfragen-board></ija-leitfragen-board>
        <div data-ija="partner-map" data-view="gaps"></div>`,
    });
    const { page, recording } = await openRecorded(env.browser, `${env.site.origin}/page/two`);
    await widgetsSettled(page);
    assert.ok(recording.requests.some((url) => url.includes('/copy/ija-widgets.js')), 'the second copy was not loaded');
    assert.equal(await page.locator('ija-partner-map .gaps').count(), 1);
    assert.equal(await page.locator('ija-workshop-agenda li.item').count() > 0, true);
    assert.deepEqual(recording.errors, []);
    await page.context().close();
  });

  it('shows the fallback text in reserved space before the element upgrades, and the noscript guidance without JavaScript', async () => {
    // The README's rule that reserves the widget's space until it is defined (no jump when it upgrades).
    env.site.assets.set('reserve.css', 'ija-partner-map:not(:defined) { display: block; min-block-size: 20rem; }');
    env.site.pages.set('fallback', { head: '<link rel="stylesheet" href="/asset/reserve.css">', body: WITH_FALLBACK });
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${env.site.origin}/page/fallback`);
    assert.equal(await page.locator('.fallback').isVisible(), true);
    assert.equal(await page.locator('.noscript').isVisible(), true);
    const reserved = await page.locator('ija-partner-map').boundingBox();
    assert.ok(reserved && reserved.height >= 320, `space reserved before the upgrade: ${reserved?.height}px`);
    await context.close();

    const { page: live, recording } = await openRecorded(env.browser, `${env.site.origin}/page/fallback`);
    await widgetsSettled(live);
    // The element's own view replaces the fallback; the fallback stays in the page for search engines.
    assert.equal(await live.locator('.fallback').isVisible(), false);
    assert.equal(await live.locator('ija-partner-map .partner').first().isVisible(), true);
    assert.deepEqual(recording.errors, []);
    await live.context().close();
  });
});
