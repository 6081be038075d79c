import { cmi5StateStore, lrsRecordStore, type Cmi5Session, type RemoteRecordStore } from '@lp-elements/xapi';
import type { LpXapiRecorder } from '../xapi-recorder/xapi-recorder.js';

/** What the remote stores are made from. */
export interface RemoteRecordRoute {
  readonly recorder: LpXapiRecorder;
  /** The module's IRI: the record's activity outside a cmi5 launch. */
  readonly module: string;
  /** Whether an LMS launched the page as a cmi5 assignable unit. */
  readonly cmi5: boolean;
}

/** How long a module waits for a cmi5 launch to start before it keeps the record locally only. */
const LAUNCH_WAIT_MS = 30_000;

/** The recorder's cmi5 session once it has started; undefined when the launch failed. */
function cmi5SessionOf(recorder: LpXapiRecorder): Promise<Cmi5Session | undefined> {
  if (recorder.cmi5Session) return Promise.resolve(recorder.cmi5Session);
  return new Promise((resolve) => {
    // The recorder sets `launch-mode` once the session has started, and says `lp-xapi-failed` when it could not.
    const observer = new MutationObserver(() => {
      if (recorder.cmi5Session) done(recorder.cmi5Session);
    });
    const onFailed = (event: Event) => {
      if ((event as CustomEvent<{ reason?: string }>).detail.reason === 'launch') done(undefined);
    };
    const timer = setTimeout(() => {
      done(undefined);
    }, LAUNCH_WAIT_MS);
    const done = (session: Cmi5Session | undefined) => {
      observer.disconnect();
      recorder.removeEventListener('lp-xapi-failed', onFailed);
      clearTimeout(timer);
      resolve(session);
    };
    observer.observe(recorder, { attributes: true, attributeFilter: ['launch-mode'] });
    recorder.addEventListener('lp-xapi-failed', onFailed);
  });
}

function localStorageOrNothing(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * The remote store of a launched or recorded page, in its own chunk: the cmi5 unit's State
 * document, or (for a page with an LRS) its State API or the learner's own statements.
 * Undefined when there is none after all (the launch failed, the recorder has its own transport).
 */
export async function remoteRecordStore(route: RemoteRecordRoute): Promise<RemoteRecordStore | undefined> {
  if (route.cmi5) {
    const session = await cmi5SessionOf(route.recorder);
    return session ? cmi5StateStore(session) : undefined;
  }
  const recorder = route.recorder.recorder;
  if (!recorder?.access) return undefined;
  return lrsRecordStore(recorder, { activityId: route.module, capabilities: localStorageOrNothing() });
}
