import { backoffDelay, retryAfterMs } from '../delivery/backoff.js';
import type { Agent } from '../types.js';
import { LP_XAPI_BASE } from '../vocabulary/profile-iri.js';
import { checkStoredRecord } from './check-stored-record.js';
import type { LearnerRecord, RecordPlace, RecordProblem, RecordStore } from './learner-record.js';
import { mergeRecords, sameRecord } from './merge-records.js';
import { lrsRequester, lrsUrl, worthRetrying, type LrsConnection } from './lrs-request.js';

/** The `stateId` of the learner record's State document, next to cmi5's `LMS.LaunchData`. */
export const LEARNER_RECORD_STATE_ID = `${LP_XAPI_BASE}/state/learner-record`;

/** A record store that writes over the network: it can be told to write now, and to stop. */
export interface RemoteRecordStore extends RecordStore {
  /**
   * Writes what waits now instead of after the pause. With `keepalive` (on `pagehide`) the
   * request outlives the page and goes without reading first.
   */
  flush(options?: { readonly keepalive?: boolean }): Promise<void>;
  /** True while a record waits to be written (offline, LRS down, a write in progress). */
  readonly pending: boolean;
  /** Stops timers and listeners. What still waits is kept by the module's local copy, not here. */
  close(): void;
}

export interface StateDocumentStoreOptions extends LrsConnection {
  /** The document's activity: the cmi5 launch `activityId`, or the recorder's `activity`. */
  readonly activityId: string;
  /** The learner exactly as the launch or the recorder gives them: sent as given, no key added. */
  readonly agent: Agent;
  /** The cmi5 registration; left out on a plain page (its registration lasts one tab). */
  readonly registration?: string;
  /** Default `LEARNER_RECORD_STATE_ID`. Never `LMS.LaunchData`, which belongs to the LMS. */
  readonly stateId?: string;
  readonly place?: Extract<RecordPlace, 'cmi5-state' | 'lrs-state'>;
  /** False in cmi5 Browse and Review: reads only, never a PUT or DELETE. Default true. */
  readonly writable?: boolean;
  /** A listing already showed there is no document: the first `read()` needs no request. */
  readonly knownAbsent?: boolean;
  /** Pause after a `write()` so that a burst of changes becomes one PUT. Default 1 s. */
  readonly debounceMs?: number;
  /** How often a write that met a concurrent one (412, 409) reads, merges and tries again. Default 5. */
  readonly maxConflictRetries?: number;
  /** First retry delay after no answer or a server error; doubles with jitter. Default 1 s. */
  readonly retryBaseMs?: number;
  /** Longest retry delay. Default 5 minutes. */
  readonly retryMaxMs?: number;
  readonly random?: () => number;
  /** Told when the LRS refused a write for good (400, 403 …); one console error by default. */
  readonly onRefused?: (status: number, reason: string) => void;
}

/** A keepalive body must stay within the page's 64 KiB of in-flight keepalive requests. */
const KEEPALIVE_BUDGET = 60_000;

class RetryLater extends Error {
  constructor(
    readonly status: number,
    readonly retryAfter?: string | null,
  ) {
    super(`the LRS answered ${status || 'nothing'}`);
  }
}

/**
 * The learner record as one xAPI State document (activityId + agent + registration + stateId).
 * Reads keep the `ETag`; writes are debounced and coalesced, sent with `If-Match` (or
 * `If-None-Match: *` when creating), and on 412/409 read again, merge and retry a bounded
 * number of times. Without an answer or on a server error the record waits and is written on
 * `online` or after a backoff. `forget()` deletes the document. DOM-free; `fetch` injectable.
 */
