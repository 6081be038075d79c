import type { Activity, Verb } from '../types.js';

const verb = (id: string, en: string): Verb => ({ id, display: { en } });

/** The verbs cmi5 defines for an assignable unit (all ADL verbs). */
export const CMI5_VERBS = {
  initialized: verb('http://adlnet.gov/expapi/verbs/initialized', 'initialized'),
  completed: verb('http://adlnet.gov/expapi/verbs/completed', 'completed'),
  passed: verb('http://adlnet.gov/expapi/verbs/passed', 'passed'),
  failed: verb('http://adlnet.gov/expapi/verbs/failed', 'failed'),
  terminated: verb('http://adlnet.gov/expapi/verbs/terminated', 'terminated'),
} as const;

/** Verbs that only a Normal launch may send, and only once per registration. */
export const MOVE_ON_VERBS: ReadonlySet<string> = new Set([
  CMI5_VERBS.completed.id,
  CMI5_VERBS.passed.id,
  CMI5_VERBS.failed.id,
]);

const category = (id: string): Activity => ({ objectType: 'Activity', id });

/** Marks a statement as one of cmi5's own. */
export const CMI5_CATEGORY = category('https://w3id.org/xapi/cmi5/context/categories/cmi5');
/** Marks a statement that counts towards moveOn (completed, passed, failed). */
export const MOVE_ON_CATEGORY = category('https://w3id.org/xapi/cmi5/context/categories/moveon');
/** Context extension naming the launch session of every statement. */
export const SESSION_ID_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
/** State document the LMS writes before launch. */
export const LAUNCH_DATA_STATE_ID = 'LMS.LaunchData';
/** Agent profile with the learner's language and audio preferences. */
export const LEARNER_PREFERENCES_PROFILE_ID = 'cmi5LearnerPreferences';
/** Context extension with the LMS's mastery score, on passed and failed statements judged by it. */
export const MASTERY_SCORE_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
