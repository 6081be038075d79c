/**
 * `executeServerCommand('lp-emulate-media', { 'prefers-color-scheme': 'dark', 'forced-colors': 'active' })`
 * emulates CSS media features through the DevTools protocol. web-test-runner's own emulateMedia
 * cannot force colours in Chromium (Puppeteer rejects that feature), and themes must be tested there.
 */
const sessions = new WeakMap();

async function devtoolsFor(page) {
  let session = sessions.get(page);
  if (!session) {
    session = await page.createCDPSession();
    sessions.set(page, session);
  }
  return session;
}

export function mediaPlugin() {
  return {
    name: 'lp-emulate-media',
    async executeCommand({ command, payload, session }) {
      if (command !== 'lp-emulate-media') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('lp-emulate-media needs the Chromium launcher');
      const page = session.browser.getPage(session.id);
      const features = Object.entries(payload ?? {}).map(([name, value]) => ({ name, value: String(value) }));
      await (await devtoolsFor(page)).send('Emulation.setEmulatedMedia', { features });
      return true;
    },
  };
}
