import type { Statement } from '../types.js';
import type { XapiVersion } from '../version.js';

/** How an LRS answered a batch. */
export interface SendResult {
  /** The HTTP status; 0 when no answer came (offline, refused, timed out, blocked by CORS). */
  readonly status: number;
  /** The `Retry-After` header, when the LRS sent one. */
  readonly retryAfter?: string | null;
  /** What went wrong, as the LRS or the network said it. */
  readonly reason?: string;
}

export interface SendOptions {
  /** The `X-Experience-API-Version` to send. */
  readonly version: XapiVersion;
  /** Set while the page is going away: the request must outlive it (`fetch` keepalive, 64 KB). */
  readonly keepalive?: boolean;
}

/** Carries statements to an LRS. The recorder's own is `fetchTransport`; `xapiJsTransport` wraps xAPI.js. */
export interface Transport {
  /** POSTs the statements as one batch. Never rejects: failures come back as a status. */
  send(statements: readonly Statement[], options: SendOptions): Promise<SendResult>;
  /** The versions the LRS lists in `GET about`; rejects when the LRS cannot be reached. */
  versions?(): Promise<readonly string[]>;
}
