import {
  checkStoredRecord,
  EMPTY_RECORD,
  mergeRecords,
  sameRecord,
  withLocalCopy,
  type LearnerRecord,
  type RecordProblem,
  type RecordReading,
  type RecordStore,
  type RemoteRecordStore,
} from '@lp-elements/xapi';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RecordRoute } from './record-store-choice.js';

/** How long after the last change the record is written: a burst of levels is one write. */
export const RECORD_WRITE_DELAY_MS = 800;

/** What the module tells the controller about its data, to set aside another framework's skills and steps. */
export interface RecordScope {
  readonly skills: ReadonlySet<string>;
  readonly steps: ReadonlySet<string>;
}

export interface LearnerRecordControllerOptions {
  /** Whether the record may be written now (not in an LMS's Browse or Review mode). */
  readonly canWrite: () => boolean;
  /** Parts of a stored record that were ignored, once per reading. */
  readonly onProblems: (problems: readonly RecordProblem[]) => void;
  readonly now?: () => Date;
}

/**
 * Keeps a module's learner record: reads it from the store the route chose (the local copy first,
 * then the remote store), takes the learner's changes, writes them a moment after the last one and
 * when the page is hidden or left, follows other tabs, and forgets it on request.
 */
export class LearnerRecordController implements ReactiveController {
  /** The record as the module uses it now. */
  record: LearnerRecord = EMPTY_RECORD;
  /** True once the local copy was read: the module can show its first screen. */
  ready = false;
  /** True once the remote store was read too (or there is none, or it failed): completion may be judged. */
  settled = false;
  /** Counts the times the record changed from outside (a store, another tab, forgetting), not by the learner here. */
  generation = 0;

  private store: RecordStore | undefined;
  private remote: RemoteRecordStore | undefined;
  private scope: RecordScope | undefined;
  private openedFor = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private unwatch: (() => void) | undefined;
  private unsaved = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: LearnerRecordControllerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    globalThis.addEventListener('pagehide', this.onPagehide);
    globalThis.document.addEventListener('visibilitychange', this.onVisibility);
  }

  hostDisconnected(): void {
    this.flushNow();
    this.remote?.flush().catch(keptLocally);
    globalThis.removeEventListener('pagehide', this.onPagehide);
    globalThis.document.removeEventListener('visibilitychange', this.onVisibility);
  }

  /** Opens the record of one learner and module (again, when they change). `id` says which. */
  open(id: string, route: () => RecordRoute, scope: RecordScope): void {
    this.scope = scope;
    if (id === this.openedFor) return;
    this.flushNow();
    this.closeRemote();
    this.openedFor = id;
    this.unwatch?.();
    this.record = EMPTY_RECORD;
    this.ready = false;
    this.settled = false;
    const { local, remote } = route();
    this.store = local;
    this.unwatch = local.watch?.((reading) => {
      this.fromOtherTab(reading);
    });
    void this.load(id, local, remote);
  }

  private async load(id: string, local: RecordStore, remote: RecordRoute['remote']): Promise<void> {
    this.take(await local.read(), id);
    this.ready = true;
    this.host.requestUpdate();
    if (!remote) {
      this.settle(id);
      return;
    }
    try {
      const store = await remote();
      if (store && id !== this.openedFor) store.close();
      else if (store) {
        this.remote = store;
        this.store = withLocalCopy(store, local, { whenOnline: onlineAgain });
        this.take(await store.read(), id);
      }
    } catch (error) {
      console.warn('<lp-training-module>: the saved record could not be read; the local copy is used.', error);
    } finally {
      this.settle(id);
    }
  }

  private settle(id: string): void {
    if (id !== this.openedFor) return;
    this.settled = true;
    this.host.requestUpdate();
  }

  /** Merges a stored reading into the record, keeping what the learner did here meanwhile. */
  private take(reading: RecordReading | undefined, id: string): void {
    if (!reading || id !== this.openedFor) return;
    const checked = checkStoredRecord(reading.record, this.scope);
    const problems = [...reading.problems, ...checked.problems];
    if (problems.length > 0) this.options.onProblems(problems);
    const merged = mergeRecords(this.record, checked.record);
    if (sameRecord(merged, this.record)) return;
    this.record = merged;
    this.generation += 1;
    this.host.requestUpdate();
  }

  private fromOtherTab(reading: RecordReading | undefined): void {
    if (reading) {
      this.take(reading, this.openedFor);
      return;
    }
    // Another tab forgot the record: nothing here may bring it back.
    this.cancelWrite();
    this.record = EMPTY_RECORD;
    this.generation += 1;
    this.host.requestUpdate();
  }

  private get at(): string {
    return (this.options.now?.() ?? new Date()).toISOString();
  }

  setLevel(skill: string, level: number): void {
    this.change({ ...this.record, levels: { ...this.record.levels, [skill]: { level, at: this.at } } });
  }

  chooseStep(id: string): void {
    if (this.record.step?.id === id) return;
    this.change({ ...this.record, step: { id, at: this.at } });
  }

  /** Notes that completion was reported, and stores it at once: it must never be reported twice. */
  markCompleted(): void {
    if (this.record.completed) return;
    this.change({ ...this.record, completed: { at: this.at } });
    this.flushNow();
  }

  /** Deletes the record here and where it is stored ("Forget my answers"). */
  async forget(): Promise<void> {
    this.cancelWrite();
    this.record = EMPTY_RECORD;
    this.generation += 1;
    this.host.requestUpdate();
    try {
      await this.store?.forget();
    } catch (error) {
      console.warn('<lp-training-module>: the saved record could not be deleted where it is stored.', error);
    }
  }

  private change(record: LearnerRecord): void {
    this.record = record;
    this.host.requestUpdate();
    if (!this.options.canWrite()) return;
    this.unsaved = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(this.flushNow, RECORD_WRITE_DELAY_MS);
  }

  private cancelWrite(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.unsaved = false;
  }

  /** Writes what changed now (the page is being hidden or left, or the delay is over). */
  readonly flushNow = (): void => {
    if (!this.unsaved || !this.store || !this.options.canWrite()) return;
    this.cancelWrite();
    this.store.write(this.record).catch(keptLocally);
  };

  /** The page is going away: the remote write goes now, in a request that outlives the page. */
  private readonly onPagehide = (): void => {
    this.flushNow();
    this.remote?.flush({ keepalive: true }).catch(keptLocally);
  };

  private readonly onVisibility = (): void => {
    if (globalThis.document.visibilityState === 'hidden') this.onPagehide();
  };

  private closeRemote(): void {
    this.remote?.close();
    this.remote = undefined;
  }
}

/** A remote write that failed: the local copy has the record, and it is written again when back online. */
function keptLocally(error: unknown): void {
  console.warn('<lp-training-module>: the record could not be saved remotely yet; it is kept on this device.', error);
}

/** The page's `online` event, for remote writes that failed while offline. */
function onlineAgain(retry: () => void): () => void {
  globalThis.addEventListener('online', retry);
  return () => {
    globalThis.removeEventListener('online', retry);
  };
}
