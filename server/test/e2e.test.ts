import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { buildBundle, launchBrowser, restartServer, startServer, tempDir, type RunningServer } from './helpers/e2e.js';

/**
 * End to end: the real server process (with --demo) on a temp SQLite file, the library bundle, headless Chromium,
 * pages as a visitor and a moderator use them. (Playwright's CSS selectors reach into open shadow roots.)
 */
describe('demo site against the reference server', { timeout: 180_000 }, () => {
  let dir: { path: string; remove: () => Promise<void> };
  let files: { db: string; dist: string };
  let server: RunningServer;
  let browser: Browser;

  before(async () => {
    dir = await tempDir('ija-e2e-');
    files = { db: join(dir.path, 'ija.sqlite'), dist: join(dir.path, 'dist') };
    await buildBundle(files.dist);
    server = await startServer(files);
    for (const role of ['network', 'editor', 'moderator'] as const) assert.ok(server.keys[role], `no ${role} key printed:\n${server.output()}`);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    await dir?.remove();
  });

  /** A page (in its own context, or in `context`: one person's browser) that notes page errors and requests elsewhere. */
  async function open(path: string, context?: BrowserContext): Promise<Page> {
    const page = await (context ?? browser).newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    // The demo pages run under the strict CSP with Trusted Types: any violation is a problem.
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy|Trusted ?HTML|TrustedScript/i.test(message.text())) problems.push(message.text());
    });
    page.on('request', (request) => {
      if (!request.url().startsWith(server.url) && !request.url().startsWith('data:') && !request.url().startsWith('blob:')) {
        problems.push(`request to another host: ${request.url()}`);
      }
    });
    (page as Page & { problems: string[] }).problems = problems;
    await page.goto(`${server.url}${path}`);
    return page;
  }

  async function signIn(page: Page, key: string): Promise<void> {
    await page.fill('#editor-key', key);
    await page.click('#key-form button');
    await page.waitForSelector('#key-status:has-text("Angemeldet")');
  }

  it('switches every widget to another language live on the languages page, Arabic right to left', async () => {
    const page = await open('/sprachen.html');
    await page.waitForSelector('ija-workshop-agenda li.item');
    await page.selectOption('#language', 'ar');
    // Playwright's locators reach into the widgets' shadow roots (the page's CSP forbids string evaluation).
    await page.getByRole('button', { name: 'إضافة فكرة' }).first().waitFor();
    for (const tag of ['ija-workshop-agenda', 'ija-leitfragen-board', 'ija-five-point-plan', 'ija-partner-map']) {
      assert.equal(await page.locator(tag).first().getAttribute('dir'), 'rtl', tag);
    }
    // The factsheet's content stays German and says so.
    assert.equal(await page.locator('ija-workshop-agenda h2').first().getAttribute('lang'), 'de');
    await page.selectOption('#language', 'pl');
    await page.waitForSelector('ija-workshop-agenda:not([dir])');
    await page.getByText('Postęp ogółem').first().waitFor();
    assert.deepEqual((page as Page & { problems: string[] }).problems, []);
    await page.close();
  });

  it('shows every widget with the seeded data and sends nothing elsewhere', async () => {
    const page = await open('/');
    await page.waitForSelector('ija-partner-map .partner');
    await page.waitForSelector('ija-workshop-agenda li.item');
    await page.waitForSelector('ija-five-point-plan li.point');
    assert.equal(await page.locator('ija-five-point-plan li.point').count(), 5);
    assert.deepEqual((page as Page & { problems: string[] }).problems, []);
    await page.close();
  });

  it('saves the agenda editor through the server, and a reload keeps it', async () => {
    const page = await open('/moderation.html');
    await signIn(page, server.keys.editor);
    const duration = page.locator('ija-workshop-agenda li.item').first().locator('input[type="number"]');
    await duration.fill('25');
    await duration.dispatchEvent('change');
    await page.locator('ija-workshop-agenda button:has-text("Speichern")').click();
    await page.waitForSelector('ija-workshop-agenda .save-status:has-text("Gespeichert.")');
    await page.reload();
    await page.waitForSelector('ija-workshop-agenda li.item');
    const end = await page.locator('ija-workshop-agenda li.item').first().locator('time').nth(1).textContent();
    assert.equal(end, '10:55');
    await page.close();
  });

  it('keeps plan edits after a reload', async () => {
    const page = await open('/moderation.html');
    await signIn(page, server.keys.editor);
    const select = page.locator('ija-five-point-plan li.point[data-id="netzwerk"] select');
    await select.selectOption('in-progress');
    await page.waitForSelector('ija-five-point-plan li.point[data-id="netzwerk"] .save-state:has-text("Gespeichert.")');
    await page.reload();
    await page.waitForSelector('ija-five-point-plan li.point');
    const status = await page.locator('ija-five-point-plan li.point[data-id="netzwerk"] .status').textContent();
    assert.match(status ?? '', /In Arbeit/);
    await page.close();
  });

  it('stores a join request from the partner map for the network key holder', async () => {
    const page = await open('/');
    await page.click('ija-partner-map #tab-join');
    await page.fill('ija-partner-map #join-name', 'Jugendkunstschule Musterstadt');
    await page.selectOption('ija-partner-map #join-category', 'jugendarbeit');
    await page.fill('ija-partner-map #join-contactName', 'Robin Beispiel');
    await page.fill('ija-partner-map #join-email', 'robin@jugendkunstschule.example');
    await page.fill('ija-partner-map #join-address', 'Am Markt 1, 45457 Musterstadt');
    await page.check('ija-partner-map #join-publish');
    await page.click('ija-partner-map button:has-text("Anfrage senden")');
    await page.waitForSelector('ija-partner-map .join-done');
    const response = await fetch(`${server.url}/api/partners/requests`, {
      headers: { authorization: `Bearer ${server.keys.network}` },
    });
    assert.equal(response.status, 200);
    const body = (await response.json()) as { requests?: { name: string }[] } | { name: string }[];
    const requests = Array.isArray(body) ? body : (body.requests ?? []);
    const stored = requests.find((request) => request.name === 'Jugendkunstschule Musterstadt') as Record<string, unknown> | undefined;
    assert.ok(stored);
    assert.equal(stored['publish'], true, 'the consent to publication reaches the server');
    assert.equal(stored['address'], 'Am Markt 1, 45457 Musterstadt');
    await page.close();
  });

  it('lets the network team accept that request on the admin page, and the partner is public', async () => {
    const page = await open('/verwaltung.html');
    await page.fill('#network-key', server.keys.editor);
    await page.click('#key-form button');
    await page.waitForSelector('#key-status:has-text("Dieser Schlüssel passt nicht")');
    assert.equal(await page.locator('ija-partner-map').isHidden(), true);
    await page.fill('#network-key', server.keys.network);
    await page.click('#key-form button');
    await page.waitForSelector('#signed-in:has-text("Angemeldet")');
    await page.click('ija-partner-map button:has-text("Prüfen und aufnehmen: Jugendkunstschule Musterstadt")');
    assert.equal(await page.inputValue('ija-partner-map #pf-address'), 'Am Markt 1, 45457 Musterstadt');
    await page.fill('ija-partner-map #pf-lat', '51,4312');
    await page.fill('ija-partner-map #pf-lng', '6,8765');
    await page.click('ija-partner-map button:has-text("Aufnehmen und veröffentlichen")');
    await page.waitForSelector('ija-partner-map [role="status"]:has-text("aufgenommen")');
    const visitor = await open('/');
    // The list shows 20 partners at first: the visitor looks the new one up.
    await visitor.fill('ija-partner-map input[type="search"]', 'Jugendkunstschule');
    await visitor.waitForSelector('ija-partner-map .partner-name:has-text("Jugendkunstschule Musterstadt")');
    await page.click('#sign-out');
    assert.equal(await page.locator('ija-partner-map').isHidden(), true);
    assert.deepEqual((page as Page & { problems: string[] }).problems, []);
    await visitor.close();
    await page.close();
  });

  /**
   * The Leitfragen board between several people, in order: each step builds on the one before (the
   * idea of the first step is the one reloaded, delivered next to, and marked as a key insight).
   */
  describe('the Leitfragen board, live between several people', () => {
    const WAIT = 10_000;
    const stamp = Date.now().toString(36);
    /** Short enough (at most 60 characters) that button names carry it whole. */
    const idea = `Austausch im Jugendzentrum vorstellen ${stamp}`;
    const offlineIdea = `Workcamp-Plätze für Azubis ${stamp}`;
    let personA: BrowserContext;
    let personB: BrowserContext;
    let pageA: Page;
    let pageB: Page;

    before(async () => {
      personA = await browser.newContext();
      personB = await browser.newContext();
      for (const context of [personA, personB]) context.setDefaultTimeout(WAIT);
    });

    after(async () => {
      await personA?.close();
      await personB?.close();
    });

    const board = (page: Page) => page.locator('ija-leitfragen-board');
    /** A card (not one still being sent) with this text. */
    const card = (page: Page, text: string, classes = '') =>
      board(page).locator(`li.card${classes}:not(.pending)`).filter({ has: page.locator('.card-text', { hasText: text }) });
    const pendingCard = (page: Page, text: string) =>
      board(page).locator('li.card.pending').filter({ has: page.locator('.card-text', { hasText: text }) });
    const status = (page: Page) => board(page).locator('.status');

    async function openBoard(context: BrowserContext): Promise<Page> {
      const page = await open('/', context);
      await waitForLive(page);
      return page;
    }

    async function waitForLive(page: Page, timeout = WAIT): Promise<void> {
      await status(page).filter({ hasText: 'Live verbunden' }).waitFor({ timeout });
    }

    async function addIdea(page: Page, text: string): Promise<void> {
      const form = board(page).locator('section.question').first().locator('form.add');
      await form.locator('textarea').fill(text);
      await form.locator('button', { hasText: 'Idee hinzufügen' }).click();
    }

    async function storedCards(text: string): Promise<number> {
      const response = await fetch(`${server.url}/api/boards/leitfragen`, { headers: { 'x-ija-client': 'e2e-api-reader' } });
      assert.equal(response.status, 200);
      const stored = (await response.json()) as { cards: { text: string }[] };
      return stored.cards.filter((c) => c.text === text).length;
    }

    function problems(page: Page): string[] {
      return (page as Page & { problems: string[] }).problems;
    }

    async function exactlyOne(cards: Locator): Promise<void> {
      await cards.first().waitFor({ timeout: WAIT });
      assert.equal(await cards.count(), 1);
    }

    it('a card added on one page appears on another', async () => {
      pageA = await openBoard(personA);
      pageB = await openBoard(personB);
      await addIdea(pageA, idea);
      await exactlyOne(card(pageA, idea, '.mine'));
      // B's page learns of it through the event stream, without a reload.
      await card(pageB, idea).waitFor({ timeout: 5_000 });
      await exactlyOne(board(pageB).locator('section.question').first().locator('li.card:not(.mine)', { hasText: idea }));
    });

    it('reload keeps everything', async () => {
      await pageB.reload();
      await exactlyOne(card(pageB, idea));
      assert.equal(await card(pageB, idea, '.mine').count(), 0, 'B sees the idea as somebody else’s');
      await pageA.reload();
      // Same tab, same session: still A's own idea.
      await exactlyOne(card(pageA, idea, '.mine'));
      await waitForLive(pageA);
      await waitForLive(pageB);
    });

    it('the outbox delivers exactly once after the server was down', async () => {
      await waitForLive(pageA);
      assert.equal(await server.stop('SIGTERM'), 0, `the server did not stop cleanly:\n${server.output()}`);
      await status(pageA).filter({ hasText: 'Keine Verbindung' }).waitFor({ timeout: WAIT });

      await addIdea(pageA, offlineIdea);
      const pending = pendingCard(pageA, offlineIdea);
      await pending.filter({ hasText: 'Wird gesendet' }).waitFor({ timeout: WAIT });
      const outbox = await pageA.evaluate(() => sessionStorage.getItem('ija-board-outbox:leitfragen'));
      assert.ok(outbox?.includes(offlineIdea), `the idea is not in the outbox: ${outbox}`);

      server = await restartServer(server, files);
      assert.doesNotMatch(server.output(), /seeded|Neue Schlüssel|New keys/, `the restarted server seeded or made keys:\n${server.output()}`);
      // The outbox backs off up to 30 s; the browser's `online` event makes it try at once.
      await pageA.evaluate("window.dispatchEvent(new Event('online'))"); // (a string: the server's types have no DOM)
      await pending.waitFor({ state: 'detached', timeout: WAIT });
      await exactlyOne(card(pageA, offlineIdea, '.mine'));
      assert.equal(await pageA.evaluate(() => sessionStorage.getItem('ija-board-outbox:leitfragen')), null, 'the outbox is empty');
      assert.equal(await storedCards(offlineIdea), 1, 'the idea is stored exactly once');
      assert.equal(await storedCards(idea), 1, 'the earlier idea is still there, once');

      // Both pages find the server again by themselves (the event stream reconnects).
      await waitForLive(pageA, 20_000);
      await waitForLive(pageB, 20_000);
      await exactlyOne(card(pageB, offlineIdea));
    });

    it('the moderator marks a key insight that everyone sees', async () => {
      const moderator = await browser.newContext();
      moderator.setDefaultTimeout(WAIT);
      try {
        const page = await open('/moderation.html', moderator);
        await page.fill('#moderator-key', server.keys.moderator);
        await page.click('#key-form button');
        await page.waitForSelector('#key-status:has-text("Angemeldet")', { timeout: WAIT });
        const moderated = page.locator('#moderation ija-leitfragen-board');
        const ideaCard = moderated.locator('li.card').filter({ has: page.locator('.card-text', { hasText: idea }) });
        await ideaCard.getByRole('button', { name: `Aktionen für: ${idea}`, exact: true }).click();
        await ideaCard.getByRole('button', { name: 'Als zentrale Erkenntnis markieren' }).click();
        await moderated
          .locator('li.card.insight')
          .filter({ has: page.locator('.card-text', { hasText: idea }) })
          .waitFor({ timeout: WAIT });
        assert.equal(await moderated.locator('[role="alert"].error-text').count(), 0, 'the moderator sees no error');

        await exactlyOne(card(pageA, idea, '.insight.mine'));
        await exactlyOne(card(pageB, idea, '.insight'));
        assert.equal(await card(pageA, offlineIdea, '.insight').count(), 0, 'only the marked idea is a key insight');
        assert.deepEqual(problems(page), []);
        assert.deepEqual(problems(pageA), []);
        assert.deepEqual(problems(pageB), []);
      } finally {
        await moderator.close();
      }
    });
  });
});
