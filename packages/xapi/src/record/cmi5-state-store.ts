import type { Cmi5Session } from '../cmi5/start-cmi5-session.js';
import { stateDocumentStore, type RemoteRecordStore, type StateDocumentStoreOptions } from './state-document-store.js';

/**
 * The record of a cmi5 launch: a State document of the unit's own next to `LMS.LaunchData`
 * (which is only ever read), for the launch `activityId`, the launch actor exactly as the LMS
 * gave it, and the launch registration, so every session of a registration finds it. Written
 * only in Normal mode; Browse and Review read it.
 */
export function cmi5StateStore(
  session: Pick<Cmi5Session, 'launch' | 'launchData' | 'recorder'>,
  options: Omit<
    StateDocumentStoreOptions,
    'endpoint' | 'activityId' | 'agent' | 'registration' | 'place' | 'writable'
  > = {},
): RemoteRecordStore {
  const { launch, launchData, recorder } = session;
  return stateDocumentStore({
    ...options,
    endpoint: launch.endpoint,
    auth: recorder.access?.auth,
    activityId: launch.activityId,
    agent: launch.actor,
    registration: launch.registration,
    place: 'cmi5-state',
    writable: launchData.launchMode === 'Normal',
  });
}
