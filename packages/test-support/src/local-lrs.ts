import type { Statement } from '@lp-elements/xapi';

/** The local LRS the test run started (see `scripts/test-support/lrs-plugin.mjs`). */
export interface LocalLrs {
  /** e.g. `http://127.0.0.1:41234/xAPI/` */
  readonly endpoint: string;
  /** A Basic Authorization header value it accepts. */
  readonly auth: string;
}

let cached: Promise<LocalLrs> | undefined;

/** Where the local LRS of this test run listens. */
export function localLrs(): Promise<LocalLrs> {
  cached ??= fetch('/__lp/env.json')
    .then((response) => response.json() as Promise<{ lrsEndpoint: string; lrsAuth: string }>)
    .then(({ lrsEndpoint, lrsAuth }) => ({ endpoint: lrsEndpoint, auth: lrsAuth }));
  return cached;
}

/** Sends a request to the local LRS with its credentials and the xAPI version header. */
export async function lrsFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const { endpoint, auth } = await localLrs();
  const headers = new Headers(init.headers);
  headers.set('Authorization', auth);
  headers.set('X-Experience-API-Version', headers.get('X-Experience-API-Version') ?? '1.0.3');
  if (init.body !== undefined && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
  return fetch(new URL(path, endpoint), { ...init, headers });
}

/** How `storedStatements` asks and waits. */
export interface StoredStatementsOptions {
  /** Oldest first; the LRS's own order, newest first, by default. */
  readonly ascending?: boolean;
  readonly timeoutMs?: number;
}

/**
 * Every statement the local LRS holds for a registration, once it holds at least `atLeast`.
 * Delivery is asynchronous, so tests wait for what they expect and fail, saying how many arrived,
 * when it does not come in time.
 */
export async function storedStatements(
  registration: string,
  atLeast: number,
  { ascending = false, timeoutMs = 10_000 }: StoredStatementsOptions = {},
): Promise<Statement[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await lrsFetch(
      `statements?registration=${registration}&limit=100${ascending ? '&ascending=true' : ''}`,
    );
    const { statements } = (await response.json()) as { statements: Statement[] };
    if (statements.length >= atLeast) return statements;
    if (Date.now() > deadline) throw new Error(`the LRS holds ${statements.length} of ${atLeast} statements`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
