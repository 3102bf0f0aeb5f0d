import { mkdir } from 'node:fs/promises';

/**
 * Emulation the built-in wtr commands lack for the Chrome launcher, through the DevTools protocol:
 *   executeServerCommand('emulate-forced-colors', { active })   forced-colors media feature
 *   executeServerCommand('emulate-timezone', { timezoneId })     the visitor's time zone ('' resets)
 *   executeServerCommand('print-page-count')                      pages when the page is printed on A4
 *   executeServerCommand('save-screenshot', { name })             the whole page as test-results/screens/<name>.png
 */
export function emulationPlugin() {
  // Emulation ends with the DevTools session that set it, so each page keeps its session.
  const sessions = new WeakMap();
  async function clientFor(session) {
    const page = session.browser.getPage(session.id);
    if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
    return sessions.get(page);
  }
  return {
    name: 'ija-emulation',
    async executeCommand({ command, payload, session }) {
      if (command === 'emulate-forced-colors') {
        const client = await clientFor(session);
        // Replaces other emulated media features (wtr's emulateMedia sets them again when needed).
        await client.send('Emulation.setEmulatedMedia', {
          features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
        });
        return true;
      }
      if (command === 'emulate-timezone') {
        const client = await clientFor(session);
        await client.send('Emulation.setTimezoneOverride', { timezoneId: payload?.timezoneId ?? '' });
        return true;
      }
      if (command === 'save-screenshot') {
        const page = session.browser.getPage(session.id);
        const name = String(payload?.name ?? 'page').replace(/[^\w.-]+/g, '_');
        await mkdir('test-results/screens', { recursive: true });
        await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
        return true;
      }
      if (command === 'print-page-count') {
        const page = session.browser.getPage(session.id);
        // A media type emulated by an earlier test would otherwise win over print.
        await page.emulateMediaType('print');
        const bytes = Buffer.from(await page.pdf({ format: 'A4', printBackground: true }));
        await page.emulateMediaType(undefined);
        const pdf = bytes.toString('latin1');
        return (pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      }
      return undefined;
    },
  };
}
