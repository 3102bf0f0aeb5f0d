import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Plan } from '../../src/core/schemas/plan.js';
import { buildBundle, launchBrowser, startServer, tempDir, type RunningServer } from './helpers/e2e.js';

/**
 * End to end: two editors change the same plan point at once, each in their own browser (one at phone size),
 * against the real server process (--demo, SQLite) with the library bundle. Neither change is lost silently:
 * ticks of different steps are both kept; of two statuses set at once, one is saved and the other editor
 * is shown both versions and chooses. (Playwright's CSS selectors reach into open shadow roots.)
 */

const PLAN_ID = 'fuenf-punkte-plan';
const POINT = 'ija-five-point-plan li.point[data-id="netzwerk"]';

/** A page of the editor's site: the plan, editable, with the editor key in the adapter; it looks for changes every 2 s. */
function editorPage(key: string): string {
  return `<!doctype html>
<html lang="de">
  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>5-Punkte-Plan bearbeiten</title></head>
  <body>
    <main id="main"><h1>5-Punkte-Plan bearbeiten</h1></main>
    <script type="module">
      import { createFetchAdapter } from '/dist/cdn/ija-widgets.js';
      const plan = document.createElement('ija-five-point-plan');
      plan.adapter = createFetchAdapter({ baseUrl: '/api', headers: { authorization: ${JSON.stringify(`Bearer ${key}`)} } });
      plan.setAttribute('plan-id', ${JSON.stringify(PLAN_ID)});
      plan.setAttribute('refresh-seconds', '2');
      plan.editable = true;
      document.getElementById('main').append(plan);
    </script>
  </body>
</html>`;
}

async function until<T>(what: string, find: () => Promise<T | undefined | false>, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const found = await find();
    if (found !== undefined && found !== false) return found;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('two editors change one plan point at once', { timeout: 180_000 }, () => {
  let dir: { path: string; remove: () => Promise<void> };
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const problems: string[] = [];

  before(async () => {
    dir = await tempDir('ija-e2e-plan-');
    const files = { db: join(dir.path, 'ija.sqlite'), dist: join(dir.path, 'dist') };
    await buildBundle(files.dist);
    server = await startServer(files);
    assert.ok(server.keys.editor, `no editor key printed:\n${server.output()}`);
    browser = await launchBrowser();
  });

  after(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
    await dir?.remove();
  });

  /** One editor's browser: its own context (no shared storage), at desktop or phone size. */
  async function editor(viewport: { width: number; height: number }): Promise<Page> {
    const context = await browser.newContext({ viewport });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('request', (request) => {
      if (!request.url().startsWith(server.url)) problems.push(`request to another host: ${request.url()}`);
    });
    await page.route(`${server.url}/e2e-plan.html`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: editorPage(server.keys.editor) }),
    );
    await page.goto(`${server.url}/e2e-plan.html`);
    await page.locator(`${POINT} .status-field select`).waitFor();
    await page.locator(`${POINT} button.toggle`).click();
    return page;
  }

  async function stored(): Promise<Plan> {
    const response = await fetch(`${server.url}/api/plans/${PLAN_ID}`);
    assert.equal(response.status, 200);
    return (await response.json()) as Plan;
  }

  const box = (page: Page, index: number) => page.locator(`${POINT} .steps input[type="checkbox"]`).nth(index);
  const saveState = (page: Page) => page.locator(`${POINT} .save-state`).textContent();

  it('keeps both ticks of different steps, and each editor sees the other\'s', async () => {
    const [a, b] = [await editor({ width: 1280, height: 900 }), await editor({ width: 375, height: 800 })];
    await Promise.all([box(a, 0).check(), box(b, 1).check()]);
    await until('both saved', async () => (await saveState(a))?.trim() === 'Gespeichert.' && (await saveState(b))?.trim() === 'Gespeichert.');
    assert.deepEqual(
      (await stored()).points[0]!.steps!.map((step) => step.done),
      [true, true, false, false],
      'both ticks are stored',
    );
    // Within a look or two, each browser shows the other's tick too.
    await until('a sees b\'s tick', async () => (await box(a, 1).isChecked()) || undefined);
    await until('b sees a\'s tick', async () => (await box(b, 0).isChecked()) || undefined);
    assert.deepEqual(problems, []);
  });

  it('saves one of two statuses set at once and shows the other editor both versions to choose from', async () => {
    const [a, b] = [await editor({ width: 1280, height: 900 }), await editor({ width: 375, height: 800 })];
    const select = (page: Page) => page.locator(`${POINT} .status-field select`);
    await Promise.all([select(a).selectOption('done'), select(b).selectOption('in-progress')]);
    // Exactly one of them meets the other's change; the other is saved.
    const [second, first, mine, theirs] = await until('a conflict', async () => {
      // a chose "Erledigt", b "In Arbeit".
      if (await a.locator(`${POINT} .conflict`).isVisible()) return [a, b, 'Erledigt', 'In Arbeit'] as const;
      if (await b.locator(`${POINT} .conflict`).isVisible()) return [b, a, 'In Arbeit', 'Erledigt'] as const;
      return undefined;
    });
    await until('the first saved', async () => (await saveState(first))?.trim() === 'Gespeichert.');
    const versions = (await second.locator(`${POINT} .conflict .versions`).innerText()).replace(/\s+/g, ' ').trim();
    assert.equal(versions, `Stand Ihre Fassung: ${mine} Gespeicherte Fassung: ${theirs}`);
    assert.equal((await stored()).points[0]!.status, theirs === 'Erledigt' ? 'done' : 'in-progress', 'the first editor\'s status is stored');
    // The conflict is where the second editor is working.
    assert.equal(await second.locator(`${POINT} .conflict h4`).evaluate((h) => h === (h.getRootNode() as unknown as { activeElement: unknown }).activeElement), true);

    // The second editor keeps theirs: now that is stored, and the first sees it on the next look.
    await second.locator(`${POINT} .conflict button:has-text("Meine Fassung speichern")`).click();
    await until('the second saved', async () => (await saveState(second))?.trim() === 'Gespeichert.');
    const expected = mine === 'Erledigt' ? 'done' : 'in-progress';
    assert.equal((await stored()).points[0]!.status, expected);
    await until('the first sees the second\'s status', async () => (await select(first).inputValue()) === expected || undefined);
    assert.deepEqual(problems, []);
  });
});
