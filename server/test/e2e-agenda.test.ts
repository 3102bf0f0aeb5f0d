import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildBundle, launchBrowser, startServer, tempDir, type RunningServer } from './helpers/e2e.js';

/**
 * End to end, the agenda of a Werkstattgespräch: the real server process (with --demo) on a temp SQLite
 * file, the library bundle, headless Chromium. An organiser edits the whole agenda in one browser and
 * saves it; a viewer who has the public page open in another browser sees the change without reloading.
 *
 * The organiser's page is the test's own (served under the server's origin, so `/api` and `/dist` are the
 * real ones): a key form and an editable agenda, as a municipal site would build it. (Playwright's CSS
 * selectors reach into open shadow roots.)
 */

const AGENDA_ID = 'werkstattgespraech';

/** The organiser's page: the editor key goes into the adapter as a header, never into a URL or storage. */
const ORGANISER_PAGE = `<!doctype html>
<html lang="de">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Tagesablauf bearbeiten – Stadt Musterstadt</title>
    <script type="module" src="/dist/cdn/ija-widgets.js"></script>
    <script type="module">
      import { createFetchAdapter } from '/dist/cdn/ija-widgets.js';
      const form = document.getElementById('key-form');
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        const key = String(new FormData(form).get('editor') ?? '').trim();
        if (!key) return;
        const agenda = document.querySelector('ija-workshop-agenda');
        // Signed in once the agenda is loaded again through the adapter with the key.
        agenda.addEventListener('ija-load', () => (document.getElementById('key-status').textContent = 'Angemeldet.'), { once: true });
        agenda.adapter = createFetchAdapter({ baseUrl: '/api', headers: { authorization: 'Bearer ' + key } });
        form.reset();
      });
    </script>
  </head>
  <body>
    <main>
      <h1>Tagesablauf bearbeiten</h1>
      <form id="key-form">
        <label for="editor-key">Redaktionsschlüssel</label>
        <input id="editor-key" name="editor" type="password" autocomplete="off" />
        <button type="submit">Anmelden</button>
        <p id="key-status" role="status"></p>
      </form>
      <ija-workshop-agenda api="/api" agenda-id="${AGENDA_ID}" editable></ija-workshop-agenda>
    </main>
  </body>
</html>`;

