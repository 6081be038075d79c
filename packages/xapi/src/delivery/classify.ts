/**
 * What to do after an LRS answered a batch:
 * - `delivered`: 2xx, or 409 for a single statement (the LRS already holds that id);
 * - `split`: a 4xx (or 409) for several statements — send halves to find the one at fault,
 *   since the LRS stores none of a refused batch;
 * - `reject`: a 4xx for one statement — it goes to the dead-letter list with the LRS's reason;
 * - `unauthorized`: 401/403 where they speak of the credentials — keep the statements and retry;
 * - `retry`: no answer, 408, 429, 5xx — try again later.
 */
export type Outcome = 'delivered' | 'split' | 'reject' | 'unauthorized' | 'retry';

/**
 * What a 401 or 403 means: `credentials` (an LRS with its own auth: fix or renew them and the
 * same statements go through) or `refusal` (a cmi5 LMS: its launch token cannot be renewed, and
 * it answers a statement that breaks its rules, or a request of an ended session, that way).
 */
export type AuthErrorMeaning = 'credentials' | 'refusal';

export function classify(status: number, batchSize: number, authErrors: AuthErrorMeaning = 'credentials'): Outcome {
  if (status >= 200 && status < 300) return 'delivered';
  if ((status === 401 || status === 403) && authErrors === 'credentials') return 'unauthorized';
  if (status === 408 || status === 429 || status < 400 || status >= 500) return 'retry';
  if (batchSize > 1) return 'split';
  return status === 409 ? 'delivered' : 'reject';
}
