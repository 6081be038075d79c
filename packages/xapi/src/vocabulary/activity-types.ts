import { LP_XAPI_BASE, PROFILE_ACTIVITY_TYPE } from './profile-iri.js';

/** Activity types of the things LP Elements' statements are about. */
export const ACTIVITY_TYPES = {
  /** ADL: a course in the catalogue. */
  course: 'http://adlnet.gov/expapi/activities/course',
  /** ADL: an LP training module (the page that composes the elements). */
  module: 'http://adlnet.gov/expapi/activities/module',
  /** ADL: an xAPI Profile named in `category`. */
  profile: PROFILE_ACTIVITY_TYPE,
  /** LP Elements: a searchable list of courses. */
  courseCatalogue: `${LP_XAPI_BASE}/activity-types/course-catalogue`,
  /** LP Elements: one skill of a competence framework. */
  skill: `${LP_XAPI_BASE}/activity-types/skill`,
  /** LP Elements: a competence framework that groups skills and defines their level scale. */
  skillFramework: `${LP_XAPI_BASE}/activity-types/skill-framework`,
  /** LP Elements: a career track made of steps. */
  careerTrack: `${LP_XAPI_BASE}/activity-types/career-track`,
  /** LP Elements: one step of a career track. */
  careerStep: `${LP_XAPI_BASE}/activity-types/career-step`,
  /** LP Elements: the table of required and current skill levels. */
  skillGapMatrix: `${LP_XAPI_BASE}/activity-types/skill-gap-matrix`,
} as const;
