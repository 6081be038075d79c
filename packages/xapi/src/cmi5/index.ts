export {
  applyCmi5Rules,
  durationBetween,
  withTemplate,
  type Cmi5Decision,
  type Cmi5SessionState,
} from './cmi5-rules.js';
export {
  CMI5_CATEGORY,
  CMI5_VERBS,
  MASTERY_SCORE_EXTENSION,
  MOVE_ON_CATEGORY,
  SESSION_ID_EXTENSION,
} from './cmi5-vocabulary.js';
export { preferredLanguage } from './language-preference.js';
export { Cmi5LaunchError, readLaunchParameters, type Cmi5Launch } from './launch-parameters.js';
export { Cmi5LmsError, type LaunchData, type LearnerPreferences } from './lms-requests.js';
export { startCmi5Session, type Cmi5Session, type Cmi5SessionOptions } from './start-cmi5-session.js';
