export { accountActor, anonymousActor } from './actor/actor.js';
export { staticAuth, tokenAuth, type AuthProvider, type TokenResponse } from './delivery/auth.js';
export { backoffDelay, retryAfterMs } from './delivery/backoff.js';
export { classify, type Outcome } from './delivery/classify.js';
export { fetchTransport, type FetchTransportOptions } from './delivery/fetch-transport.js';
export type { SendOptions, SendResult, Transport } from './delivery/transport.js';
export { xapiJsTransport, type XapiJsClient } from './delivery/xapijs-transport.js';
export { memoryQueue } from './queue/memory-queue.js';
export { openQueue } from './queue/open-queue.js';
export type { DeadLetter, QueueEntry, StatementQueue } from './queue/statement-queue.js';
export { createRecorder, type LrsAccess, type Recorder } from './recorder/create-recorder.js';
export type { FailedDetail, FailureReason, QueuedDetail, RecorderNotice, SentDetail } from './recorder/notices.js';
export type { RecorderOptions } from './recorder/recorder-options.js';
export { completeStatement, type CompletionContext } from './statement/complete.js';
export { CONTEXT_AGENTS_EXTENSION, CONTEXT_GROUPS_EXTENSION, forVersion } from './statement/for-version.js';
export { activity, type ActivityInfo } from './statements/activity.js';
export { catalogueSearched, type CatalogueSearch } from './statements/catalogue.js';
export { careerStepCompleted, careerStepSelected, trackProgressed } from './statements/career.js';
export { courseSelected, courseViewed } from './statements/course.js';
export { matrixInteracted } from './statements/matrix.js';
export { moduleCompleted } from './statements/module.js';
export { skillSelfAssessed, type SelfAssessmentContext, type SkillInfo, type SkillLevel } from './statements/skill.js';
export type { StorageLike } from './storage.js';
export type {
  Activity,
  ActivityDefinition,
  Actor,
  Agent,
  ContextAgent,
  ContextGroup,
  Extensions,
  Group,
  LanguageMap,
  PartialStatement,
  Result,
  Statement,
  StatementContext,
  Verb,
} from './types.js';
export { randomUuid } from './uuid.js';
export { RULES, type Rule } from './validation/rules.js';
export { StatementRejectedError, type StatementProblem } from './validation/statement-problem.js';
export { validateStatement, type ValidationOptions } from './validation/validate-statement.js';
export { DEFAULT_XAPI_VERSION, negotiateVersion, type XapiVersion } from './version.js';
export { ACTIVITY_TYPES } from './vocabulary/activity-types.js';
export { EXTENSIONS, MATRIX_ACTIONS, type MatrixAction } from './vocabulary/extensions.js';
export { LP_XAPI_BASE, PROFILE_ID, PROFILE_VERSION_ID } from './vocabulary/profile-iri.js';
export { VERBS } from './vocabulary/verbs.js';
export * from './cmi5/index.js';
export { checkStoredRecord, type StoredRecordContext } from './record/check-stored-record.js';
export {
  LEARNER_RECORD_VERSION,
  type LearnerRecord,
  type RecordedLevel,
  type RecordPlace,
  type RecordProblem,
  type RecordReading,
  type RecordStore,
} from './record/learner-record.js';
export {
  localRecordStore,
  type LocalRecordStoreOptions,
  type StorageEventSource,
} from './record/local-record-store.js';
export { EMPTY_RECORD, mergeRecords, sameRecord } from './record/merge-records.js';
export { withLocalCopy, type LocalCopyOptions } from './record/with-local-copy.js';
export * from './record/remote-stores.js';
