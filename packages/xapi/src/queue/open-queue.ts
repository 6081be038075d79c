import { idbQueue } from './idb-queue.js';
import { memoryQueue } from './memory-queue.js';
import type { StatementQueue } from './statement-queue.js';

/**
 * The durable IndexedDB queue, or — where IndexedDB is missing or refuses to open (some private
 * modes, sandboxed frames) — a memory queue, with one warning that statements can now be lost.
 */
export async function openQueue(name: string, warn: (message: string) => void = console.warn): Promise<StatementQueue> {
  const queue = idbQueue(name);
  try {
    await queue.count();
    return queue;
  } catch {
    warn(
      'LP Elements: IndexedDB is not available, so xAPI statements wait in memory and are lost if the page closes before they reach the LRS.',
    );
    return memoryQueue();
  }
}
