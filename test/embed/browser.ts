import type { Browser, Page } from 'playwright-core';

/** What a page did that a strict site must know about: CSP violations, errors, and every request. */
export interface Recording {
  violations: () => Promise<string[]>;
  errors: string[];
  requests: string[];
}

/** Opens a page that records CSP violations (from before its first script), page errors, console errors and requests. */
export async function openRecorded(browser: Browser, url: string, viewport = { width: 1280, height: 900 }): Promise<{ page: Page; recording: Recording }> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const recording: Recording = {
    errors: [],
    requests: [],
    violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations ?? []),
  };
  await page.addInitScript(() => {
    const store: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = store;
    document.addEventListener('securitypolicyviolation', (event) =>
      store.push(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`),
    );
  });
  page.on('pageerror', (error) => recording.errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') recording.errors.push(`console: ${message.text()}`);
  });
  page.on('request', (request) => recording.requests.push(request.url()));
  await page.goto(url);
  return { page, recording };
}

/** Waits until every `ija-*` element on the page has rendered and none shows a loading state (on-demand code is in). */
export async function widgetsSettled(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const widgets = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('ija-') && el.localName !== 'ija-provider');
      return (
        widgets.length > 0 &&
        widgets.every((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0 && !el.shadowRoot.querySelector('.state.loading'))
      );
    },
    undefined,
    { timeout },
  );
}

/** Types a new idea into the first board on the page and submits it (a participant on this device). */
export async function addBoardIdea(page: Page, text: string): Promise<void> {
  await page.evaluate((idea) => {
    const area = document.querySelector('ija-leitfragen-board')!.shadowRoot!.querySelector('textarea')!;
    area.value = idea;
    area.dispatchEvent(new Event('input'));
    area.closest('form')!.requestSubmit();
  }, text);
}
