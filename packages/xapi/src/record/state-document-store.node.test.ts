/**
 * The State document store against a State resource served over HTTP on 127.0.0.1
 * (`scripts/test-support/state-lrs.mjs`, as strict as a conformant LRS): ETags and 412 retries,
 * two tabs writing at once, offline and back, Review, forget. No fetch is mocked; "offline" is
 * the server cutting connections, the failure a browser sees.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { startStateLrs, type StateLrs } from '../../../../scripts/test-support/state-lrs.mjs';
import { staticAuth } from '../delivery/auth.js';
import { LEARNER_RECORD_VERSION, type LearnerRecord } from './learner-record.js';
import {
  LEARNER_RECORD_STATE_ID,
  stateDocumentStore,
  type RemoteRecordStore,
  type StateDocumentStoreOptions,
} from './state-document-store.js';

const ACTIVITY = 'https://university.example/lp/unit';
/** As Moodle sends it: no objectType. The store must send exactly this. */
const AGENT = { account: { homePage: 'https://lms.example', name: 'learner-7' } } as const;
const SKILL = (n: number) => `https://university.example/skills/${n}`;

const record = (levels: Record<string, [level: number, at: string]>, step?: string): LearnerRecord => ({
  version: LEARNER_RECORD_VERSION,
  ...(step ? { step: { id: step, at: '2026-12-01T10:00:00.000Z' } } : {}),
  levels: Object.fromEntries(Object.entries(levels).map(([skill, [level, at]]) => [skill, { level, at }])),
});

const waitUntil = async (what: string, condition: () => boolean, timeoutMs = 5000) => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

let lrs: StateLrs;
let registration: string;
const stores: RemoteRecordStore[] = [];
const open = (options: Partial<StateDocumentStoreOptions> = {}) => {
  const store = stateDocumentStore({
    endpoint: lrs.endpoint,
    auth: staticAuth('Basic dGVzdDp0ZXN0'),
    activityId: ACTIVITY,
    agent: AGENT,
    registration,
    debounceMs: 30,
    retryBaseMs: 40,
    retryMaxMs: 200,
    onRefused: () => undefined,
    ...options,
  });
  stores.push(store);
  return store;
};
const stored = () => {
  const document = lrs.states
    .documents()
    .find((entry) => entry.stateId === LEARNER_RECORD_STATE_ID && entry.registration === registration);
  return document ? (JSON.parse(document.content) as LearnerRecord) : undefined;
};
const requests = (method?: string) => lrs.requests.filter((entry) => !method || entry.method === method);

before(async () => {
  lrs = await startStateLrs();
});
after(() => lrs.stop());
beforeEach(() => {
  // Each test is its own registration: its own documents, as a new attempt would be.
  registration = randomUUID();
  lrs.requests.length = 0;
  lrs.failWith(undefined);
});
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

