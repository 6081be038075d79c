import type { DataDocument } from '../document.js';
import { parseDataDocument } from '../validate/parse-data-document.js';
import { DataLoadError } from './data-load-error.js';

/** Options of one load. */
export interface LoadOptions {
  /** Aborting rejects this caller's promise with the signal's reason; the request goes on while others wait for it. */
  readonly signal?: AbortSignal;
}

/** A request several callers wait for, aborted only when all of them have given up. */
interface SharedRequest {
  readonly promise: Promise<DataDocument>;
  readonly controller: AbortController;
  waiting: number;
  settled: boolean;
}

/** Loads data documents with a cache of its own. */
export interface DocumentLoader {
  /** Loads and checks the document at `url`, once per URL however many callers ask. */
  load(url: string | URL, options?: LoadOptions): Promise<DataDocument>;
  /** Forgets loaded documents (one URL, or all), so the next load fetches again. */
  clear(url?: string | URL): void;
}

/** How a loader fetches. */
export interface LoaderOptions {
  /** The fetch to use; the global one by default. */
  readonly fetch?: typeof fetch;
  /** What relative URLs are resolved against; the page's address by default, when there is one. */
  readonly base?: string;
}

async function fetchDocument(doFetch: typeof fetch, url: string, signal: AbortSignal): Promise<DataDocument> {
  let response: Response;
  try {
    response = await doFetch(url, { signal, headers: { accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new DataLoadError('network', url, `Could not reach ${url}.`, { cause: error });
  }
  if (!response.ok) {
    throw new DataLoadError('http', url, `${url} answered with HTTP status ${response.status}.`, {
      status: response.status,
    });
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (signal.aborted) throw error;
    throw new DataLoadError('network', url, `The download of ${url} broke off.`, { cause: error });
  }
  const result = parseDataDocument(text);
  if (result.ok) return result.document;
  const kind = result.problems[0]?.code === 'invalid-json' ? 'json' : 'invalid';
  const what = kind === 'json' ? 'is not JSON' : `has ${result.problems.length} problem(s)`;
  throw new DataLoadError(kind, url, `${url} ${what}.`, { problems: result.problems, status: response.status });
}

const abortReason = (signal: AbortSignal): Error =>
  signal.reason instanceof Error ? signal.reason : new DOMException('The load was aborted.', 'AbortError');

/**
 * Makes a loader with its own cache: one request per URL, shared by every caller, kept once it
 * succeeds and dropped when it fails (so a retry fetches again). Errors are `DataLoadError`s
 * naming what went wrong: the network, the HTTP status, the JSON or the content.
 */
export function createDocumentLoader(options: LoaderOptions = {}): DocumentLoader {
  const requests = new Map<string, SharedRequest>();
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const keyOf = (url: string | URL) => {
    const base = options.base ?? (globalThis as { location?: { href?: string } }).location?.href;
    try {
      return new URL(url, base).href;
    } catch {
      return String(url);
    }
  };

  function start(key: string): SharedRequest {
    const controller = new AbortController();
    const request: SharedRequest = {
      promise: fetchDocument(doFetch, key, controller.signal),
      controller,
      waiting: 0,
      settled: false,
    };
    request.promise.then(
      () => {
        request.settled = true;
      },
      () => {
        request.settled = true;
        if (requests.get(key) === request) requests.delete(key);
      },
    );
    requests.set(key, request);
    return request;
  }

  function load(url: string | URL, { signal }: LoadOptions = {}): Promise<DataDocument> {
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    const key = keyOf(url);
    const request = requests.get(key) ?? start(key);
    request.waiting += 1;
    if (!signal) return request.promise;
    return new Promise<DataDocument>((resolve, reject) => {
      const onAbort = () => {
        request.waiting -= 1;
        if (request.waiting === 0 && !request.settled) {
          request.controller.abort(abortReason(signal));
          if (requests.get(key) === request) requests.delete(key);
        }
        reject(abortReason(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      request.promise.then(
        (document) => {
          signal.removeEventListener('abort', onAbort);
          resolve(document);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', onAbort);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  }

  function clear(url?: string | URL): void {
    if (url === undefined) requests.clear();
    else requests.delete(keyOf(url));
  }

  return { load, clear };
}

let sharedLoader: DocumentLoader | undefined;

/**
 * Loads, checks and returns the data document at `url`. Every element on a page that asks for the
 * same URL shares one request. Rejects with a `DataLoadError` (or the abort reason).
 */
export function loadDataDocument(url: string | URL, options: LoadOptions = {}): Promise<DataDocument> {
  sharedLoader ??= createDocumentLoader();
  return sharedLoader.load(url, options);
}

/** Forgets documents loaded by `loadDataDocument` (one URL, or all). */
export function clearDataDocumentCache(url?: string | URL): void {
  sharedLoader?.clear(url);
}
