import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { buildBundle, launchBrowser, startServer, tempDir, type RunningServer } from './helpers/e2e.js';

/**
 * End to end, one small group's board in moderated reveal, from creation to export: the real server process
 * (with --demo) on a temp SQLite file, the library bundle, headless Chromium. A moderator (signed in on
 * /moderation.html) and two participants, each in a browser of their own (one a phone, 375 × 740), who
 * join by the board's link. Each step builds on the one before. (Playwright's CSS selectors reach into
 * open shadow roots.)
 *
 * With IJA_SHOTS_DIR set, screenshots of the projector view (1280 × 720) and the phone view go there.
 */
describe('a board per group in moderated reveal, from creation to export', { timeout: 240_000 }, () => {
  const WAIT = 15_000;
  const BOARD_ID = 'gruppe-e2e';
  const shots = process.env['IJA_SHOTS_DIR'];
  let dir: { path: string; remove: () => Promise<void> };
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const problems: string[] = [];
  let moderator: Page;
  let anna: Page;
  let ben: Page;

  before(async () => {
    dir = await tempDir('ija-e2e-board-');
    const files = { db: join(dir.path, 'ija.sqlite'), dist: join(dir.path, 'dist') };
    await buildBundle(files.dist);
    server = await startServer(files);
    assert.ok(server.keys.moderator, `no moderator key printed:\n${server.output()}`);
    browser = await launchBrowser();
    if (shots) await mkdir(shots, { recursive: true });
  });

  after(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
    await dir?.remove();
  });

  /** One person's browser: a context of its own (no shared storage), noting page errors and requests to other hosts. */
  async function person(viewport: { width: number; height: number }, phone = false): Promise<BrowserContext> {
    const context = await browser.newContext({ viewport, ...(phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}) });
    context.setDefaultTimeout(WAIT);
    contexts.push(context);
    context.on('page', (page) => watch(page));
    return context;
  }

  function watch(page: Page): void {
    page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(server.url) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(`request to another host: ${url}`);
    });
  }

  const board = (page: Page) => page.locator(`ija-leitfragen-board`);
  const card = (page: Page, text: string) => board(page).locator('li.card:not(.pending)').filter({ has: page.locator('.card-text', { hasText: text }) });
  const waitForLive = (page: Page) => board(page).locator('.status', { hasText: 'Live verbunden' }).waitFor();

  async function addIdea(page: Page, text: string): Promise<void> {
    const form = board(page).locator('section.question.selected form.add');
    await form.locator('textarea').fill(text);
    await form.getByRole('button', { name: 'Idee hinzufügen' }).click();
    await card(page, text).locator('.tag', { hasText: 'Ihre Idee' }).waitFor();
  }

  async function menu(page: Page, text: string): Promise<Locator> {
    await card(page, text).getByRole('button', { name: `Aktionen für: ${text}` }).click();
    return card(page, text).locator('.menu');
  }

  it('lets the moderator sign in only with the right key', async () => {
    const context = await person({ width: 1280, height: 800 });
    moderator = await context.newPage();
    await moderator.goto(`${server.url}/moderation.html`);
    assert.equal(await board(moderator).isHidden(), true, 'no moderator controls before sign-in');
    await moderator.fill('#moderator-key', server.keys.editor);
    await moderator.click('#key-form button[type="submit"]');
    await moderator.waitForSelector('#key-status:has-text("Dieser Moderationsschlüssel passt nicht")');
    assert.equal(await board(moderator).isHidden(), true);
    assert.equal(await moderator.locator('#signed-in').isHidden(), true);
    await moderator.fill('#moderator-key', server.keys.moderator);
    await moderator.click('#key-form button[type="submit"]');
    await moderator.waitForSelector('#key-status:has-text("Angemeldet als Moderation")');
    await board(moderator).locator('.toolbar').waitFor();
    assert.equal(await moderator.inputValue('#moderator-key'), '', 'the key is not left in the field');
  });

  it('creates a board for the group from the five guiding questions, with a join link and QR code', async () => {
    await board(moderator).getByRole('button', { name: 'Boards verwalten' }).click();
    await board(moderator).getByRole('button', { name: 'Neues Board' }).click();
    await board(moderator).locator('#new-title').fill('Gruppe E2E');
    await board(moderator).locator('#new-id').fill(BOARD_ID);
    await board(moderator).getByRole('button', { name: 'Board anlegen' }).click();
    const item = board(moderator).locator(`.board-item[data-board="${BOARD_ID}"]`);
    await item.locator('svg.qr path').waitFor();
    assert.equal(await item.locator(`#join-${BOARD_ID}`).inputValue(), `${server.url}/#board=${BOARD_ID}`);
    await item.getByRole('button', { name: '„Gruppe E2E“ öffnen' }).click();
    await board(moderator).locator('h2', { hasText: 'Gruppe E2E' }).waitFor();
    await waitForLive(moderator);

    await board(moderator).getByRole('button', { name: 'Board bearbeiten' }).click();
    await board(moderator).getByLabel('erst, wenn die Moderation aufdeckt').check();
    await board(moderator).getByRole('button', { name: 'Speichern', exact: true }).click();
    await board(moderator).locator('.success-text', { hasText: 'Gespeichert.' }).waitFor();
    const stored = (await (await fetch(`${server.url}/api/boards/${BOARD_ID}`)).json()) as { questions: unknown[]; settings: { reveal: string } };
    assert.equal(stored.questions.length, 5);
    assert.equal(stored.settings.reveal, 'moderated');
  });

  it('lets two participants join by the link, one on a phone with the idea box on the first screen', async () => {
    anna = await (await person({ width: 1280, height: 800 })).newPage();
    ben = await (await person({ width: 375, height: 740 }, true)).newPage();
    for (const page of [anna, ben]) {
      await page.goto(`${server.url}/#board=${BOARD_ID}`);
      await board(page).locator('h2', { hasText: 'Gruppe E2E' }).waitFor();
      await board(page).locator('.notice', { hasText: 'sobald die Moderation sie aufdeckt' }).waitFor();
      await waitForLive(page);
    }
    const area = board(ben).locator('section.question.selected textarea');
    const box = await area.boundingBox();
    assert.ok(box && box.y >= 0 && box.y + box.height <= 740, `the idea box is on the phone's first screen: ${JSON.stringify(box)}`);
    assert.equal(await board(ben).locator('section.question.selected form.add label').textContent(), 'Ihre Idee');
    assert.equal(await ben.evaluate('document.documentElement.scrollWidth <= window.innerWidth'), true, 'no sideways scrolling');
    if (shots) await ben.screenshot({ path: join(shots, 'phone-375x740.png') });
  });

  it('shows the moderator every idea live while participants see only their own until the reveal', async () => {
    await addIdea(anna, 'Jugendberufsagentur einladen');
    await addIdea(ben, 'Schulsozialarbeit fragen');
    await addIdea(anna, 'Die Schulsozialarbeit einbinden');
    for (const text of ['Jugendberufsagentur einladen', 'Schulsozialarbeit fragen', 'Die Schulsozialarbeit einbinden']) {
      await card(moderator, text).waitFor();
    }
    assert.equal(await board(moderator).locator('.card-text', { hasText: '…' }).count(), 0, 'the moderator sees no "…"');
    assert.equal(await card(anna, 'Schulsozialarbeit fragen').count(), 0, 'covered before the reveal');
    assert.equal(await card(ben, 'Jugendberufsagentur einladen').count(), 0, 'covered before the reveal');

    await board(moderator).getByRole('button', { name: 'Ideen aufdecken' }).click();
    await card(anna, 'Schulsozialarbeit fragen').waitFor();
    await card(ben, 'Jugendberufsagentur einladen').waitFor();
  });

  it('holds one vote budget per participant across tabs', async () => {
    for (const text of ['Schulsozialarbeit fragen', 'Schulsozialarbeit fragen', 'Jugendberufsagentur einladen']) {
      const before = await card(anna, text).locator('.vote-count').textContent();
      await card(anna, text).locator('button.vote').click();
      await card(anna, text).locator('.vote-count').filter({ hasNotText: before ?? '' }).waitFor();
    }
    await board(anna).locator('.votes-left', { hasText: 'Alle Stimmen vergeben' }).waitFor();
    const secondTab = await anna.context().newPage();
    await secondTab.goto(`${server.url}/#board=${BOARD_ID}`);
    await board(secondTab).locator('.votes-left', { hasText: 'Alle Stimmen vergeben' }).waitFor();
    assert.equal(await card(secondTab, 'Die Schulsozialarbeit einbinden').locator('button.vote').isDisabled(), true);
    // Reopened, her own ideas are still hers to edit.
    await card(secondTab, 'Die Schulsozialarbeit einbinden').getByRole('button', { name: '„Die Schulsozialarbeit einbinden“ bearbeiten' }).waitFor();
    await secondTab.close();
    await card(ben, 'Schulsozialarbeit fragen').locator('button.vote').click();
    await card(moderator, 'Schulsozialarbeit fragen').locator('.vote-count', { hasText: '3 Stimmen' }).waitFor();
  });

  it('merges two ideas after a confirmation in a dialog, the merged text stays visible for everyone', async () => {
    await (await menu(moderator, 'Die Schulsozialarbeit einbinden')).getByRole('button', { name: 'Zusammenführen mit …' }).click();
    const dialog = board(moderator).locator('dialog[open]');
    await dialog.getByLabel('Schulsozialarbeit fragen').check();
    await dialog.getByRole('button', { name: 'Zusammenführen', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    for (const page of [moderator, anna, ben]) {
      await card(page, 'Schulsozialarbeit fragen').locator('.merged', { hasText: 'Die Schulsozialarbeit einbinden' }).waitFor();
    }
    assert.equal(await card(anna, 'Die Schulsozialarbeit einbinden').count(), 0);
    await (await menu(moderator, 'Schulsozialarbeit fragen')).getByRole('button', { name: 'Als zentrale Erkenntnis markieren' }).click();
    await card(ben, 'Schulsozialarbeit fragen').locator('.insight-tag').waitFor();
  });

  it('presents the question on a projector: full screen, ideas by votes, join link and QR code, no toolbar', async () => {
    await moderator.setViewportSize({ width: 1280, height: 720 });
    await board(moderator).getByRole('button', { name: 'Präsentation' }).click();
    const presentation = board(moderator).locator('.presentation');
    await presentation.waitFor();
    await board(moderator).getByRole('button', { name: 'Vollbild' }).click();
    // (Strings: the server's types have no DOM.)
    await moderator.waitForFunction("document.fullscreenElement?.localName === 'ija-leitfragen-board'");
    await presentation.locator('svg.qr path').waitFor();
    assert.equal(await board(moderator).locator('.toolbar').count(), 0, 'no toolbar in the presentation');
    assert.deepEqual(await presentation.locator('.presentation-cards > li > .card-text').allTextContents(), [
      'Schulsozialarbeit fragen',
      'Jugendberufsagentur einladen',
    ]);
    assert.equal(await presentation.locator('.join-url').textContent(), `${server.url}/#board=${BOARD_ID}`);
    if (shots) await moderator.screenshot({ path: join(shots, 'projector-1280x720.png') });
    await moderator.keyboard.press('PageDown');
    await presentation.locator('.presentation-count', { hasText: 'Frage 2 von 5' }).waitFor();
    await moderator.keyboard.press('ArrowLeft');
    await presentation.locator('.presentation-count', { hasText: 'Frage 1 von 5' }).waitFor();
    await moderator.keyboard.press('Escape');
    await moderator.waitForFunction('document.fullscreenElement === null');
    await board(moderator).getByRole('button', { name: 'Zurück zum Board' }).click();
    await board(moderator).locator('.toolbar').waitFor();
  });

  it('takes the key insight into the plan and exports the results with the merged idea', async () => {
    await board(moderator).getByRole('button', { name: 'Ergebnisse' }).click();
    await board(moderator).locator('.results .to-plan').click();
    const dialog = board(moderator).locator('dialog[open]');
    await dialog.getByLabel('Werkstattgespräche durchführen').check();
    await dialog.getByRole('button', { name: 'Übernehmen' }).click();
    await board(moderator).locator('.success-text', { hasText: 'Als Schritt übernommen in: Werkstattgespräche durchführen' }).waitFor();
    const plan = (await (await fetch(`${server.url}/api/plans/fuenf-punkte-plan`)).json()) as {
      points: { id: string; steps?: { text: string; source?: { boardId: string } }[] }[];
    };
    const step = plan.points.find((point) => point.id === 'werkstattgespraeche')?.steps?.find((s) => s.text === 'Schulsozialarbeit fragen');
    assert.equal(step?.source?.boardId, BOARD_ID, 'the step says which board it came from');

    const download = async (name: string) => {
      const [file] = await Promise.all([moderator.waitForEvent('download'), board(moderator).getByRole('button', { name }).click()]);
      return readFile((await file.path())!, 'utf8');
    };
    const markdown = await download('Als Markdown herunterladen');
    assert.match(markdown, /^# Gruppe E2E/);
    assert.match(markdown, /- Schulsozialarbeit fragen \(3 Stimmen; Frage: .*\)\n {2}- Zusammengeführt: Die Schulsozialarbeit einbinden/);
    const csv = await download('Als Tabelle (CSV) herunterladen');
    assert.match(csv, /"Schulsozialarbeit fragen";"3";"Ja";"Die Schulsozialarbeit einbinden"\r\n/);
    const json = JSON.parse(await download('Als JSON herunterladen')) as { cards: { text: string; merged?: { text: string }[] }[] };
    assert.deepEqual(json.cards.find((c) => c.text === 'Schulsozialarbeit fragen')?.merged?.map((m) => m.text), ['Die Schulsozialarbeit einbinden']);
    assert.deepEqual(problems, []);
  });

  it('signs the moderator out: the key is forgotten and the controls are gone', async () => {
    await moderator.click('#sign-out');
    assert.equal(await board(moderator).isHidden(), true);
    await moderator.waitForSelector('#key-status:has-text("Abgemeldet")');
  });
});
