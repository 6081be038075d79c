import type { RecordStore } from '@lp-elements/xapi';
import type { LpXapiRecorder } from '../xapi-recorder/xapi-recorder.js';

/** What the remote stores are made from. */
export interface RemoteRecordRoute {
  readonly recorder: LpXapiRecorder;
  /** The module's IRI: the record's activity outside a cmi5 launch. */
  readonly module: string;
  /** Whether an LMS launched the page as a cmi5 assignable unit. */
  readonly cmi5: boolean;
}

/**
 * The remote store of a launched or recorded page, in its own chunk: the cmi5 unit's State
 * document, or the LRS's State API or the learner's statements. Undefined while a route has no
 * remote store (the cmi5 and LRS stores of issue 14 plug in here), so the record stays local.
 */
export function remoteRecordStore(_route: RemoteRecordRoute): Promise<RecordStore | undefined> {
  return Promise.resolve(undefined);
}
