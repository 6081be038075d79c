import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { LearnerRecord, RecordReading, RecordStore } from './learner-record.js';
import { mergeRecords } from './merge-records.js';
import { withLocalCopy } from './with-local-copy.js';

const SKILL_A = 'https://skills.example/a';
const SKILL_B = 'https://skills.example/b';
const record = (parts: Partial<LearnerRecord>): LearnerRecord => ({ version: 1, levels: {}, ...parts });

/**
 * A store in memory standing in for the remote ones (cmi5 State, the LRS), which need an LMS:
 * `reachable` false makes every call reject as fetch does offline.
 */
function memoryStore(place: RecordStore['place'], writable = true) {
  let stored: LearnerRecord | undefined;
  const store = {
    reachable: true,
    writes: 0,
    get stored() {
      return stored;
    },
    place,
    writable,
    read: (): Promise<RecordReading | undefined> =>
      store.reachable
        ? Promise.resolve(stored && { record: stored, problems: [] })
        : Promise.reject(new TypeError('Failed to fetch')),
    write(value: LearnerRecord) {
      if (!store.reachable) return Promise.reject(new TypeError('Failed to fetch'));
      store.writes += 1;
      stored = mergeRecords(stored, value);
      return Promise.resolve();
    },
    forget() {
      if (!store.reachable) return Promise.reject(new TypeError('Failed to fetch'));
      stored = undefined;
      return Promise.resolve();
    },
  };
  return store;
}

/** The page's `online` event, fired by the test. */
function onlineEvents() {
  const listeners = new Set<() => void>();
  return {
    whenOnline(retry: () => void) {
      listeners.add(retry);
      return () => listeners.delete(retry);
    },
    goOnline() {
      for (const listener of [...listeners]) listener();
    },
    get waiting() {
      return listeners.size;
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('withLocalCopy', () => {
  it('writes the local copy always and the remote store when it can', async () => {
    const remote = memoryStore('cmi5-state');
    const local = memoryStore('local');
    const written = record({ levels: { [SKILL_A]: { level: 2, at: '2026-12-01T10:00:00.000Z' } } });
    await withLocalCopy(remote, local).write(written);
    assert.deepEqual(remote.stored, written);
    assert.deepEqual(local.stored, written);
  });

  it('keeps offline edits and writes them all once the browser is back online', async () => {
    const remote = memoryStore('lrs-state');
    const local = memoryStore('local');
    const online = onlineEvents();
    const store = withLocalCopy(remote, local, online);
    remote.reachable = false;
    await store.write(record({ levels: { [SKILL_A]: { level: 1, at: '2026-12-01T10:00:00.000Z' } } }));
    await store.write(record({ levels: { [SKILL_B]: { level: 3, at: '2026-12-01T10:00:05.000Z' } } }));
    assert.equal(remote.stored, undefined);
    assert.deepEqual(Object.keys(local.stored?.levels ?? {}), [SKILL_A, SKILL_B]);
    assert.equal(online.waiting, 1);
    remote.reachable = true;
    online.goOnline();
    await settle();
    assert.equal(remote.writes, 1);
    assert.deepEqual(remote.stored, local.stored);
    assert.equal(online.waiting, 0);
  });

  it('reads the newer of both, part by part, and the local copy alone when the remote store is unreachable', async () => {
    const remote = memoryStore('cmi5-state');
    const local = memoryStore('local');
    await remote.write(record({ levels: { [SKILL_A]: { level: 3, at: '2026-12-02T10:00:00.000Z' } } }));
    await local.write(
      record({
        levels: {
          [SKILL_A]: { level: 1, at: '2026-12-01T10:00:00.000Z' },
          [SKILL_B]: { level: 2, at: '2026-12-01T10:00:00.000Z' },
        },
      }),
    );
    const store = withLocalCopy(remote, local);
    assert.deepEqual((await store.read())?.record.levels, {
      [SKILL_A]: { level: 3, at: '2026-12-02T10:00:00.000Z' },
      [SKILL_B]: { level: 2, at: '2026-12-01T10:00:00.000Z' },
    });
    remote.reachable = false;
    assert.deepEqual((await store.read())?.record, local.stored);
  });

  it('never writes a read-only remote store (cmi5 Browse and Review)', async () => {
    const remote = memoryStore('cmi5-state', false);
    const store = withLocalCopy(remote, memoryStore('local'));
    assert.equal(store.writable, false);
    await store.write(record({ completed: { at: '2026-12-01T10:00:00.000Z' } }));
    assert.equal(remote.writes, 0);
  });

  it('forgets both copies and drops what waited to be sent', async () => {
    const remote = memoryStore('lrs-state');
    const local = memoryStore('local');
    const online = onlineEvents();
    const store = withLocalCopy(remote, local, online);
    await store.write(record({ levels: { [SKILL_A]: { level: 1, at: '2026-12-01T10:00:00.000Z' } } }));
    remote.reachable = false;
    await store.write(record({ levels: { [SKILL_B]: { level: 1, at: '2026-12-01T10:00:00.000Z' } } }));
    remote.reachable = true;
    await store.forget();
    online.goOnline();
    await settle();
    assert.equal(remote.stored, undefined);
    assert.equal(local.stored, undefined);
  });
});