describe('stateDocumentStore', () => {
  it('creates the document with If-None-Match: *, for the agent exactly as given, and reads it back', async () => {
    const store = open();
    assert.equal(await store.read(), undefined);
    await store.write(record({ [SKILL(1)]: [2, '2026-12-01T10:00:00.000Z'] }, 'step-a'));
    const put = requests('PUT')[0];
    assert.ok(put);
    assert.equal(put.headers['if-none-match'], '*');
    assert.equal(put.query.get('agent'), JSON.stringify(AGENT), 'no key added to the agent');
    assert.equal(put.query.get('registration'), registration);
    assert.equal(put.query.get('stateId'), LEARNER_RECORD_STATE_ID);
    assert.equal(put.headers['x-experience-api-version'], '1.0.3');
    assert.deepEqual(stored()?.levels, { [SKILL(1)]: { level: 2, at: '2026-12-01T10:00:00.000Z' } });
    const again = await open().read();
    assert.deepEqual(again?.record.levels, stored()?.levels);
    assert.equal(again?.record.step?.id, 'step-a');
    assert.deepEqual(again.problems, []);
  });

  it('coalesces a burst of writes into one PUT', async () => {
    const store = open();
    await store.read();
    await Promise.all([
      store.write(record({ [SKILL(1)]: [1, '2026-12-01T10:00:00.000Z'] })),
      store.write(record({ [SKILL(2)]: [2, '2026-12-01T10:00:01.000Z'] })),
      store.write(record({ [SKILL(1)]: [3, '2026-12-01T10:00:02.000Z'] })),
    ]);
    assert.equal(requests('PUT').length, 1);
    assert.deepEqual(stored()?.levels, {
      [SKILL(1)]: { level: 3, at: '2026-12-01T10:00:02.000Z' },
      [SKILL(2)]: { level: 2, at: '2026-12-01T10:00:01.000Z' },
    });
  });

  it('two tabs writing at once lose nothing: the later PUT meets 412, reads, merges and writes again', async () => {
    const first = open();
    const second = open();
    await open().write(record({ [SKILL(9)]: [1, '2026-12-01T09:00:00.000Z'] }));
    await Promise.all([first.read(), second.read()]);
    await first.write(record({ [SKILL(1)]: [4, '2026-12-01T10:00:00.000Z'] }));
    await second.write(
      record({ [SKILL(2)]: [2, '2026-12-01T10:00:05.000Z'], [SKILL(9)]: [3, '2026-12-01T08:00:00.000Z'] }),
    );
    assert.ok(
      requests('PUT').some((entry) => entry.status === 412),
      'the second tab wrote with an ETag that was no longer current',
    );
    assert.ok(
      requests('PUT').every((entry) => (entry.headers['if-match'] ?? entry.headers['if-none-match']) !== undefined),
    );
    assert.deepEqual(stored()?.levels, {
      [SKILL(9)]: { level: 1, at: '2026-12-01T09:00:00.000Z' },
      [SKILL(1)]: { level: 4, at: '2026-12-01T10:00:00.000Z' },
      [SKILL(2)]: { level: 2, at: '2026-12-01T10:00:05.000Z' },
    });
  });

  it('keeps what was written offline and stores it when the browser is back online', async () => {
    // Node has no `online` event: the page's global event target is stood in for by an EventTarget.
    const events = new EventTarget();
    const page = globalThis as unknown as Partial<EventTarget>;
    page.addEventListener = events.addEventListener.bind(events);
    try {
      const store = open({ retryBaseMs: 60_000, retryMaxMs: 60_000 });
      await store.read();
      lrs.failWith('no-answer');
      await assert.rejects(store.write(record({ [SKILL(1)]: [2, '2026-12-01T10:00:00.000Z'] })), /not stored yet/);
      await assert.rejects(store.write(record({ [SKILL(2)]: [1, '2026-12-01T10:01:00.000Z'] })), /not stored yet/);
      assert.equal(store.pending, true);
      assert.equal(stored(), undefined);
      lrs.failWith(undefined);
      events.dispatchEvent(new Event('online'));
      await waitUntil('the record to be stored', () => stored() !== undefined && !store.pending);
      assert.deepEqual(Object.keys(stored()?.levels ?? {}).sort(), [SKILL(1), SKILL(2)]);
    } finally {
      delete page.addEventListener;
    }
  });

  it('retries after server errors with backoff, without being asked again', async () => {
    const store = open();
    await store.read();
    lrs.failWith(503);
    await assert.rejects(store.write(record({ [SKILL(3)]: [5, '2026-12-01T10:00:00.000Z'] })), /answered 503/);
    lrs.failWith(undefined);
    await waitUntil('the retry to store the record', () => stored() !== undefined);
    assert.equal(stored()?.levels[SKILL(3)]?.level, 5);
  });

  it('reads a damaged document part by part', async () => {
    lrs.states.handle({
      method: 'PUT',
      query: new URLSearchParams({
        activityId: ACTIVITY,
        agent: JSON.stringify(AGENT),
        registration,
        stateId: LEARNER_RECORD_STATE_ID,
      }),
      headers: { 'x-experience-api-version': '1.0.3' },
      body: JSON.stringify({
        version: LEARNER_RECORD_VERSION,
        levels: { [SKILL(1)]: { level: 2, at: '2026-12-01T10:00:00.000Z' }, [SKILL(2)]: { level: 'high' } },
      }),
    });
    const reading = await open().read();
    assert.deepEqual(Object.keys(reading?.record.levels ?? {}), [SKILL(1)]);
    assert.ok(reading?.problems.some((problem) => problem.path.includes(SKILL(2))));
  });

  it('in Review (not writable) reads and never writes', async () => {
    await open().write(record({ [SKILL(1)]: [2, '2026-12-01T10:00:00.000Z'] }));
    lrs.requests.length = 0;
    const review = open({ writable: false });
    assert.equal((await review.read())?.record.levels[SKILL(1)]?.level, 2);
    await review.write(record({ [SKILL(1)]: [4, '2026-12-02T10:00:00.000Z'] }));
    await review.flush();
    await review.flush({ keepalive: true });
    await assert.rejects(review.forget(), /read-only/);
    assert.deepEqual(
      requests().map((entry) => entry.method),
      ['GET'],
    );
    assert.equal(stored()?.levels[SKILL(1)]?.level, 2);
  });

  it('flushes on page exit with keepalive, without reading first', async () => {
    const store = open({ debounceMs: 60_000 });
    await store.read();
    void store.write(record({ [SKILL(4)]: [1, '2026-12-01T10:00:00.000Z'] })).catch(() => undefined);
    lrs.requests.length = 0;
    await store.flush({ keepalive: true });
    assert.deepEqual(
      requests().map((entry) => `${entry.method} ${entry.headers['if-none-match'] ?? entry.headers['if-match']}`),
      ['PUT *'],
    );
    assert.equal(stored()?.levels[SKILL(4)]?.level, 1);
  });

  it('forget() deletes the document; a later write creates it anew', async () => {
    const store = open();
    await store.write(record({ [SKILL(1)]: [2, '2026-12-01T10:00:00.000Z'] }));
    await store.forget();
    assert.equal(stored(), undefined);
    assert.equal(requests('DELETE').length, 1);
    assert.equal(await open().read(), undefined);
    await store.write(record({ [SKILL(2)]: [1, '2026-12-02T10:00:00.000Z'] }));
    assert.deepEqual(Object.keys(stored()?.levels ?? {}), [SKILL(2)]);
    assert.equal(requests('PUT').at(-1)?.headers['if-none-match'], '*');
  });

  it('refuses to be pointed at LMS.LaunchData', () => {
    assert.throws(() => open({ stateId: 'LMS.LaunchData' }), /belongs to the LMS/);
  });
});