describe('the agenda: edited completely by an organiser, seen live by a viewer', { timeout: 180_000 }, () => {
  let dir: { path: string; remove: () => Promise<void> };
  let server: RunningServer;
  let browser: Browser;

  before(async () => {
    dir = await tempDir('ija-e2e-agenda-');
    const files = { db: join(dir.path, 'ija.sqlite'), dist: join(dir.path, 'dist') };
    await buildBundle(files.dist);
    server = await startServer(files);
    assert.ok(server.keys.editor, `no editor key printed:\n${server.output()}`);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    await dir?.remove();
  });

  /** A page in its own browser context (one person's browser) that notes page errors. */
  async function open(context: BrowserContext, path: string): Promise<Page & { problems: string[] }> {
    const page = (await context.newPage()) as Page & { problems: string[] };
    page.problems = [];
    page.on('pageerror', (error) => page.problems.push(error.message));
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(server.url) && !url.startsWith('data:') && !url.startsWith('blob:')) page.problems.push(`request to another host: ${url}`);
    });
    await page.goto(`${server.url}${path}`);
    return page;
  }

  it('an organiser changes title, date, place, an item and inserts one; sees what moved; saves; a viewer sees it without reloading', async () => {
    // The viewer has the public page open before anything is changed.
    const viewerContext = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const viewer = await open(viewerContext, '/');
    const navigations: string[] = [];
    viewer.on('framenavigated', (frame) => {
      if (frame === viewer.mainFrame()) navigations.push(frame.url());
    });
    const viewerAgenda = viewer.locator('ija-workshop-agenda');
    await viewerAgenda.locator('li.item').first().waitFor();

    // The organiser, in another browser.
    const organiserContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await organiserContext.route(`${server.url}/e2e-agenda.html`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: ORGANISER_PAGE }),
    );
    const organiser = await open(organiserContext, '/e2e-agenda.html');
    const agenda = organiser.locator('ija-workshop-agenda');
    await agenda.locator('.details-toggle').waitFor();
    await organiser.fill('#editor-key', server.keys.editor);
    await organiser.click('#key-form button[type="submit"]');
    await organiser.waitForSelector('#key-status:has-text("Angemeldet")');
    await agenda.locator('li.item').first().waitFor();

    // The agenda's own details.
    await agenda.locator('.details-toggle').click();
    await agenda.locator('#details-title').fill('Werkstattgespräch Musterstadt: Internationale Jugendarbeit für alle');
    await agenda.locator('#details-date').fill('2030-05-15');
    await agenda.locator('#details-location').fill('Rathaus Musterstadt, Ratssaal');
    await agenda.locator('#details-form button[type="submit"]').click();
    await agenda.locator('h2:has-text("Internationale Jugendarbeit für alle")').waitFor();

    // One item's title, speaker and description, in its "Bearbeiten" form.
    const input = agenda.locator('li[data-id="input"]');
    await input.locator('.edit-toggle').click();
    const form = input.locator('form');
    await form.locator('input[name="title"]').fill('Input: Was Studien über Mobilität zeigen');
    await form.locator('input[name="speaker"]').fill('Dr. Jana Beispiel, Fachhochschule Musterstadt');
    await form.locator('textarea[name="description"]').fill('Warum Auslandserfahrungen gerade Jugendlichen im Übergang Schule–Beruf helfen.');
    await form.locator('button[type="submit"]').click();
    await input.locator('.speaker:has-text("Dr. Jana Beispiel")').waitFor();

    // A new item after the regional presentation: the practice example no longer fits before lunch.
    const add = agenda.locator('.add-form');
    await add.locator('input[name="title"]').fill('Markt der Möglichkeiten');
    await add.locator('input[name="duration"]').fill('20');
    await add.locator('select[name="after"]').selectOption('vorstellung-region');
    await add.locator('button[type="submit"]').click();

    // Before saving, the organiser sees what moved.
    const notice = agenda.locator('.move-notice');
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    assert.match(text, /„Mittagspause“ bleibt 12:30 bis 13:30 Uhr\./);
    assert.match(text, /„Praxisbeispiel“ rückt hinter „Mittagspause“ auf 13:30 bis 13:55 Uhr \(vorher 12:05 bis 12:30 Uhr\)\./);
    assert.match(text, /Ende jetzt 16:25 Uhr statt 16:00 Uhr\./);
    assert.match((await agenda.locator('[aria-live="polite"]').textContent()) ?? '', /Ende jetzt 16:25 Uhr statt 16:00 Uhr/);

    await agenda.locator('button:has-text("Speichern")').click();
    await agenda.locator('.save-status:has-text("Gespeichert.")').waitFor();
    assert.equal(await notice.count(), 0, 'once saved, the saved agenda is the reference');

    // The server has it.
    const stored = (await (await fetch(`${server.url}/api/agendas/${AGENDA_ID}`)).json()) as {
      title: string;
      date: string;
      location: string;
      items: { id: string; title: string; start: string; speaker?: string }[];
    };
    assert.equal(stored.date, '2030-05-15');
    assert.equal(stored.location, 'Rathaus Musterstadt, Ratssaal');
    assert.deepEqual(
      stored.items.map((item) => `${item.start} ${item.title}`).slice(3, 7),
      ['11:35 Vorstellung: Angebote und Konzept der Region', '12:05 Markt der Möglichkeiten', '12:30 Mittagspause', '13:30 Praxisbeispiel'],
    );

    // The viewer's page shows it within one poll (15 s), without a reload, and says so.
    await viewerAgenda.locator('h2:has-text("Internationale Jugendarbeit für alle")').waitFor({ timeout: 20_000 });
    const header = (await viewerAgenda.locator('header').textContent()) ?? '';
    assert.match(header, /Mittwoch, 15\. Mai 2030/);
    assert.match(header, /Rathaus Musterstadt, Ratssaal/);
    const viewerInput = viewerAgenda.locator('li[data-id="input"]');
    assert.equal(await viewerInput.locator('.title').textContent(), 'Input: Was Studien über Mobilität zeigen');
    assert.equal(await viewerInput.locator('.speaker').textContent(), 'Mit Dr. Jana Beispiel, Fachhochschule Musterstadt');
    await viewerAgenda.locator('li.item:has-text("Markt der Möglichkeiten")').waitFor();
    assert.equal(await viewerAgenda.locator('li[data-id="praxisbeispiel"] time').first().textContent(), '13:30');
    assert.equal((await viewerAgenda.locator('[aria-live="polite"]').textContent())?.trim(), 'Der Ablauf wurde geändert.');
    assert.deepEqual(navigations, [], 'the viewer did not reload');

    // Polling is cheap: the browser revalidates with the ETag (the server answers 304 while nothing changed).
    const poll = await viewer.waitForRequest((request) => request.url().endsWith(`/api/agendas/${AGENDA_ID}`), { timeout: 20_000 });
    const response = await poll.response();
    const etag = (await response?.allHeaders())?.['etag'];
    assert.ok(etag, 'the agenda is sent with an ETag');
    assert.equal((await poll.allHeaders())['if-none-match'], etag, 'the poll revalidates with If-None-Match');

    assert.deepEqual(viewer.problems, []);
    assert.deepEqual(organiser.problems, []);
    await viewerContext.close();
    await organiserContext.close();
  });

  it('keeps what the organiser typed when the input is wrong, and the keyboard leads to each error', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 700 } });
    await context.route(`${server.url}/e2e-agenda.html`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: ORGANISER_PAGE }),
    );
    const page = await open(context, '/e2e-agenda.html');
    const agenda = page.locator('ija-workshop-agenda');
    const lunch = agenda.locator('li[data-id="mittagspause"]');
    await lunch.locator('.edit-toggle').focus();
    await page.keyboard.press('Enter');
    const form = lunch.locator('form');
    await form.locator('input[name="title"]').fill('');
    await form.locator('input[name="end"]').fill('12:00');
    await form.locator('input[name="title"]').focus();
    await page.keyboard.press('Enter');
    const summary = form.locator('.error-summary');
    await summary.waitFor();
    assert.match((await summary.textContent()) ?? '', /Titel: Bitte einen Titel eingeben\..*Ende: Das Ende muss nach dem Beginn liegen\./s);
    assert.equal(await form.locator('input[name="end"]').inputValue(), '12:00');
    // No sideways scrolling at 320 px with the form open.
    const widths = await page.evaluate(() => {
      // The server's type check has no DOM library: the page's document, typed by hand.
      const root = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }).document.documentElement;
      return [root.scrollWidth, root.clientWidth];
    });
    assert.ok(widths[0]! <= widths[1]!, `scrolls sideways: ${widths.join(' > ')}`);
    await page.keyboard.press('Escape');
    assert.equal(await form.count(), 0);
    assert.deepEqual(page.problems, []);
    await context.close();
  });
});
