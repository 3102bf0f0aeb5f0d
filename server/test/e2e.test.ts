import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildBundle, launchBrowser, startServer, tempDir, type RunningServer } from './helpers/e2e.js';

/**
 * End to end: the real server process on a temp SQLite file, the library bundle, headless Chromium,
 * pages as a visitor and a moderator use them. (Playwright's CSS selectors reach into open shadow roots.)
 */
describe('demo site against the reference server', { timeout: 120_000 }, () => {
  let dir: { path: string; remove: () => Promise<void> };
  let server: RunningServer;
  let browser: Browser;

  before(async () => {
    dir = await tempDir('ija-e2e-');
    await buildBundle(join(dir.path, 'dist'));
    server = await startServer({ db: join(dir.path, 'ija.sqlite'), dist: join(dir.path, 'dist') });
    assert.ok(server.keys.editor, `no editor key printed:\n${server.output()}`);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    await dir?.remove();
  });

  async function open(path: string): Promise<Page> {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
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

  it('stores a join request from the partner map for the moderator', async () => {
    const page = await open('/');
    await page.click('ija-partner-map #tab-join');
    await page.fill('ija-partner-map #join-name', 'Jugendkunstschule Musterstadt');
    await page.selectOption('ija-partner-map #join-category', 'jugendarbeit');
    await page.fill('ija-partner-map #join-contactName', 'Robin Beispiel');
    await page.fill('ija-partner-map #join-email', 'robin@jugendkunstschule.example');
    await page.click('ija-partner-map button:has-text("Anfrage senden")');
    await page.waitForSelector('ija-partner-map .join-done');
    const response = await fetch(`${server.url}/api/partners/requests`, {
      headers: { authorization: `Bearer ${server.keys.moderator}` },
    });
    assert.equal(response.status, 200);
    const body = (await response.json()) as { requests?: { name: string }[] } | { name: string }[];
    const requests = Array.isArray(body) ? body : (body.requests ?? []);
    assert.ok(requests.some((request) => request.name === 'Jugendkunstschule Musterstadt'));
    await page.close();
  });
});
