import type { Problem } from '../problems/problem.js';

/** network: no response; http: a status other than 2xx; json: not JSON; invalid: JSON with problems. */
export type DataLoadErrorKind = 'network' | 'http' | 'json' | 'invalid';

/** Why a data document could not be loaded; `problems` lists what was wrong with the content. */
export class DataLoadError extends Error {
  override readonly name = 'DataLoadError';

  constructor(
    readonly kind: DataLoadErrorKind,
    readonly url: string,
    message: string,
    readonly details: {
      readonly status?: number;
      readonly problems?: readonly Problem[];
      readonly cause?: unknown;
    } = {},
  ) {
    super(message, { cause: details.cause });
  }

  /** The HTTP status, for `http` errors. */
  get status(): number | undefined {
    return this.details.status;
  }

  /** What was wrong with the content, for `json` and `invalid` errors. */
  get problems(): readonly Problem[] {
    return this.details.problems ?? [];
  }
}
