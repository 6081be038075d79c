import { localRecordStore, type RecordStore, type RemoteRecordStore } from '@lp-elements/xapi';
import { isCmi5Launch } from '../xapi-recorder/cmi5-launch.js';
import type { LpXapiRecorder } from '../xapi-recorder/xapi-recorder.js';

/** Who the record belongs to, as the module knows it. */
export interface RecordOwner {
  /** The module's IRI. */
  readonly module: string;
  /** The person profile the page named, if any. */
  readonly person?: string;
}

/** The stores of one learner and module: the local copy at once, a remote store where the page has one. */
export interface RecordRoute {
  readonly local: RecordStore;
  /** Loads the remote store's code only when called: pages that are neither launched nor recorded never fetch it. */
  readonly remote?: () => Promise<RemoteRecordStore | undefined>;
}

/**
 * A short, stable digest of a learner's identity for a storage key: two learners sharing a browser
 * keep apart, and no name or e-mail address is written to the page's storage (FNV-1a, 32 bits).
 */
function digest(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

function localStorageOrNothing(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * Chooses where the record lives from how the page was launched: a cmi5 launch keeps it in the
 * unit's State document, a page with an `<lp-xapi-recorder>` that has an LRS in the LRS, any other
 * page in `localStorage` only. Every route keeps a local copy too, so offline edits are not lost.
 */
export function chooseRecordStore(host: Element, owner: RecordOwner): RecordRoute {
  const recorder = host.closest<LpXapiRecorder>('lp-xapi-recorder');
  const href = globalThis.location.href;
  const cmi5 = isCmi5Launch(href);
  const params = new URL(href).searchParams;
  const learner = cmi5
    ? `${params.get('actor') ?? ''}|${params.get('registration') ?? ''}`
    : JSON.stringify(recorder?.recorder?.context.actor ?? null);
  const key = `lp-record:${owner.module}|${owner.person ?? ''}|${digest(learner)}`;
  const local = localRecordStore(key, localStorageOrNothing(), { events: globalThis });
  if (!recorder || (!cmi5 && !recorder.recorder?.access)) return { local };
  return {
    local,
    remote: async () => {
      const { remoteRecordStore } = await import('./remote-record-store.js');
      return remoteRecordStore({ recorder, module: owner.module, cmi5 });
    },
  };
}
