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

/** Resolves once `condition` holds; fails the test with `what` after `timeoutMs`. */
export async function waitFor(
  what: string,
  condition: () => boolean | Promise<boolean>,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Every statement the local LRS holds for a registration right now, following its `more` links:
 * a test that records hundreds of statements gets all of them, not the first page.
 */
async function allStored(registration: string, ascending: boolean): Promise<Statement[]> {
  const statements: Statement[] = [];
  let path: string | undefined =
    `statements?registration=${encodeURIComponent(registration)}&limit=500${ascending ? '&ascending=true' : ''}`;
  while (path) {
    const response = await lrsFetch(path);
    if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
    const page = (await response.json()) as { statements: Statement[]; more?: string };
    statements.push(...page.statements);
    path = page.more ? page.more.replace(/^.*\/xAPI\//, '') : undefined;
  }
  return statements;
}

/** How `storedStatements` asks and waits. */
export interface StoredStatementsOptions {
  /** Oldest first; the LRS's own order, newest first, by default. */
  readonly ascending?: boolean;
  readonly timeoutMs?: number;
}

/**
 * Every statement the local LRS holds for a registration, once it holds at least `atLeast` (with
 * the default 0, at once). Delivery is asynchronous, so tests wait for what they expect and fail,
 * saying how many arrived, when it does not come in time.
 */
export async function storedStatements(
  registration: string,
  atLeast = 0,
  { ascending = false, timeoutMs = 10_000 }: StoredStatementsOptions = {},
): Promise<Statement[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const statements = await allStored(registration, ascending);
    if (statements.length >= atLeast) return statements;
    if (Date.now() > deadline) throw new Error(`the LRS holds ${statements.length} of ${atLeast} statements`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Waits until the LRS holds exactly the statements with `ids` for `registration`, and checks
 * it holds nothing else and nothing twice: 0 lost, 0 duplicated.
 */
export async function expectExactlyStored(
  registration: string,
  ids: readonly string[],
  timeoutMs = 20_000,
): Promise<Statement[]> {
  let stored: Statement[] = [];
  await waitFor(
    `${ids.length} statements in the LRS`,
    async () => {
      stored = await allStored(registration, false);
      return stored.length >= ids.length;
    },
    timeoutMs,
  );
  const storedIds = stored.map((statement) => statement.id ?? '');
  const unique = new Set(storedIds);
  if (unique.size !== storedIds.length) throw new Error(`duplicated: ${storedIds.length - unique.size}`);
  const missing = ids.filter((id) => !unique.has(id));
  if (missing.length > 0) throw new Error(`lost: ${missing.length} (${missing.slice(0, 3).join(', ')})`);
  if (storedIds.length !== ids.length)
    throw new Error(`unexpected: ${storedIds.length - ids.length} more than recorded`);
  return stored;
}
