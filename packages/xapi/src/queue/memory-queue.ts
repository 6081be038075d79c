import type { DeadLetter, QueueEntry, StatementQueue } from './statement-queue.js';
import { takeBatch } from './statement-queue.js';

/** A statement queue in memory, for browsers without IndexedDB and for Node. */
export function memoryQueue(): StatementQueue {
  const queue = new Map<string, QueueEntry>();
  const dead = new Map<string, DeadLetter>();
  const done = Promise.resolve();
  return {
    durable: false,
    add: (entries) => {
      for (const entry of entries) queue.set(entry.id, entry);
      return done;
    },
    peek: (maxCount, maxBytes) =>
      Promise.resolve(
        takeBatch(
          [...queue.values()].sort((a, b) => a.order - b.order),
          maxCount,
          maxBytes,
        ),
      ),
    remove: (entries) => {
      for (const entry of entries) queue.delete(entry.id);
      return done;
    },
    bury: (entry, letter) => {
      queue.delete(entry.id);
      dead.set(letter.id, letter);
      return done;
    },
    count: () => Promise.resolve(queue.size),
    deadLetters: () => Promise.resolve([...dead.values()]),
    forget: (ids) => {
      for (const id of ids) dead.delete(id);
      return done;
    },
  };
}
