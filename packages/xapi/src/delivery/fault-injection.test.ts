import { expect } from '@open-wc/testing';
import { expectExactlyStored, localLrs, validateStatements, waitFor } from '@lp-elements/test-support';
import type { RecorderNotice } from '../recorder/notices.js';
import type { Statement } from '../types.js';
import { randomUuid } from '../uuid.js';
import { createFaultProxy, type FaultProxy } from '../testing/fault-proxy.js';
import type { RecorderFrame } from '../testing/recorder-frame.js';
import { openBrowserTab } from '../testing/tab.js';

/** A recorder page in an iframe: a stand-in for a browser tab (same origin, shared IndexedDB and locks). */
interface Tab {
  readonly iframe: HTMLIFrameElement;
  readonly frame: () => RecorderFrame;
}

async function openTab(params: Record<string, string>): Promise<Tab> {
  const iframe = document.createElement('iframe');
  iframe.src = `/packages/xapi/src/testing/recorder-frame.html?${new URLSearchParams(params).toString()}`;
  document.body.append(iframe);
  const frame = () => {
    const current = iframe.contentWindow?.lpFrame;
    if (!current) throw new Error('the recorder frame is not ready');
    return current;
  };
  await waitFor('the recorder frame', () => Boolean(iframe.contentWindow?.lpFrame));
  return { iframe, frame };
}

async function reloadTab(tab: Tab): Promise<void> {
  const before = tab.frame();
  tab.iframe.contentWindow?.location.reload();
  await waitFor('the reloaded frame', () => {
    const current = tab.iframe.contentWindow?.lpFrame;
    return current !== undefined && current !== before;
  });
}

const noticesOf = (tab: Tab, type: RecorderNotice['type']) => tab.frame().notices.filter((n) => n.type === type);

async function expectValid(statements: readonly Statement[]): Promise<void> {
  const warnings = await validateStatements(statements);
  expect(warnings.flat(), 'Learning Locker validator warnings').to.deep.equal([]);
}

