import { accountActor, anonymousActor } from '../actor/actor.js';
import { staticAuth, tokenAuth, type AuthProvider } from '../delivery/auth.js';
import { backoffDelay, retryAfterMs } from '../delivery/backoff.js';
import { classify } from '../delivery/classify.js';
import { fetchTransport } from '../delivery/fetch-transport.js';
import { withFlushLock } from '../delivery/flush-lock.js';
import type { SendResult } from '../delivery/transport.js';
import { openQueue } from '../queue/open-queue.js';
import type { DeadLetter, QueueEntry, StatementQueue } from '../queue/statement-queue.js';
import { completeStatement, type CompletionContext } from '../statement/complete.js';
import { forVersion } from '../statement/for-version.js';
import { browserStorage, storedValue } from '../storage.js';
import type { PartialStatement, Statement } from '../types.js';
import { randomUuid } from '../uuid.js';
import { StatementRejectedError, type StatementProblem } from '../validation/statement-problem.js';
import { validateStatement } from '../validation/validate-statement.js';
import { DEFAULT_XAPI_VERSION, negotiateVersion, type XapiVersion } from '../version.js';
import type { FailedDetail, FailureReason, RecorderNotice } from './notices.js';
import type { RecorderOptions } from './recorder-options.js';

/** What a learner record store needs to reach the recorder's LRS as the recorder does. */
export interface LrsAccess {
  readonly endpoint: string;
  readonly auth?: AuthProvider;
}

/** Completes, validates, queues and delivers statements; see `createRecorder`. */
export interface Recorder {
  /** The actor, registration and page activity every statement gets. */
  readonly context: CompletionContext;
  /** The LRS and its auth, for the learner record stores; undefined with a transport of the page's own. */
  readonly access?: LrsAccess;
  /** Statements waiting to be sent, as this tab last counted them. */
  readonly queueLength: number;
  /**
   * Completes, validates and queues a statement; resolves with it once it is stored (undefined
   * when `beforeSend` dropped it). Rejects with `StatementRejectedError` or a queue-full error.
   */
  record(statement: PartialStatement): Promise<Statement | undefined>;
  /** Sends what is queued now (unless a retry delay is running). */
  flush(): Promise<void>;
  /**
   * Records the `lp-xapi-statement` events from `target` and its subtree that no nearer
   * recorder took, after every listener had the chance to cancel or change them; with
   * `report` (default) also dispatches `lp-xapi-queued/sent/failed` events on `target`.
   * Returns a function that stops listening.
   */
  listen(target: EventTarget, options?: { readonly report?: boolean }): () => void;
  /** Calls `listener` with every notice; returns a function that unsubscribes. */
  subscribe(listener: (notice: RecorderNotice) => void): () => void;
  /** Statements the LRS refused for good, with its reasons. */
  deadLetters(): Promise<DeadLetter[]>;
  /** Removes dead letters that have been dealt with. */
  forgetDeadLetters(ids: readonly string[]): Promise<void>;
  /** Stops timers and listeners; queued statements stay for the next recorder or page. */
  close(): Promise<void>;
}

const CLAIMED = Symbol.for('lp-elements.xapi.claimed');
/** A keepalive body may not push the page's in-flight keepalive bytes over 64 KiB. */
const KEEPALIVE_BUDGET = 60_000;

const statementsOf = (entries: readonly QueueEntry[]) => entries.map((entry) => entry.statement);

/**
 * A recorder for a page or part of one: it completes what elements report (id, actor,
 * timestamp, registration, context), validates it, keeps it in a durable queue and delivers it
 * in batches — retrying with backoff, honouring `Retry-After`, setting aside what the LRS refuses,
 * sending with `keepalive` when the page goes away, and one tab at a time.
 */
