import type { Statement } from '../types.js';

/** A statement waiting for the LRS. */
export interface QueueEntry {
  readonly id: string;
  readonly statement: Statement;
  /** Its size as JSON in UTF-8, for the batch and keepalive byte caps. */
  readonly bytes: number;
  /** Sending order: when it was queued, in µs. */
  readonly order: number;
}

/** A statement the LRS refused for good, kept with the LRS's reason until someone deals with it. */
export interface DeadLetter {
  readonly id: string;
  readonly statement: Statement;
  /** The HTTP status the LRS answered. */
  readonly status: number;
  /** What the LRS said, as it said it (shortened). */
  readonly reason: string;
  /** When it was set aside (ISO 8601). */
  readonly failedAt: string;
}

/** Where statements wait: IndexedDB when the browser has it, memory otherwise. */
export interface StatementQueue {
  /** False for the in-memory queue: statements there do not survive the page. */
  readonly durable: boolean;
  add(entries: readonly QueueEntry[]): Promise<void>;
  /** The oldest entries: at most `maxCount`, and at most `maxBytes` unless the first alone is larger. */
  peek(maxCount: number, maxBytes: number): Promise<QueueEntry[]>;
  remove(entries: readonly QueueEntry[]): Promise<void>;
  /** Moves an entry to the dead-letter list. */
  bury(entry: QueueEntry, letter: DeadLetter): Promise<void>;
  count(): Promise<number>;
  deadLetters(): Promise<DeadLetter[]>;
  /** Deletes dead letters (by statement id) that have been dealt with. */
  forget(ids: readonly string[]): Promise<void>;
}

/** The oldest entries that fit the caps; the first always fits, so a large statement still goes, alone. */
export function takeBatch(entries: readonly QueueEntry[], maxCount: number, maxBytes: number): QueueEntry[] {
  const batch: QueueEntry[] = [];
  let bytes = 2;
  for (const entry of entries) {
    if (batch.length >= maxCount || (batch.length > 0 && bytes + entry.bytes + 1 > maxBytes)) break;
    batch.push(entry);
    bytes += entry.bytes + 1;
  }
  return batch;
}
