import type { LearnerRecord, RecordReading, RecordStore } from './learner-record.js';
import { mergeRecords } from './merge-records.js';

export interface LocalCopyOptions {
  /** Calls `retry` when the browser is back online (the page's `online` event); returns the unsubscribe. */
  readonly whenOnline?: (retry: () => void) => () => void;
}

/**
 * A remote store (cmi5 State, the LRS) with a local copy in front: the local copy is always
 * written, so edits made offline or while the LMS is down are kept; a remote write that fails is
 * tried again when the browser is back online, with everything recorded by then. Reading merges
 * both, so whichever is newer per part wins.
 */
export function withLocalCopy(remote: RecordStore, local: RecordStore, options: LocalCopyOptions = {}): RecordStore {
  let unsent: LearnerRecord | undefined;
  let stopWaiting: (() => void) | undefined;

  const waitForOnline = () => {
    if (stopWaiting || !options.whenOnline) return;
    stopWaiting = options.whenOnline(() => {
      stopWaiting?.();
      stopWaiting = undefined;
      const record = unsent;
      unsent = undefined;
      if (record) void send(record);
    });
  };

  const send = async (record: LearnerRecord) => {
    try {
      await remote.write(record);
    } catch {
      unsent = mergeRecords(unsent, record);
      waitForOnline();
    }
  };

  return {
    place: remote.place,
    writable: remote.writable,
    async read(): Promise<RecordReading | undefined> {
      const [there, here] = await Promise.all([remote.read().catch(() => undefined), local.read()]);
      if (!there) return here;
      if (!here) return there;
      return {
        record: mergeRecords(there.record, here.record),
        problems: [...there.problems, ...here.problems],
      };
    },
    async write(record: LearnerRecord) {
      await local.write(record);
      if (remote.writable) await send(record);
    },
    async forget() {
      unsent = undefined;
      stopWaiting?.();
      stopWaiting = undefined;
      await Promise.all([local.forget(), remote.forget()]);
    },
    ...(local.watch ? { watch: local.watch.bind(local) } : {}),
  };
}
