import type { FoundScormApi, Scorm12Api, Scorm2004Api, ScormVersion } from './scorm-api.js';

/** The part of a window the search reads; a cross-origin window throws on access, which is caught. */
export interface ApiWindow {
  readonly parent?: ApiWindow | null;
  readonly opener?: ApiWindow | null;
  readonly API?: unknown;
  readonly API_1484_11?: unknown;
}

/** How far up the parent chain the search goes, as ADL's API discovery does. */
export const MAX_PARENT_LEVELS = 7;

const METHODS: Record<ScormVersion, readonly string[]> = {
  '1.2': ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError'],
  2004: ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError'],
};

const PROPERTY: Record<ScormVersion, 'API' | 'API_1484_11'> = { '1.2': 'API', 2004: 'API_1484_11' };

function apiIn(win: ApiWindow, version: ScormVersion): unknown {
  try {
    const api = win[PROPERTY[version]] as Record<string, unknown> | null | undefined;
    if (api && METHODS[version].every((name) => typeof api[name] === 'function')) return api;
  } catch {
    // A window of another origin: not the LMS's, go on.
  }
  return undefined;
}

function parentOf(win: ApiWindow): ApiWindow | undefined {
  try {
    const parent = win.parent;
    return parent && parent !== win ? parent : undefined;
  } catch {
    return undefined;
  }
}

function openerOf(win: ApiWindow): ApiWindow | undefined {
  try {
    return win.opener ?? undefined;
  } catch {
    return undefined;
  }
}

/** The window itself and up to `MAX_PARENT_LEVELS` parents. */
function* chain(start: ApiWindow | undefined): Generator<ApiWindow> {
  let win = start;
  for (let level = 0; win && level <= MAX_PARENT_LEVELS; level += 1) {
    yield win;
    win = parentOf(win);
  }
}

function search(win: ApiWindow, version: ScormVersion): unknown {
  for (const candidate of chain(win)) {
    const api = apiIn(candidate, version);
    if (api) return api;
  }
  const topOpener = [...chain(win)].map(openerOf).find(Boolean);
  for (const candidate of chain(topOpener)) {
    const api = apiIn(candidate, version);
    if (api) return api;
  }
  return undefined;
}

/**
 * Finds the LMS's SCORM API as ADL's discovery algorithm does: the window, then its parents (up to
 * seven levels), then the opener of the window or of the first parent that has one, and the
 * opener's parents. `versions` is the order to try; SCORM 2004 first by default, since an LMS that
 * offers both plays the newer edition more fully. Undefined when no LMS is there.
 */
export function findScormApi(
  win: ApiWindow,
  versions: readonly ScormVersion[] = ['2004', '1.2'],
): FoundScormApi | undefined {
  for (const version of versions) {
    const api = search(win, version);
    if (api) {
      return version === '1.2' ? { version, api: api as Scorm12Api } : { version, api: api as Scorm2004Api };
    }
  }
  return undefined;
}
