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
