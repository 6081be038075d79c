import type { Recorder } from '../recorder/create-recorder.js';
import type { StorageLike } from '../storage.js';
import type { RecordPlace, RecordReading } from './learner-record.js';
import { lrsRequester, lrsUrl, worthRetrying } from './lrs-request.js';
import {
  LEARNER_RECORD_STATE_ID,
  stateDocumentStore,
  type RemoteRecordStore,
  type StateDocumentStoreOptions,
} from './state-document-store.js';
import { statementsRecordStore } from './statements-record-store.js';

export interface LrsRecordStoreOptions extends Omit<
  StateDocumentStoreOptions,
  'endpoint' | 'auth' | 'agent' | 'activityId' | 'registration' | 'place' | 'knownAbsent'
> {
  /** The module's IRI: the State document's activityId and the object of its `completed`; the recorder's `activity` by default. */
  readonly activityId?: string;
  /**
   * Remembers per endpoint whether the LRS has a State API, so a later visit needs one request
   * before the record is known; the module passes localStorage. Nothing personal is kept there.
   */
  readonly capabilities?: StorageLike;
}

export interface LrsRecordStore extends RemoteRecordStore {
  /** `lrs-state` or `lrs-statements`; `lrs-state` until the first read has found out. */
  readonly place: Extract<RecordPlace, 'lrs-state' | 'lrs-statements'>;
}

type Route = 'state' | 'statements';

const capabilityKey = (endpoint: string) => `lp-xapi-record-route:${endpoint}`;

/**
 * The record of a page with `<lp-xapi-recorder>` and an LRS: a State document (activityId =
 * the recorder's `activity`, agent = its actor, no registration, since the recorder makes one
 * per tab) where the LRS has a State API, else rebuilt from the learner's statements — so an
 * identified learner (`actor-name`) finds their levels on any device.
 *
 * One request tells both: `GET activities/state` without a `stateId` lists the learner's
 * documents on a conformant LRS (200 and an array: is ours there?) and fails as a whole (404)
 * where there is no State API. A new learner's record is then known after that one request; an
 * existing document or the statements need a second. A browser sees no 404 where the LRS fails
 * the CORS preflight of a resource it lacks (Learning Locker's statement service does): no answer
 * there, then statements that answer, also mean "no State API". `capabilities` remembers the
 * route, so later visits need just the one request (or the one round of statement queries).
 */
export function lrsRecordStore(
  recorder: Pick<Recorder, 'access' | 'context'>,
  options: LrsRecordStoreOptions = {},
): LrsRecordStore {
  const { access, context } = recorder;
  const activityId = options.activityId ?? context.activity;
  if (!access) throw new Error('lrsRecordStore: the recorder sends through a transport of its own, not to an endpoint');
  if (!activityId) throw new Error('lrsRecordStore needs an activityId (or a recorder with an activity)');
  if (context.actor.objectType === 'Group') throw new Error('lrsRecordStore: a group has no learner record');
  const agent = context.actor;
  const { endpoint } = access;
  const { capabilities, stateId = LEARNER_RECORD_STATE_ID } = options;
  const connection = { ...options, ...access };
  const request = lrsRequester(connection);
  let chosen: RemoteRecordStore | undefined;
  let choosing: Promise<RemoteRecordStore> | undefined;
  const make = (route: Route, knownAbsent = false) =>
    route === 'state'
      ? stateDocumentStore({ ...connection, agent, activityId, place: 'lrs-state', knownAbsent })
      : statementsRecordStore({ ...connection, agent, activity: context.activity, moduleId: activityId });
  const remember = (route: Route) => {
    try {
      capabilities?.setItem(capabilityKey(endpoint), route);
    } catch {
      // Without storage every visit asks again: one more request, nothing lost.
    }
  };
  const recalled = (): Route | undefined => {
    try {
      const route = capabilities?.getItem(capabilityKey(endpoint));
      return route === 'state' || route === 'statements' ? route : undefined;
    } catch {
      return undefined;
    }
  };

  /** The first reading, when finding the route already needed it. */
  let firstReading: Promise<RecordReading | undefined> | undefined;

  const choose = (): Promise<RemoteRecordStore> =>
    (choosing ??= (async () => {
      const route = recalled();
      if (route) return (chosen = make(route));
      const response = await request(
        lrsUrl(endpoint, 'activities/state', { activityId, agent: JSON.stringify(agent) }),
      ).catch(() => undefined);
      if (response?.ok) {
        const ids = (await response.json().catch(() => undefined)) as unknown;
        remember('state');
        return (chosen = make('state', Array.isArray(ids) && !ids.includes(stateId)));
      }
      if (response && worthRetrying(response.status)) {
        throw new Error(`Learner record: the LRS answered ${response.status}`);
      }
      const statements = make('statements');
      if (!response) {
        // No answer: offline — or, as a browser sees it, an LRS that fails the CORS preflight of
        // a resource it does not serve (Learning Locker's statement service answers it with 404).
        // If the statements answer, it is the latter.
        const reading = statements.read();
        await reading;
        firstReading = reading;
      }
      remember('statements');
      return (chosen = statements);
    })().catch((error: unknown) => {
      choosing = undefined;
      throw error;
    }));

  return {
    get place() {
      return (chosen?.place ?? 'lrs-state') as LrsRecordStore['place'];
    },
    get writable() {
      return chosen?.writable ?? options.writable ?? true;
    },
    get pending() {
      return chosen?.pending ?? false;
    },
    read: async () => {
      const store = await choose();
      const reading = firstReading;
      firstReading = undefined;
      return reading ?? store.read();
    },
    write: async (record) => (await choose()).write(record),
    flush: async (flushOptions) => chosen?.flush(flushOptions),
    forget: async () => (await choose()).forget(),
    close: () => chosen?.close(),
  };
}
