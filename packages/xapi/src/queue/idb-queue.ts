import { createStore, promisifyRequest } from 'idb-keyval';
import type { QueueEntry, StatementQueue } from './statement-queue.js';
import { takeBatch } from './statement-queue.js';

/** Queue time first, so entries come out oldest first; the id keeps two tabs' entries of the same microsecond apart. */
const keyOf = (entry: QueueEntry): [number, string] => [entry.order, entry.id];

/**
 * A statement queue in IndexedDB (through idb-keyval, whose few hundred bytes keep the recorder
 * small): shared by every tab and frame of the origin and kept across reloads. Entries are keyed
 * by queue time and id, so the store hands them out oldest first. Dead letters live in a second
 * database, keyed by statement id.
 */
export function idbQueue(name: string): StatementQueue {
  const queue = createStore(name, 'queue');
  const dead = createStore(`${name}-dead`, 'dead');
  return {
    durable: true,
    add: (entries) =>
      queue('readwrite', (store) => {
        for (const entry of entries) store.put(entry, keyOf(entry));
        return promisifyRequest(store.transaction);
      }),
    peek: (maxCount, maxBytes) =>
      queue('readonly', (store) => promisifyRequest(store.getAll(null, maxCount))).then((entries) =>
        takeBatch(entries, maxCount, maxBytes),
      ),
    remove: (entries) =>
      queue('readwrite', (store) => {
        for (const entry of entries) store.delete(keyOf(entry));
        return promisifyRequest(store.transaction);
      }),
    // Dead letter first: a crash in between leaves the statement in both lists, never in neither.
    bury: async (entry, letter) => {
      await dead('readwrite', (store) => promisifyRequest(store.put(letter, letter.id)));
      await queue('readwrite', (store) => promisifyRequest(store.delete(keyOf(entry))));
    },
    count: () => queue('readonly', (store) => promisifyRequest(store.count())),
    deadLetters: () => dead('readonly', (store) => promisifyRequest(store.getAll())),
    forget: (ids) =>
      dead('readwrite', (store) => {
        for (const id of ids) store.delete(id);
        return promisifyRequest(store.transaction);
      }),
  };
}
