/** The record stores that keep the learner record on the network: cmi5 State, an LRS's State API or its statements. */
export { cmi5StateStore } from './cmi5-state-store.js';
export { lrsRecordStore, type LrsRecordStore, type LrsRecordStoreOptions } from './lrs-record-store.js';
export type { LrsConnection } from './lrs-request.js';
export {
  LEARNER_RECORD_STATE_ID,
  stateDocumentStore,
  type RemoteRecordStore,
  type StateDocumentStoreOptions,
} from './state-document-store.js';
export { statementsRecordStore, VOIDED_VERB, type StatementsRecordStoreOptions } from './statements-record-store.js';
