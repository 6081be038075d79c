import type { AuthProvider } from '../delivery/auth.js';

/** How the record stores reach an LRS: the recorder's endpoint and auth, or a cmi5 launch's. */
export interface LrsConnection {
  /** The xAPI endpoint, e.g. `https://lrs.example.edu/xAPI/`. */
  readonly endpoint: string;
  /** Supplies the `Authorization` value; the recorder's own provider, or the cmi5 launch token. */
  readonly auth?: AuthProvider;
  /** The fetch to use; the page's by default. */
  readonly fetch?: typeof fetch;
  /** The `X-Experience-API-Version` to send. Default `1.0.3`, which 1.0.x and 2.0 LRSs accept. */
  readonly version?: string;
  /** How long to wait for an answer. Default 30 s. */
  readonly timeoutMs?: number;
}

export interface LrsRequestInit {
  readonly method?: string;
  readonly body?: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** While the page goes away: the request outlives it and uses the token at hand. */
  readonly keepalive?: boolean;
}

/** A resource URL under the endpoint with the given query parameters. */
export function lrsUrl(endpoint: string, resource: string, query: Readonly<Record<string, string | undefined>>): URL {
  const url = new URL(resource, endpoint.replace(/\/?$/, '/'));
  for (const [name, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(name, value);
  return url;
}

/**
 * Sends one request the way the recorder's transport does: never with cookies, the version
 * header, a timeout, one retry with a fresh token on 401, and never from the HTTP cache (a
 * cached State document would be an old one). Rejects only when no answer came.
 */
export function lrsRequester({
  auth,
  fetch: doFetch = (input, init) => fetch(input, init),
  version = '1.0.3',
  timeoutMs = 30_000,
}: LrsConnection): (url: URL | string, init?: LrsRequestInit) => Promise<Response> {
  const once = async (url: URL | string, init: LrsRequestInit, authorization: string | undefined) => {
    const headers: Record<string, string> = { 'X-Experience-API-Version': version, ...init.headers };
    if (authorization) headers.Authorization = authorization;
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    const controller = new AbortController();
    const timer = init.keepalive
      ? 0
      : setTimeout(() => {
          controller.abort(`no answer within ${timeoutMs} ms`);
        }, timeoutMs);
    try {
      return await doFetch(url, {
        method: init.method ?? 'GET',
        headers,
        body: init.body,
        keepalive: init.keepalive,
        credentials: 'omit',
        cache: 'no-store',
        signal: controller.signal,
      });
    } finally {
      clearTimeout(timer);
    }
  };
  return async (url, init = {}) => {
    const response = await once(url, init, init.keepalive ? auth?.current() : await auth?.get());
    if (response.status !== 401 || !auth?.refresh || init.keepalive) return response;
    return once(url, init, await auth.refresh());
  };
}

/** An answer worth trying again later: none at all, a timeout, too many requests, a server error, a stale token. */
export const worthRetrying = (status: number): boolean =>
  status === 0 || status === 401 || status === 408 || status === 429 || status >= 500;
