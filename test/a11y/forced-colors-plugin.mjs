/**
 * A test-runner command, `ksb-forced-colors`, that emulates
 * `(forced-colors: active)` in Chromium through the DevTools protocol
 * (`Emulation.setEmulatedMedia`). `emulateMedia` from
 * @web/test-runner-commands passes `forcedColors` on only with Playwright.
 * Firefox over WebDriver BiDi has no such emulation: the command throws there.
 */
export function forcedColorsPlugin() {
  // Emulation lasts as long as the protocol session that set it: one kept per page.
  const sessions = new WeakMap();
  return {
    name: 'ksb-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'ksb-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      if (session.browser.type !== 'puppeteer' || session.browser.name === 'Firefox' || !page?.createCDPSession) {
        throw new Error(`forced-colors emulation is not available in ${session.browser.name}`);
      }
      // Puppeteer's emulateMediaFeatures rejects forced-colors, which the protocol itself supports.
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
      return true;
    },
  };
}
