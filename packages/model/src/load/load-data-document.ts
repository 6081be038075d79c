import type { DataDocument } from '../document.js';
import type { Problem } from '../problems/problem.js';
import { salvageDataDocument, type SalvageResult } from '../salvage/salvage-data-document.js';
import { parseJsonText } from '../validate/json-text.js';
import { parseDataDocument } from '../validate/parse-data-document.js';
import { DataLoadError } from './data-load-error.js';

/** Options of one load. */
export interface LoadOptions {
  /** Aborting rejects this caller's promise with the signal's reason; the request goes on while others wait for it. */
  readonly signal?: AbortSignal;
}

/** A request several callers wait for, aborted only when all of them have given up. */
interface SharedRequest<T> {
  readonly promise: Promise<T>;
  readonly controller: AbortController;
  waiting: number;
  settled: boolean;
}

/** Loads data documents with a cache of its own. */
export interface DocumentLoader<T = DataDocument> {
  /** Loads and checks the document at `url`, once per URL however many callers ask. */
  load(url: string | URL, options?: LoadOptions): Promise<T>;
  /** Forgets loaded documents (one URL, or all), so the next load fetches again. */
  clear(url?: string | URL): void;
}

/**
 * Turns the downloaded text into what the loader returns, or throws a `DataLoadError`.
 * `status` is the HTTP status, for the error.
 */
export type DocumentReader<T> = (text: string, url: string, status: number) => T;

/** How a loader fetches and reads. */
export interface LoaderOptions<T = DataDocument> {
  /** The fetch to use; the global one by default. */
  readonly fetch?: typeof fetch;
  /** What relative URLs are resolved against; the page's address by default, when there is one. */
  readonly base?: string;
  /** How the text becomes a result: strict checking (`parseDataDocument`) by default. */
  readonly read?: DocumentReader<T>;
}

function contentError(url: string, problems: readonly Problem[], status: number): DataLoadError {
  const kind = problems[0]?.code === 'invalid-json' ? 'json' : 'invalid';
  const what = kind === 'json' ? 'is not JSON' : `has ${problems.length} problem(s)`;
  return new DataLoadError(kind, url, `${url} ${what}.`, { problems, status });
}

/** Every problem fails the load. */
const readStrictly: DocumentReader<DataDocument> = (text, url, status) => {
  const result = parseDataDocument(text);
  if (result.ok) return result.document;
  throw contentError(url, result.problems, status);
};

/** Problems leave parts out; the load fails only when nothing is usable. */
const readUsablePart: DocumentReader<SalvageResult> = (text, url, status) => {
  const result = salvageDataDocument(text);
  if (result.document) return result;
  throw contentError(url, result.problems, status);
};

/** Only the JSON is read: the caller checks the value itself. */
const readJson: DocumentReader<unknown> = (text, url, status) => {
  const parsed = parseJsonText(text);
  if (parsed.ok) return parsed.value;
  throw contentError(url, [parsed.problem], status);
};

async function fetchDocument<T>(
  doFetch: typeof fetch,
  read: DocumentReader<T>,
  url: string,
  signal: AbortSignal,
): Promise<T> {
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
  return read(text, url, response.status);
}

const abortReason = (signal: AbortSignal): Error =>
  signal.reason instanceof Error ? signal.reason : new DOMException('The load was aborted.', 'AbortError');

/**
 * Makes a loader with its own cache: one request per URL, shared by every caller, kept once it
 * succeeds and dropped when it fails (so a retry fetches again). Errors are `DataLoadError`s
 * naming what went wrong: the network, the HTTP status, the JSON or the content.
 */
export function createDocumentLoader(options?: LoaderOptions): DocumentLoader;
export function createDocumentLoader<T>(
  options: LoaderOptions<T> & { readonly read: DocumentReader<T> },
): DocumentLoader<T>;
export function createDocumentLoader<T>(options: LoaderOptions<T> = {}): DocumentLoader<T> {
  const requests = new Map<string, SharedRequest<T>>();
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const read = options.read ?? (readStrictly as unknown as DocumentReader<T>);
  const keyOf = (url: string | URL) => {
    const base = options.base ?? (globalThis as { location?: { href?: string } }).location?.href;
    try {
      return new URL(url, base).href;
    } catch {
      return String(url);
    }
  };

  function start(key: string): SharedRequest<T> {
    const controller = new AbortController();
    const request: SharedRequest<T> = {
      promise: fetchDocument(doFetch, read, key, controller.signal),
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

  function load(url: string | URL, { signal }: LoadOptions = {}): Promise<T> {
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    const key = keyOf(url);
    const request = requests.get(key) ?? start(key);
    request.waiting += 1;
    if (!signal) return request.promise;
    return new Promise<T>((resolve, reject) => {
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
let sharedUsablePartLoader: DocumentLoader<SalvageResult> | undefined;
let sharedJsonLoader: DocumentLoader<unknown> | undefined;

/**
 * Loads, checks and returns the data document at `url`. Every element on a page that asks for the
 * same URL shares one request. Rejects with a `DataLoadError` (or the abort reason).
 */
export function loadDataDocument(url: string | URL, options: LoadOptions = {}): Promise<DataDocument> {
  sharedLoader ??= createDocumentLoader();
  return sharedLoader.load(url, options);
}

/**
 * Loads the document at `url` and keeps its usable part (see `salvageDataDocument`): a catalogue
 * with a few broken courses still loads, with the skipped parts listed. Rejects with a
 * `DataLoadError` only when nothing is usable. Shares one request per URL, like `loadDataDocument`.
 */
export function loadUsableDataDocument(url: string | URL, options: LoadOptions = {}): Promise<SalvageResult> {
  sharedUsablePartLoader ??= createDocumentLoader({ read: readUsablePart });
  return sharedUsablePartLoader.load(url, options);
}

/**
 * Loads the JSON at `url` without checking it, for a caller that checks it its own way (the
 * elements check a large catalogue a slice at a time with `salvageDataDocumentSteps`). Every
 * caller of one URL gets the same value from one request. Rejects with a `DataLoadError` of kind
 * `network`, `http` or `json` (or the abort reason), like `loadDataDocument`.
 */
export function loadDataDocumentJson(url: string | URL, options: LoadOptions = {}): Promise<unknown> {
  sharedJsonLoader ??= createDocumentLoader({ read: readJson });
  return sharedJsonLoader.load(url, options);
}

/** Forgets documents loaded by `loadDataDocument`, `loadUsableDataDocument` and `loadDataDocumentJson` (one URL, or all). */
export function clearDataDocumentCache(url?: string | URL): void {
  sharedLoader?.clear(url);
  sharedUsablePartLoader?.clear(url);
  sharedJsonLoader?.clear(url);
}
