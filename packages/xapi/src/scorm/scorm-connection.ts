import type { FoundScormApi, ScormVersion } from './scorm-api.js';

/** An error the LMS reported, with its words for it. */
export interface ScormError {
  /** What was asked: `initialize`, `get cmi.suspend_data`, `set cmi.core.lesson_status` … */
  readonly call: string;
  /** The LMS's error code (`GetLastError`), or `exception` when the API threw. */
  readonly code: string;
  readonly message: string;
  readonly diagnostic: string;
}

/**
 * One small interface over SCORM 1.2 and 2004: the same five calls, element names left to the
 * caller (they differ between the editions). No call ever throws into the page; a failed one
 * answers `false` (or `''` for `get`) and its error is in `lastError`.
 */
export interface ScormConnection {
  readonly version: ScormVersion;
  initialize(): boolean;
  get(element: string): string;
  set(element: string, value: string): boolean;
  commit(): boolean;
  /** `LMSFinish` / `Terminate`, once: later calls do nothing and answer false. */
  finish(): boolean;
  /** Whether `finish` was called (the LMS may close the window right after). */
  readonly finished: boolean;
  /** The error of the last call that failed, if any. */
  readonly lastError?: ScormError;
}

export interface ScormConnectionOptions {
  /**
   * Told of each kind of error once (by call and code), so an LMS that refuses every commit is
   * reported once, not on every commit.
   */
  readonly onError?: (error: ScormError) => void;
}

interface Calls {
  initialize(): string;
  finish(): string;
  get(element: string): string;
  set(element: string, value: string): string;
  commit(): string;
  lastError(): string;
  errorString(code: string): string;
  diagnostic(code: string): string;
}

function callsOf(found: FoundScormApi): Calls {
  if (found.version === '1.2') {
    const { api } = found;
    return {
      initialize: () => api.LMSInitialize(''),
      finish: () => api.LMSFinish(''),
      get: (element) => api.LMSGetValue(element),
      set: (element, value) => api.LMSSetValue(element, value),
      commit: () => api.LMSCommit(''),
      lastError: () => api.LMSGetLastError(),
      errorString: (code) => api.LMSGetErrorString(code),
      diagnostic: (code) => api.LMSGetDiagnostic(code),
    };
  }
  const { api } = found;
  return {
    initialize: () => api.Initialize(''),
    finish: () => api.Terminate(''),
    get: (element) => api.GetValue(element),
    set: (element, value) => api.SetValue(element, value),
    commit: () => api.Commit(''),
    lastError: () => api.GetLastError(),
    errorString: (code) => api.GetErrorString(code),
    diagnostic: (code) => api.GetDiagnostic(code),
  };
}

/** LMSs answer strings; some answer booleans or numbers, which are read as their text. */
const text = (value: unknown) =>
  typeof value === 'string' ? value : typeof value === 'boolean' || typeof value === 'number' ? String(value) : '';

/** An exception's message; the API lives in the LMS's window, so its errors are not this window's `Error`. */
const messageOf = (thrown: unknown) =>
  typeof thrown === 'object' && thrown !== null && 'message' in thrown ? text(thrown.message) : text(thrown);

/**
 * Codes that mean "no value yet" rather than a fault: none, and SCORM 2004's 403 (Data Model
 * Element Value Not Initialized), which a first launch answers for `cmi.suspend_data`.
 */
const NO_VALUE: Record<ScormVersion, readonly string[]> = { '1.2': ['', '0'], 2004: ['', '0', '403'] };

/** Connects to a found API (see `findScormApi`). */
export function scormConnection(found: FoundScormApi, options: ScormConnectionOptions = {}): ScormConnection {
  const calls = callsOf(found);
  const noValue = NO_VALUE[found.version];
  const reported = new Set<string>();
  let lastError: ScormError | undefined;
  let finished = false;

  const ask = (what: () => string): string => {
    try {
      return text(what());
    } catch {
      return '';
    }
  };

  function fail(call: string, thrown?: unknown): void {
    const code = thrown === undefined ? ask(calls.lastError) || 'unknown' : 'exception';
    const error: ScormError =
      thrown === undefined
        ? { call, code, message: ask(() => calls.errorString(code)), diagnostic: ask(() => calls.diagnostic(code)) }
        : { call, code, message: messageOf(thrown), diagnostic: '' };
    lastError = error;
    const key = `${call.split(' ')[0]} ${code}`;
    if (!reported.has(key)) {
      reported.add(key);
      options.onError?.(error);
    }
  }

  /** Runs a call that answers "true"/"false" (1.2 and 2004 both answer strings). */
  function confirm(call: string, what: () => string): boolean {
    try {
      if (text(what()) === 'true') return true;
      fail(call);
    } catch (thrown) {
      fail(call, thrown);
    }
    return false;
  }

  return {
    version: found.version,
    get finished() {
      return finished;
    },
    get lastError() {
      return lastError;
    },
    initialize: () => confirm('initialize', calls.initialize),
    get(element) {
      try {
        const value = text(calls.get(element));
        // An empty answer is a value or an error; only the error code tells them apart.
        if (value === '' && !noValue.includes(ask(calls.lastError))) fail(`get ${element}`);
        return value;
      } catch (thrown) {
        fail(`get ${element}`, thrown);
        return '';
      }
    },
    set: (element, value) => confirm(`set ${element}`, () => calls.set(element, value)),
    commit: () => confirm('commit', calls.commit),
    finish() {
      if (finished) return false;
      finished = true;
      return confirm('finish', calls.finish);
    },
  };
}
