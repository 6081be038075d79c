import type { StorageLike } from '../storage.js';
import { checkStoredRecord } from './check-stored-record.js';
import type { LearnerRecord, RecordReading, RecordStore } from './learner-record.js';
import { mergeRecords } from './merge-records.js';

/** What the local store listens to for other tabs: the page's `window` (`storage` events). */
export interface StorageEventSource {
  addEventListener(type: 'storage', listener: (event: { readonly key: string | null }) => void): void;
  removeEventListener(type: 'storage', listener: (event: { readonly key: string | null }) => void): void;
}

export interface LocalRecordStoreOptions {
  /** Where other tabs' changes are heard; without it the store does not follow them. */
  readonly events?: StorageEventSource;
}

/**
 * The record in Web Storage (the page's `localStorage`), for pages without an LRS: a new tab or
 * tomorrow's visit resumes, and tabs open at once follow each other. Every write merges with what
 * is stored at that moment, so two tabs editing at once lose nothing. Storage that fails (private
 * modes, quotas, blocked cookies) only loses the resume, never the page.
 */
export function localRecordStore(
  key: string,
  storage: StorageLike | undefined,
  options: LocalRecordStoreOptions = {},
): RecordStore {
  const readNow = (): RecordReading | undefined => {
    let saved: string | null | undefined;
    try {
      saved = storage?.getItem(key);
    } catch {
      return undefined;
    }
    return saved ? checkStoredRecord(saved) : undefined;
  };
  return {
    place: 'local',
    writable: true,
    read: () => Promise.resolve(readNow()),
    write(record: LearnerRecord) {
      try {
        storage?.setItem(key, JSON.stringify(mergeRecords(readNow()?.record, record)));
      } catch {
        // Full or blocked storage: the learner keeps working; only a later visit starts over.
      }
      return Promise.resolve();
    },
    forget() {
      try {
        storage?.removeItem(key);
      } catch {
        // Nothing could be stored either.
      }
      return Promise.resolve();
    },
    watch(listener) {
      const { events } = options;
      if (!events) return () => undefined;
      // `key` is null when another tab cleared the whole storage.
      const onStorage = (event: { readonly key: string | null }) => {
        if (event.key === key || event.key === null) listener(readNow());
      };
      events.addEventListener('storage', onStorage);
      return () => {
        events.removeEventListener('storage', onStorage);
      };
    },
  };
}
