/**
 * How long to wait before retry number `attempt` (0-based): doubling from `baseMs` up to `maxMs`,
 * with "equal jitter" — at least half the step, so retries never come instantly, and a random
 * rest, so tabs and learners that failed together do not all come back at the same moment.
 */
export function backoffDelay(attempt: number, baseMs: number, maxMs: number, random: () => number): number {
  const step = Math.min(maxMs, baseMs * 2 ** attempt);
  return Math.round(step / 2 + (random() * step) / 2);
}

/** Milliseconds an LRS asked us to wait with `Retry-After` (seconds or an HTTP date), if it did. */
export function retryAfterMs(header: string | null | undefined, now: number): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  const wait = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - now;
  return Number.isNaN(wait) ? undefined : Math.max(0, wait);
}
