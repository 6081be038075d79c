/**
 * Real browser tabs for tests that cannot use frames: `executeServerCommand('lp-tab', …)` opens a
 * page in the test page's browser context (so it shares IndexedDB and Web Locks with it), takes it
 * offline and back as a lost connection would (DevTools network emulation, which the test page
 * itself cannot undergo without losing its link to the test runner), evaluates script in it, and
 * closes it as a user closing the tab would (pagehide fires).
 *
 *   { action: 'open', url }             → id
 *   { action: 'offline', id, offline }
 *   { action: 'evaluate', id, expression } → the expression's (awaited, JSON) value
 *   { action: 'close', id }
 */
const tabs = new Map();
let nextId = 1;

export function tabPlugin() {
  return {
    name: 'lp-tab',
    async executeCommand({ command, payload, session }) {
      if (command !== 'lp-tab') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('lp-tab needs the Chromium launcher');
      const { action, id, url, offline, expression } = payload;
      if (action === 'open') {
        const testPage = session.browser.getPage(session.id);
        const page = await testPage.browserContext().newPage();
        await page.goto(new URL(url, testPage.url()).href);
        const tabId = nextId++;
        tabs.set(tabId, page);
        return tabId;
      }
      const page = tabs.get(id);
      if (!page) throw new Error(`no tab ${id}`);
      if (action === 'offline') await page.setOfflineMode(Boolean(offline));
      else if (action === 'evaluate') return page.evaluate(expression);
      else if (action === 'close') {
        tabs.delete(id);
        await page.close({ runBeforeUnload: false });
      } else throw new Error(`unknown tab action ${action}`);
      return true;
    },
    async serverStop() {
      await Promise.all([...tabs.values()].map((page) => page.close().catch(() => undefined)));
      tabs.clear();
    },
  };
}