export function stateDocumentStore(options: StateDocumentStoreOptions): RemoteRecordStore {
  const {
    endpoint,
    activityId,
    agent,
    registration,
    stateId = LEARNER_RECORD_STATE_ID,
    place = 'lrs-state',
    writable = true,
    debounceMs = 1000,
    maxConflictRetries = 5,
    retryBaseMs = 1000,
    retryMaxMs = 300_000,
    random = Math.random,
  } = options;
  if (stateId === 'LMS.LaunchData') throw new Error('stateDocumentStore: LMS.LaunchData belongs to the LMS');
  const onRefused =
    options.onRefused ??
    ((status, reason) => {
      console.error(`Learner record (${place}): the LRS refused the write (${status}): ${reason.slice(0, 200)}`);
    });
  const request = lrsRequester(options);
  const url = lrsUrl(endpoint, 'activities/state', {
    activityId,
    agent: JSON.stringify(agent),
    registration,
    stateId,
  });

  /** Whether `remote` and `etag` say what the LRS holds now, as far as this store knows. */
  let known = options.knownAbsent === true;
  let listedAbsent = known;
  let remote: LearnerRecord | undefined;
  /** What reading the stored document left out. */
  let problems: readonly RecordProblem[] = [];
  let etag: string | undefined;
  /** Changes not yet written, merged into one record. */
  let waiting: LearnerRecord | undefined;
  let changes = 0;
  let waiters: { resolve: () => void; reject: (error: Error) => void }[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let committing: Promise<void> | undefined;
  let attempt = 0;
  let retryAt = 0;
  const closing = new AbortController();

  /** Tells the callers of `write()` how the write went: stored, or kept here for another try. */
  const settleWaiters = (failure?: Error) => {
    const done = waiters;
    waiters = [];
    for (const { resolve, reject } of done) {
      if (failure) reject(failure);
      else resolve();
    }
  };

  const readRemote = async () => {
    const response = await request(url);
    if (response.status === 404) {
      remote = undefined;
      problems = [];
      etag = undefined;
    } else if (response.ok) {
      ({ record: remote, problems } = checkStoredRecord(await response.text()));
      etag = response.headers.get('ETag') ?? undefined;
    } else throw new RetryLater(response.status, response.headers.get('Retry-After'));
    known = true;
  };

  const schedule = (delay: number) => {
    clearTimeout(timer);
    if (!closing.signal.aborted) {
      timer = setTimeout(() => void commit(), Math.max(delay, retryAt - Date.now()));
    }
  };

  /** The concurrency header for a PUT of what `remote` and `etag` describe. */
  const precondition = (): Record<string, string> =>
    etag ? { 'If-Match': etag } : remote || !known ? {} : { 'If-None-Match': '*' };

  const commit = (): Promise<void> =>
    (committing ??= (async () => {
      let failure: Error | undefined;
      try {
        for (let conflicts = 0; waiting && !closing.signal.aborted;) {
          const sentChanges = changes;
          if (!known) await readRemote();
          const body = remote ? mergeRecords(remote, waiting) : waiting;
          if (remote && sameRecord(body, remote)) {
            // The LRS holds all of it already (another tab wrote the same): nothing to send.
            if (changes === sentChanges) waiting = undefined;
            continue;
          }
          const response = await request(url, { method: 'PUT', body: JSON.stringify(body), headers: precondition() });
          if (response.ok) {
            remote = body;
            etag = response.headers.get('ETag') ?? undefined;
            // Without an ETag in the answer, the next write (or a page-exit flush) needs a fresh one.
            known = etag !== undefined;
            attempt = 0;
            if (changes === sentChanges) waiting = undefined;
            if (!known && !waiting) await readRemote();
          } else if (response.status === 412 || response.status === 409) {
            // Another tab or device wrote since we read: read again and merge.
            known = false;
            if (++conflicts > maxConflictRetries) throw new RetryLater(response.status);
          } else if (worthRetrying(response.status)) {
            throw new RetryLater(response.status, response.headers.get('Retry-After'));
          } else {
            // Refused for good (bad request, forbidden): trying again by itself cannot help.
            const reason = await response.text().catch(() => '');
            onRefused(response.status, reason);
            failure = new Error(`Learner record (${place}): the LRS refused the write (${response.status})`);
            break;
          }
        }
      } catch (error) {
        const { status = 0, retryAfter } = error instanceof RetryLater ? error : {};
        const wait = retryAfterMs(retryAfter, Date.now()) ?? backoffDelay(attempt++, retryBaseMs, retryMaxMs, random);
        retryAt = Date.now() + wait;
        // No answer may still mean the PUT arrived: read before the next one.
        if (status === 0) known = false;
        schedule(wait);
        failure = new Error(
          `Learner record (${place}): not stored yet (${status ? `the LRS answered ${status}` : 'no answer'}); trying again in ${Math.round(wait / 1000)} s`,
        );
      } finally {
        committing = undefined;
        settleWaiters(failure);
      }
    })());

  // Node and workers without `online` events retry on the backoff alone.
  (globalThis as Partial<Pick<typeof globalThis, 'addEventListener'>>).addEventListener?.(
    'online',
    () => {
      attempt = retryAt = 0;
      if (waiting) schedule(0);
    },
    { signal: closing.signal },
  );

  /** Hands what waits to a keepalive request without reading first: the page is going away. */
  const sendBeforeExit = async () => {
    if (!waiting) return;
    const body = JSON.stringify(remote ? mergeRecords(remote, waiting) : waiting);
    const response = await request(url, {
      method: 'PUT',
      body,
      headers: precondition(),
      keepalive: body.length <= KEEPALIVE_BUDGET,
    });
    if (response.ok) waiting = undefined;
  };

  return {
    place,
    writable,
    get pending() {
      return waiting !== undefined || committing !== undefined;
    },
    async read() {
      // The first read after a listing that lacked the document needs no request; later ones ask.
      if (listedAbsent) listedAbsent = false;
      else await readRemote();
      if (!remote && !waiting) return undefined;
      return { record: mergeRecords(remote, waiting), problems };
    },
    write(record) {
      if (!writable) return Promise.resolve();
      waiting = waiting ? mergeRecords(waiting, record) : record;
      changes += 1;
      return new Promise<void>((resolve, reject) => {
        waiters.push({ resolve, reject });
        schedule(debounceMs);
      });
    },
    async flush({ keepalive = false } = {}) {
      if (!writable || !waiting) return committing;
      clearTimeout(timer);
      if (keepalive) return sendBeforeExit().catch(() => undefined);
      attempt = retryAt = 0;
      return commit();
    },
    async forget() {
      if (!writable) throw new Error(`Learner record (${place}): this launch is read-only, nothing was deleted`);
      clearTimeout(timer);
      waiting = undefined;
      settleWaiters();
      await committing;
      const response = await request(url, { method: 'DELETE' });
      if (!response.ok && response.status !== 404) {
        throw new Error(`Learner record (${place}): the LRS answered ${response.status} to the deletion`);
      }
      remote = undefined;
      problems = [];
      etag = undefined;
      known = true;
    },
    close() {
      closing.abort();
      clearTimeout(timer);
      settleWaiters();
    },
  };
}
