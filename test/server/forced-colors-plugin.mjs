/**
 * `executeServerCommand('emulate-forced-colors', { active })`: wtr's emulateMedia has no
 * forced-colors option for the Chrome launcher (and puppeteer refuses the name), so this asks the
 * DevTools protocol directly. It replaces other emulated media features.
 */
export function forcedColorsPlugin() {
  // Emulation ends with the DevTools session that set it, so each page keeps its session.
  const sessions = new WeakMap();
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      const client = sessions.get(page);
      await client.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}