export function createRecorder(options: RecorderOptions): Recorder {
  const {
    endpoint,
    auth,
    tokenUrl,
    queueName = 'lp-xapi',
    maxQueued = 20_000,
    batchSize = 250,
    batchBytes = 256_000,
    maxStatementBytes = 32_000,
    flushDelayMs = 500,
    retryBaseMs = 1000,
    retryMaxMs = 300_000,
    now = () => new Date(),
    uuid = randomUuid,
    random = Math.random,
    storage = browserStorage('localStorage'),
  } = options;
  const needs = (what: string) => new Error(`createRecorder needs ${what}`);
  if (!endpoint && !options.transport) throw needs('an endpoint or a transport');
  const authProvider = tokenUrl ? tokenAuth(tokenUrl) : typeof auth === 'string' ? staticAuth(auth) : auth;
  const access = endpoint && !options.transport ? { endpoint, auth: authProvider } : undefined;
  const transport =
    options.transport ?? fetchTransport({ endpoint: endpoint ?? '', auth: authProvider, timeoutMs: options.timeoutMs });
  const origin = (globalThis as { location?: Location }).location?.origin;
  const homePage = options.actorHomePage ?? (origin === 'null' ? undefined : origin);
  if (!options.actor && !homePage) throw needs('actorHomePage where the page has no origin');
  const context: CompletionContext = {
    actor:
      options.actor ??
      (options.actorName
        ? accountActor(homePage ?? '', options.actorName)
        : anonymousActor(homePage ?? '', storage, uuid)),
    registration:
      options.registration ??
      storedValue(options.sessionStorage ?? browserStorage('sessionStorage'), 'lp-xapi-registration', uuid),
    activity: options.activity,
    language: options.language,
    platform: options.platform ?? 'LP Elements',
  };
  const configuredVersion = options.version ?? DEFAULT_XAPI_VERSION;
  const encoder = new TextEncoder();
  const listeners = new Set<(notice: RecorderNotice) => void>();
  /** This page's statements not known to be delivered: what page exit can send without waiting for storage. */
  const unconfirmed = new Map<string, QueueEntry>();
  /** Of those, the ones a page-exit request already carries. */
  const onTheirWay = new Set<string>();
  /** Aborted by `close()`: ends the page listeners and every further flush. */
  const closing = new AbortController();
  const { signal } = closing;
  let queuePromise: Promise<StatementQueue> | undefined;
  let pending: QueueEntry[] = [];
  let writing: Promise<void> | undefined;
  let length = 0;
  let lastOrder = 0;
  let version: XapiVersion | undefined;
  let attempt = 0;
  let retryAt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let flushRequests = 0;

  const queue = () => (queuePromise ??= options.queue ? Promise.resolve(options.queue) : openQueue(queueName));
  const mayFlush = () => !signal.aborted && Date.now() >= retryAt;
  const notify = (type: RecorderNotice['type'], statements: readonly Statement[], detail?: Partial<FailedDetail>) => {
    for (const listener of listeners) listener({ type, statements, queueLength: length, ...detail } as RecorderNotice);
  };
  const fail = (reason: FailureReason, statements: readonly Statement[], detail?: Partial<FailedDetail>) => {
    notify('failed', statements, { reason, ...detail });
  };
  const confirm = async (q: StatementQueue, entries: readonly QueueEntry[]) => {
    for (const { id } of entries) {
      unconfirmed.delete(id);
      onTheirWay.delete(id);
    }
    length = await q.count();
  };
  const scheduleFlush = (delay: number) => {
    clearTimeout(timer);
    if (!signal.aborted) timer = setTimeout(() => void flush(), Math.max(delay, retryAt - Date.now()));
  };
  const retryLater = (batch: readonly QueueEntry[], why: FailureReason, { status, reason, retryAfter }: SendResult) => {
    const wait = retryAfterMs(retryAfter, Date.now()) ?? backoffDelay(attempt++, retryBaseMs, retryMaxMs, random);
    retryAt = Date.now() + wait;
    scheduleFlush(wait);
    fail(why, statementsOf(batch), { status, lrsMessage: reason, retryInMs: wait });
    return false;
  };
  const noAnswer = (error: unknown): SendResult => ({ status: 0, reason: String(error) });
  const settle = async (q: StatementQueue, batch: readonly QueueEntry[]) => {
    await q.remove(batch);
    await confirm(q, batch);
    attempt = 0;
    notify('sent', statementsOf(batch));
  };
  const send = (batch: readonly QueueEntry[], sendVersion: XapiVersion, keepalive?: boolean) =>
    transport.send(
      batch.map((entry) => forVersion(entry.statement, sendVersion)),
      { version: sendVersion, keepalive },
    );

  /** Sends one batch; false when the rest must wait for a retry. */
  const deliver = async (q: StatementQueue, batch: readonly QueueEntry[]): Promise<boolean> => {
    let result: SendResult;
    try {
      version ??= transport.versions
        ? negotiateVersion(await transport.versions(), options.version)
        : configuredVersion;
      result = await send(batch, version);
    } catch (error) {
      return retryLater(batch, 'retrying', noAnswer(error));
    }
    const { status, reason = '' } = result;
    const outcome = classify(status, batch.length, options.authErrors);
    if (outcome === 'delivered') await settle(q, batch);
    else if (outcome === 'split') {
      const half = Math.ceil(batch.length / 2);
      return (await deliver(q, batch.slice(0, half))) && deliver(q, batch.slice(half));
    } else if (outcome === 'reject') {
      const [entry] = batch as [QueueEntry];
      const { id, statement } = entry;
      await q.bury(entry, { id, statement, status, reason, failedAt: now().toISOString() });
      await confirm(q, batch);
      fail('rejected', [statement], { status, lrsMessage: reason });
    } else return retryLater(batch, outcome === 'unauthorized' ? outcome : 'retrying', result);
    return true;
  };

  const drain = async () => {
    const q = await queue();
    for (let batch; mayFlush();) {
      batch = await q.peek(batchSize, batchBytes);
      if (!batch[0]) length = 0;
      // What a page-exit request carries waits for its answer: sent twice, a cmi5 LMS would refuse
      // the second copy of `terminated` as a statement after `terminated`.
      batch = batch.filter((entry) => !onTheirWay.has(entry.id));
      if (!batch[0] || !(await deliver(q, batch))) return;
    }
  };

  const flush = (): Promise<void> => {
    flushRequests += 1;
    return (running ??= (async () => {
      for (let handled = -1; handled !== flushRequests && mayFlush();) {
        handled = flushRequests;
        await writing;
        await withFlushLock(`${queueName}-flush`, drain).catch((error: unknown) =>
          retryLater([], 'retrying', noAnswer(error)),
        );
      }
    })().finally(() => {
      running = undefined;
    }));
  };

  const writePending = (): Promise<void> =>
    (writing ??= Promise.resolve().then(async () => {
      // Everything recorded in the same task goes into one storage transaction.
      const batch = pending;
      pending = [];
      writing = undefined;
      try {
        const q = await queue();
        await q.add(batch);
        length = await q.count();
      } catch (error) {
        for (const { id } of batch) unconfirmed.delete(id);
        fail('storage', statementsOf(batch), { lrsMessage: String(error) });
        throw error;
      }
      notify('queued', statementsOf(batch));
      scheduleFlush(flushDelayMs);
    }));

  const refuse = (
    statement: unknown,
    problems?: StatementProblem[],
    error: Error = new StatementRejectedError(problems ?? []),
  ) => {
    fail(problems ? 'invalid' : 'queue-full', [statement as Statement], { problems });
    return Promise.reject(error);
  };

  const record = (partial: PartialStatement): Promise<Statement | undefined> => {
    let statement: Statement | null | undefined | false;
    try {
      statement = completeStatement(structuredClone(partial), context, now(), uuid);
    } catch {
      return refuse(partial, [{ path: '$', rule: 'not-json' }]);
    }
    statement = options.beforeSend ? options.beforeSend(statement) : statement;
    if (!statement) return Promise.resolve(undefined);
    const problems = validateStatement(statement, { version: '2.0.0', now: now() });
    const bytes = encoder.encode(JSON.stringify(statement)).length;
    if (bytes > maxStatementBytes) problems.push({ path: '$', rule: 'too-large' });
    if (problems[0]) return refuse(statement, problems);
    if (length + pending.length >= maxQueued) {
      return refuse(
        statement,
        undefined,
        new Error(`xAPI statement not queued: ${maxQueued} statements already wait for the LRS.`),
      );
    }
    lastOrder = Math.max(Date.now() * 1000, lastOrder + 1);
    const entry: QueueEntry = { id: statement.id ?? '', statement, bytes, order: lastOrder };
    pending.push(entry);
    unconfirmed.set(entry.id, entry);
    const stored = statement;
    return writePending().then(() => stored);
  };

  /** Hands what this page has not delivered to a keepalive request, which outlives the page. */
  const sendBeforeExit = () => {
    const batch: QueueEntry[] = [];
    let bytes = 2;
    for (const entry of unconfirmed.values()) {
      if (onTheirWay.has(entry.id) || bytes + entry.bytes > KEEPALIVE_BUDGET) continue;
      batch.push(entry);
      onTheirWay.add(entry.id);
      bytes += entry.bytes + 1;
    }
    if (batch[0]) {
      void send(batch, version ?? configuredVersion, true)
        .then(async (result) => {
          // Still here (the page was only hidden): settle, or leave the batch to the queue.
          if (classify(result.status, batch.length) === 'delivered') await settle(await queue(), batch);
        })
        .catch(() => undefined)
        .finally(() => {
          for (const { id } of batch) onTheirWay.delete(id);
          scheduleFlush(0);
        });
    }
  };
  if (typeof document !== 'undefined') {
    addEventListener(
      'pagehide',
      () => {
        // Recorded before the keepalive request is made up, so it travels with it.
        const last = options.onPageHide?.();
        if (last) record(last).catch(() => undefined);
        sendBeforeExit();
      },
      { signal },
    );
    addEventListener(
      'online',
      () => {
        attempt = retryAt = 0;
        scheduleFlush(0);
      },
      { signal },
    );
    document.addEventListener(
      'visibilitychange',
      () => {
        if (document.visibilityState === 'hidden') sendBeforeExit();
      },
      { signal },
    );
  }
  // Statements an earlier page (or tab) left behind.
  scheduleFlush(0);

  const subscribe = (listener: (notice: RecorderNotice) => void) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  };

  return {
    context,
    access,
    get queueLength() {
      return length + pending.length;
    },
    record,
    flush,
    subscribe,
    listen(target, { report = true } = {}) {
      const onStatement = (event: Event) => {
        const claimable = event as CustomEvent<{ statement?: PartialStatement } | null> & { [CLAIMED]?: true };
        if (claimable[CLAIMED]) return;
        claimable[CLAIMED] = true;
        // Listeners further out (the host page on document) run after this one: wait until the
        // event has finished, so they can cancel it or change its statement.
        queueMicrotask(() => {
          const statement = claimable.detail?.statement;
          if (!claimable.defaultPrevented && statement) record(statement).catch(() => undefined);
        });
      };
      target.addEventListener('lp-xapi-statement', onStatement);
      const unsubscribe = subscribe((notice) => {
        if (report) {
          target.dispatchEvent(
            new CustomEvent(`lp-xapi-${notice.type}`, { detail: notice, bubbles: true, composed: true }),
          );
        }
      });
      return () => {
        target.removeEventListener('lp-xapi-statement', onStatement);
        unsubscribe();
      };
    },
    deadLetters: async () => (await queue()).deadLetters(),
    forgetDeadLetters: async (ids) => (await queue()).forget(ids),
    async close() {
      closing.abort();
      clearTimeout(timer);
      listeners.clear();
      await writing?.catch(() => undefined);
      await running;
    },
  };
}
