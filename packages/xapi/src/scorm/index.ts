/**
 * The SCO runtime: what the training module needs under a SCORM 1.2 or 2004 launch. A chunk of
 * its own, imported only when `findScormApi` found an LMS.
 */
export { findScormApi, MAX_PARENT_LEVELS, type ApiWindow } from './find-scorm-api.js';
export type { FoundScormApi, Scorm12Api, Scorm2004Api, ScormVersion } from './scorm-api.js';
export {
  scormConnection,
  type ScormConnection,
  type ScormConnectionOptions,
  type ScormError,
} from './scorm-connection.js';
export {
  startScormSession,
  type RecordTooLongNotice,
  type ScormMode,
  type ScormSession,
  type ScormSessionOptions,
  type ScormState,
} from './scorm-session.js';
export {
  decodeSuspendData,
  encodeSuspendData,
  SUSPEND_DATA_LIMIT,
  SUSPEND_DATA_TAG,
  type EncodedSuspendData,
  type SuspendDataContext,
} from './suspend-data.js';
export {
  cmiStatus,
  interactionFields,
  objectiveFields,
  scoreOf,
  skillIdentifier,
  stepScore,
  type CmiEntry,
  type CmiStatusInput,
  type StepRequirement,
  type StepScore,
} from './cmi-values.js';
export { displayName, scormActor } from './scorm-learner.js';
export { iso8601Duration, scorm12Time, scorm12Timespan, scorm2004Timestamp } from './session-time.js';
