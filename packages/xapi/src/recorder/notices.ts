import type { Statement } from '../types.js';
import type { StatementProblem } from '../validation/statement-problem.js';

/** Statements stored in the queue. */
export interface QueuedDetail {
  readonly statements: readonly Statement[];
  /** Statements waiting, this tab's last count. */
  readonly queueLength: number;
}

/** Statements the LRS has confirmed. */
export interface SentDetail {
  readonly statements: readonly Statement[];
  readonly queueLength: number;
}

/**
 * Why statements did not (yet) reach the LRS:
 * - `invalid`: refused before queueing, see `problems`;
 * - `queue-full`: the queue holds its maximum; nothing was queued;
 * - `storage`: the queue could not store them;
 * - `rejected`: the LRS refused one for good; it is in the dead-letter list;
 * - `retrying`: no answer or a temporary error; they stay queued, next try in `retryInMs`;
 * - `unauthorized`: the LRS refused the credentials; they stay queued and are retried;
 * - `launch`: the page was launched as a cmi5 unit but the launch could not start (see `lrsMessage`).
 */
export type FailureReason = 'invalid' | 'queue-full' | 'storage' | 'rejected' | 'retrying' | 'unauthorized' | 'launch';

export interface FailedDetail {
  readonly reason: FailureReason;
  readonly statements: readonly Statement[];
  readonly queueLength: number;
  /** The LRS's HTTP status, 0 when it did not answer. */
  readonly status?: number;
  /** What the LRS or the network said (shortened). */
  readonly lrsMessage?: string;
  /** For `invalid`: each broken rule and where. */
  readonly problems?: readonly StatementProblem[];
  /** For `retrying` and `unauthorized`: when the next try starts. */
  readonly retryInMs?: number;
}

/** What a recorder reports to its subscribers. */
export type RecorderNotice =
  | ({ readonly type: 'queued' } & QueuedDetail)
  | ({ readonly type: 'sent' } & SentDetail)
  | ({ readonly type: 'failed' } & FailedDetail);
