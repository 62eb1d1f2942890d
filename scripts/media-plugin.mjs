// A web-test-runner command, `emulate-media-features`, that emulates prefers-color-scheme,
// prefers-reduced-motion and forced-colors together in Chromium, over the DevTools protocol
// (the stock emulateMedia command forwards forced-colors only to Playwright, and puppeteer's
// own emulateMediaFeatures refuses it). Each call sets the whole list, so a feature left out
// goes back to the browser's own value. Other browsers get an error saying they cannot.
const sessions = new WeakMap();
export function mediaFeaturesPlugin() {
  return {
    name: 'emulate-media-features',
    async executeCommand({command, payload, session}) {
      if (command !== 'emulate-media-features') return undefined;
      if (session.browser.type !== 'puppeteer')
        throw new Error(
          `media emulation is not supported for browser type ${session.browser.type}`,
        );
      const page = session.browser.getPage(session.id);
      const names = {
        colorScheme: 'prefers-color-scheme',
        reducedMotion: 'prefers-reduced-motion',
        forcedColors: 'forced-colors',
      };
      const features = Object.entries(names)
        .filter(([key]) => payload?.[key] != null)
        .map(([key, name]) => ({name, value: payload[key]}));
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', {media: '', features});
      return true;
    },
  };
}
