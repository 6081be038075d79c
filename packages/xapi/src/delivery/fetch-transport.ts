import type { Statement } from '../types.js';
import type { AuthProvider } from './auth.js';
import type { SendOptions, SendResult, Transport } from './transport.js';

export interface FetchTransportOptions {
  /** The LRS's xAPI endpoint, e.g. `https://lrs.example.edu/xAPI/`. */
  readonly endpoint: string;
  readonly auth?: AuthProvider;
  /** How long to wait for an answer before giving up on a request (it is retried later). */
  readonly timeoutMs?: number;
  /** The fetch to use; the page's by default. */
  readonly fetch?: typeof fetch;
}

const REASON_LIMIT = 1000;

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
  const base = endpoint.endsWith('/') ? endpoint : `${endpoint}/`;

  async function post(body: string, { version, keepalive = false }: SendOptions): Promise<Response> {
    const authorization = keepalive ? auth?.current() : await auth?.get();
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      'X-Experience-API-Version': version,
    };
    if (authorization) headers.Authorization = authorization;
    const controller = new AbortController();
    // A keepalive request outlives the page on purpose: nothing would be left to abort it for.
    const timer = keepalive
      ? undefined
      : setTimeout(() => {
          controller.abort();
        }, timeoutMs);
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
  }

  return {
    async send(statements: readonly Statement[], options: SendOptions): Promise<SendResult> {
      const body = JSON.stringify(statements);
      try {
        let response = await post(body, options);
        if (response.status === 401 && auth?.refresh && !options.keepalive) {
          await auth.refresh();
          response = await post(body, options);
        }
        return {
          status: response.status,
          retryAfter: response.headers.get('Retry-After'),
          reason: response.ok ? undefined : (await response.text()).slice(0, REASON_LIMIT),
        };
      } catch (error) {
        const aborted = error instanceof Error && error.name === 'AbortError';
        return { status: 0, reason: aborted ? `no answer within ${timeoutMs} ms` : String(error) };
      }
    },

    async versions(): Promise<readonly string[]> {
      // No credentials or custom headers: a simple CORS request, and `about` needs none.
      const response = await doFetch(`${base}about`, { credentials: 'omit' });
      if (response.status >= 500) throw new Error(`GET about answered ${response.status}`);
      if (!response.ok) return [];
      return ((await response.json()) as { version?: string[] }).version ?? [];
    },
  };
}
