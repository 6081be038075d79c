/** Supplies the `Authorization` header value for LRS requests. */
export interface AuthProvider {
  /** The value to use right now without waiting (page exit cannot wait), if one is known. */
  current(): string | undefined;
  /** The value to use, fetched first when needed. */
  get(): Promise<string | undefined>;
  /** Fetches a fresh value after the LRS answered 401. */
  refresh?(): Promise<string | undefined>;
}

/** A fixed header value such as `Basic …`: for local development, since it puts a secret in the page. */
export function staticAuth(value: string): AuthProvider {
  return { current: () => value, get: () => Promise.resolve(value) };
}

/** What a token URL answers: `{"authorization": "Bearer …", "expiresIn": 600}`. */
export interface TokenResponse {
  readonly authorization: string;
  /** Seconds the value stays valid; 300 when left out. */
  readonly expiresIn?: number;
}

/**
 * A short-lived header value from the host's own backend (`token-url`): POSTed with the page's
 * cookies (same origin), cached until shortly before it expires, fetched again on 401.
 */
export function tokenAuth(url: string, doFetch: typeof fetch = (...args) => fetch(...args)): AuthProvider {
  let value: string | undefined;
  let expiresAt = 0;
  let pending: Promise<string | undefined> | undefined;
  const refresh = () =>
    (pending ??= (async () => {
      try {
        const response = await doFetch(url, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { Accept: 'application/json' },
        });
        if (!response.ok) throw new Error(`the token URL answered ${response.status}`);
        const token = (await response.json()) as TokenResponse;
        value = token.authorization;
        // A margin so a value does not expire between being read and reaching the LRS.
        expiresAt = Date.now() + (token.expiresIn ?? 300) * 1000 - 10_000;
        return value;
      } finally {
        pending = undefined;
      }
    })());
  return {
    current: () => value,
    get: () => (value !== undefined && Date.now() < expiresAt ? Promise.resolve(value) : refresh()),
    refresh,
  };
}
