import type { AuthProvider } from '../delivery/auth.js';
import type { AuthErrorMeaning } from '../delivery/classify.js';
import type { Transport } from '../delivery/transport.js';
import type { StatementQueue } from '../queue/statement-queue.js';
import type { StorageLike } from '../storage.js';
import type { Actor, PartialStatement, Statement } from '../types.js';
import type { XapiVersion } from '../version.js';

/** How a recorder completes statements and delivers them. Only `endpoint` (or `transport`) is required. */
export interface RecorderOptions {
  /** The LRS's xAPI endpoint, e.g. `https://lrs.example.edu/xAPI/`. */
  readonly endpoint?: string;
  /** URL of the host's backend that answers `{"authorization": "…", "expiresIn": 600}`; asked again on 401. */
  readonly tokenUrl?: string;
  /** A whole `Authorization` value (`Basic …`), for local development only — or an auth provider. */
  readonly auth?: string | AuthProvider;
  /**
   * What a 401 or 403 means. `credentials` (default): the credentials are at fault, not the
   * statements — they stay queued and are retried (with a fresh token from `tokenUrl`).
   * `refusal`: the statements are refused, as a cmi5 LMS refuses them (its launch token cannot
   * be renewed) — the batch is split and the refused statement set aside like any other 4xx.
   */
  readonly authErrors?: AuthErrorMeaning;
  /** Sends instead of the built-in fetch transport, e.g. `xapiJsTransport(xapi)` for a page's xAPI.js. */
  readonly transport?: Transport;

  /** The learner as the host knows them. Without it: `actorHomePage` + `actorName`, else an anonymous account. */
  readonly actor?: Actor;
  /** The `account.homePage` of the learner; the page's origin by default. */
  readonly actorHomePage?: string;
  /** The `account.name` the host knows the learner by (e.g. an LMS user id). */
  readonly actorName?: string;
  /** IRI of the page or module: every statement names it as a grouping activity. */
  readonly activity?: string;
  /** UUID of the enrolment or attempt; one per browser tab session when not given. */
  readonly registration?: string;
  /** The xAPI version to speak; otherwise 2.0.0 when the LRS's `about` offers it, else 1.0.3. */
  readonly version?: XapiVersion;
  /** The page's language for `context.language`, when the element did not set one. */
  readonly language?: string;
  /** `context.platform`; `LP Elements` by default. */
  readonly platform?: string;
  /**
   * Sees each completed statement before it is validated and queued (once, not on every
   * retry). Return it, changed or not, to keep it; return nothing or false to drop it.
   */
  readonly beforeSend?: (statement: Statement) => Statement | null | undefined | false;

  /**
   * A last statement to record when the page goes away (`pagehide`): it is sent with the
   * statements still on their way, in the same keepalive request. Return nothing for none.
   */
  readonly onPageHide?: () => PartialStatement | undefined;

  /** Name of the IndexedDB database (and flush lock). Pages with different LRSs use different names. */
  readonly queueName?: string;
  /** A queue of your own, e.g. `memoryQueue()`; the IndexedDB queue by default. */
  readonly queue?: StatementQueue;
  /** Most statements that may wait; recording more fails with `queue-full`. Default 20,000. */
  readonly maxQueued?: number;
  /** Most statements per request. Default 250. */
  readonly batchSize?: number;
  /** Most bytes per request. Default 256 KB. */
  readonly batchBytes?: number;
  /** Largest statement accepted, in bytes of JSON. Default 32 KB. */
  readonly maxStatementBytes?: number;
  /** Wait after a statement is queued, to send it with the ones that follow. Default 500 ms. */
  readonly flushDelayMs?: number;
  /** First retry delay; it doubles per failure (with jitter). Default 1 s. */
  readonly retryBaseMs?: number;
  /** Longest retry delay. Default 5 minutes. */
  readonly retryMaxMs?: number;
  /** Time to wait for an LRS answer. Default 30 s. */
  readonly timeoutMs?: number;

  /** Clock for timestamps. */
  readonly now?: () => Date;
  /** Maker of statement ids and anonymous ids. */
  readonly uuid?: () => string;
  /** Randomness for retry jitter. */
  readonly random?: () => number;
  /** Where the anonymous id lives; the browser's localStorage by default. */
  readonly storage?: StorageLike;
  /** Where the per-tab registration lives; the browser's sessionStorage by default. */
  readonly sessionStorage?: StorageLike;
}
