import type { AuthProvider } from './auth.js';
import type { SendOptions, Transport } from './transport.js';

export interface FetchTransportOptions {
  /** The LRS's xAPI endpoint, e.g. `https://lrs.example.edu/xAPI/`. */
  readonly endpoint: string;
  readonly auth?: AuthProvider;
  /** How long to wait for an answer before giving up on a request (it is retried later). */
  readonly timeoutMs?: number;
  /** The fetch to use; the page's by default. */
  readonly fetch?: typeof fetch;
}

/**
 * The recorder's own transport: `fetch` to `statements`, never with cookies (the LRS is another
 * origin and needs no credentialed CORS), with a timeout, and one retry with a fresh token on 401.
 */
export function fetchTransport({
  endpoint,
  auth,
  timeoutMs = 30_000,
  fetch: doFetch = (...args) => fetch(...args),
}: FetchTransportOptions): Transport {
  const base = endpoint.replace(/\/?$/, '/');

  const post = async (body: string, { version, keepalive }: SendOptions, authorization?: string) => {
    const controller = new AbortController();
    // A keepalive request outlives the page on purpose: nothing would be left to abort it for.
    const timer = keepalive
      ? 0
      : setTimeout(() => {
          controller.abort(`no answer within ${timeoutMs} ms`);
        }, timeoutMs);
    const headers: Record<string, string> = { 'Content-Type': 'application/json', 'X-Experience-API-Version': version };
    if (authorization) headers.Authorization = authorization;
    try {
      return await doFetch(`${base}statements`, {
        method: 'POST',
        headers,
        body,
        keepalive,
        credentials: 'omit',
        signal: controller.signal,
      });
    } finally {
      clearTimeout(timer);
    }
  };

  return {
    async send(statements, options) {
      const body = JSON.stringify(statements);
      const { keepalive } = options;
      try {
        // Page exit cannot wait for a token: it goes with the one at hand.
        let response = await post(body, options, keepalive ? auth?.current() : await auth?.get());
        if (response.status === 401 && auth?.refresh && !keepalive) {
          response = await post(body, options, await auth.refresh());
        }
        return {
          status: response.status,
          retryAfter: response.headers.get('Retry-After'),
          reason: response.ok ? undefined : (await response.text()).slice(0, 1000),
        };
      } catch (error) {
        return { status: 0, reason: String(error) };
      }
    },

    async versions() {
      // No credentials or custom headers: a simple CORS request, and `about` needs none.
      const response = await doFetch(`${base}about`, { credentials: 'omit' });
      if (response.status >= 500) throw new Error(`GET about answered ${response.status}`);
      return response.ok ? (((await response.json()) as { version?: string[] }).version ?? []) : [];
    },
  };
}
