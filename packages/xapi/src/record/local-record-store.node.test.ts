import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { StorageLike } from '../storage.js';
import type { LearnerRecord } from './learner-record.js';
import { localRecordStore, type StorageEventSource } from './local-record-store.js';

const KEY = 'lp-record:test';
const SKILL_A = 'https://skills.example/a';
const SKILL_B = 'https://skills.example/b';
const record = (parts: Partial<LearnerRecord>): LearnerRecord => ({ version: 1, levels: {}, ...parts });

/** Web Storage as Node has none: a Map behind the same three calls, shared like one origin's storage. */
function memoryStorage(): StorageLike & { readonly items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, value);
    },
    removeItem: (key) => {
      items.delete(key);
    },
  };
}

/** Storage that refuses everything, as in a sandboxed frame or with cookies blocked. */
const failingStorage: StorageLike = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
};

/** The `storage` events a browser sends to the other tabs of an origin. */
function storageEvents(): StorageEventSource & { tell(key: string | null): void } {
  const target = new EventTarget();
  const listeners = new Map<unknown, EventListener>();
  return {
    addEventListener(type, listener) {
      const wrapped: EventListener = (event) => {
        listener(event as unknown as { key: string | null });
      };
      listeners.set(listener, wrapped);
      target.addEventListener(type, wrapped);
    },
    removeEventListener(type, listener) {
      const wrapped = listeners.get(listener);
      if (wrapped) target.removeEventListener(type, wrapped);
    },
    tell(key) {
      target.dispatchEvent(Object.assign(new Event('storage'), { key }));
    },
  };
}

describe('localRecordStore', () => {
  it('reads back what was written, in a new store on the same storage (a new tab, tomorrow)', async () => {
    const storage = memoryStorage();
    const written = record({
      step: { id: 'junior', at: '2026-12-01T10:00:00.000Z' },
      levels: { [SKILL_A]: { level: 2, at: '2026-12-01T10:00:01.000Z' } },
    });
    await localRecordStore(KEY, storage).write(written);
    assert.deepEqual(await localRecordStore(KEY, storage).read(), { record: written, problems: [] });
  });

  it('has nothing to read before the first write', async () => {
    assert.equal(await localRecordStore(KEY, memoryStorage()).read(), undefined);
  });

  it('loses nothing when two tabs write at once: each write merges with what is stored', async () => {
    const storage = memoryStorage();
    const tabOne = localRecordStore(KEY, storage);
    const tabTwo = localRecordStore(KEY, storage);
    await tabOne.write(record({ levels: { [SKILL_A]: { level: 1, at: '2026-12-01T10:00:00.000Z' } } }));
    await tabTwo.write(record({ levels: { [SKILL_B]: { level: 3, at: '2026-12-01T10:00:02.000Z' } } }));
    await tabOne.write(record({ levels: { [SKILL_A]: { level: 2, at: '2026-12-01T10:00:03.000Z' } } }));
    assert.deepEqual((await tabTwo.read())?.record.levels, {
      [SKILL_A]: { level: 2, at: '2026-12-01T10:00:03.000Z' },
      [SKILL_B]: { level: 3, at: '2026-12-01T10:00:02.000Z' },
    });
  });

  it('tells a tab when another tab changed the record, and stops when asked', async () => {
    const storage = memoryStorage();
    const events = storageEvents();
    const heard: unknown[] = [];
    const stop = localRecordStore(KEY, storage, { events }).watch?.((reading) => heard.push(reading?.record.levels));
    await localRecordStore(KEY, storage).write(
      record({ levels: { [SKILL_A]: { level: 1, at: '2026-12-01T10:00:00.000Z' } } }),
    );
    events.tell(KEY);
    events.tell('some-other-key');
    storage.items.delete(KEY);
    events.tell(null);
    stop?.();
    events.tell(KEY);
    assert.deepEqual(heard, [{ [SKILL_A]: { level: 1, at: '2026-12-01T10:00:00.000Z' } }, undefined]);
  });

  it('forgets the record', async () => {
    const storage = memoryStorage();
    const store = localRecordStore(KEY, storage);
    await store.write(record({ completed: { at: '2026-12-01T10:00:00.000Z' } }));
    await store.forget();
    assert.equal(await store.read(), undefined);
    assert.equal(storage.items.size, 0);
  });

  it('reads a damaged entry part by part instead of failing', async () => {
    const storage = memoryStorage();
    storage.setItem(
      KEY,
      '{"version":1,"levels":{"https://skills.example/a":{"level":"x","at":"2026-12-01T10:00:00Z"}}}',
    );
    const reading = await localRecordStore(KEY, storage).read();
    assert.ok(reading);
    assert.deepEqual(reading.record, { version: 1, levels: {} });
    assert.deepEqual(
      reading.problems.map((problem) => problem.path),
      ['$.levels["https://skills.example/a"].level'],
    );
  });

  it('keeps the page working when storage refuses every call', async () => {
    const store = localRecordStore(KEY, failingStorage);
    assert.equal(await store.read(), undefined);
    await store.write(record({}));
    await store.forget();
    assert.equal(await localRecordStore(KEY, undefined).read(), undefined);
  });
});