describe('delivery under faults (through a fault-injecting proxy to the real LRS)', function () {
  this.timeout(30_000);

  let proxy: FaultProxy;
  let auth: string;
  let registration: string;
  let queue: string;
  const tabs: Tab[] = [];

  /** Short retry settings keep the suite fast; the logic is the one pages get. */
  const params = (extra: Record<string, string> = {}) => ({
    endpoint: proxy.endpoint,
    auth,
    registration,
    queue,
    retryBaseMs: '100',
    retryMaxMs: '400',
    timeoutMs: '400',
    flushDelayMs: '20',
    ...extra,
  });

  const tab = async (extra?: Record<string, string>) => {
    const opened = await openTab(params(extra));
    tabs.push(opened);
    return opened;
  };

  beforeEach(async () => {
    const lrs = await localLrs();
    auth = lrs.auth;
    proxy = await createFaultProxy(lrs.endpoint);
    registration = randomUuid();
    queue = `lp-xapi-faults-${registration}`;
  });

  afterEach(async () => {
    for (const opened of tabs.splice(0)) opened.iframe.remove();
    await proxy.close();
  });

  it('retries 500 and 503 answers until the LRS takes the batch', async () => {
    await proxy.faults([{ status: 500, times: 2 }, { status: 503 }]);
    const first = await tab();
    const ids = await first.frame().record(20, 'server-errors');
    await expectValid(await expectExactlyStored(registration, ids));
    expect((await proxy.stats()).injected).to.equal(3);
    expect(noticesOf(first, 'failed').map((n) => n.type === 'failed' && n.status)).to.deep.equal([500, 500, 503]);
  });

  it('waits as long as a 429 Retry-After asks', async () => {
    await proxy.faults([{ status: 429, retryAfter: '1' }]);
    const first = await tab();
    const started = Date.now();
    const ids = await first.frame().record(5, 'too-many');
    await expectValid(await expectExactlyStored(registration, ids));
    expect(Date.now() - started).to.be.at.least(1000);
    const [failed] = noticesOf(first, 'failed');
    expect(failed?.type === 'failed' && failed.retryInMs).to.equal(1000);
  });

  it('retries requests that time out, and the LRS keeps one copy of a batch it stored but never confirmed', async () => {
    await proxy.faults([{ hangMs: 1000 }, { holdMs: 900 }]);
    const first = await tab();
    const ids = await first.frame().record(10, 'timeouts');
    await waitFor('the recorder to be confirmed', () => noticesOf(first, 'sent').length > 0);
    await expectValid(await expectExactlyStored(registration, ids));
    const stats = await proxy.stats();
    expect(stats.injected).to.equal(2);
    expect(stats.postedStatements, 'the held batch went to the LRS twice').to.equal(20);
  });

  it('keeps statements while connections are refused and sends them once the LRS is back', async () => {
    await proxy.down();
    const first = await tab();
    const ids = await first.frame().record(10, 'refused');
    await waitFor('a failed attempt', () => noticesOf(first, 'failed').length > 0);
    expect(first.frame().recorder.queueLength).to.equal(10);
    await proxy.up();
    await expectValid(await expectExactlyStored(registration, ids));
  });

  it('sends as soon as the browser is back online', async () => {
    // A real tab: taking the test page itself offline would cut its link to the test runner.
    // Long retry delays: only the `online` event can explain a prompt delivery.
    const query = new URLSearchParams(params({ retryBaseMs: '60000', retryMaxMs: '60000' })).toString();
    const browserTab = await openBrowserTab(`/packages/xapi/src/testing/recorder-frame.html?${query}`);
    try {
      await browserTab.setOffline(true);
      const ids = await browserTab.evaluate<string[]>(`window.lpFrame.record(10, 'offline')`);
      await waitFor('a failed attempt', () =>
        browserTab.evaluate<boolean>(`window.lpFrame.notices.some((n) => n.type === 'failed' && n.status === 0)`),
      );
      expect(await browserTab.evaluate<boolean>('navigator.onLine')).to.equal(false);
      await browserTab.setOffline(false);
      await expectValid(await expectExactlyStored(registration, ids, 5000));
    } finally {
      await browserTab.close();
    }
  });

  it('loses and duplicates nothing when the page reloads in the middle of a flush', async () => {
    // The LRS stores the batch, but its answer never reaches the page that sent it.
    await proxy.faults([{ holdMs: 3000 }]);
    const first = await tab({ timeoutMs: '10000' });
    const ids = await first.frame().record(30, 'reload');
    await waitFor('the batch to reach the LRS', async () => (await proxy.stats()).postedStatements >= 30);
    await reloadTab(first);
    await expectValid(await expectExactlyStored(registration, ids));
  });

  it('resends a batch the LRS never received when the page reloaded while it was on its way', async () => {
    await proxy.faults([{ hangMs: 3000 }]);
    const first = await tab({ timeoutMs: '10000' });
    const ids = await first.frame().record(15, 'reload-lost');
    await waitFor('the request to be on its way', async () => (await proxy.stats()).posts >= 1);
    await reloadTab(first);
    await expectValid(await expectExactlyStored(registration, ids));
  });

  it('lets one tab flush at a time when two record at once', async () => {
    await proxy.faults([{ holdMs: 200, times: 5 }]);
    const [left, right] = await Promise.all([tab(), tab()]);
    const recorded = await Promise.all([left.frame().record(40, 'left'), right.frame().record(40, 'right')]);
    await expectValid(await expectExactlyStored(registration, recorded.flat()));
    expect((await proxy.stats()).maxConcurrentPosts).to.equal(1);
  });

  it('delivers what a closed tab left pending when the next page opens', async () => {
    await proxy.down();
    const closing = await tab();
    const ids = await closing.frame().record(25, 'closed');
    closing.iframe.remove();
    await proxy.up();
    await tab();
    await expectValid(await expectExactlyStored(registration, ids));
  });

  it('hands pending statements to a keepalive request when the page goes away', async () => {
    // No flush before the page leaves: only the page-exit request can deliver.
    const closing = await tab({ flushDelayMs: '60000' });
    const ids = await closing.frame().record(5, 'pagehide');
    closing.iframe.remove();
    await expectExactlyStored(registration, ids, 5000);
    // The next page still finds them queued (the keepalive answer came too late to clear them) and resends: the LRS keeps one copy.
    const next = await tab();
    await waitFor(
      'the queue to drain',
      () => next.frame().recorder.queueLength === 0 && noticesOf(next, 'sent').length > 0,
    );
    await expectValid(await expectExactlyStored(registration, ids));
  });
});
