import type { Agent } from '../types.js';
import { storedValue, type StorageLike } from '../storage.js';

const ANONYMOUS_ID_KEY = 'lp-xapi-anonymous-id';

/** An agent known by an account of the host system, e.g. the LMS user id. */
export function accountActor(homePage: string, name: string): Agent {
  return { objectType: 'Agent', account: { homePage, name } };
}

/**
 * The learner as an opaque account: a random id kept in `storage` (the browser's localStorage),
 * so statements of one browser link up without any name or e-mail address.
 */
export function anonymousActor(homePage: string, storage: StorageLike | undefined, uuid: () => string): Agent {
  return accountActor(homePage, storedValue(storage, ANONYMOUS_ID_KEY, uuid));
}
