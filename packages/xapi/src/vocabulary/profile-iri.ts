/**
 * Where LP Elements' own IRIs live. `lp-elements.example` is a stand-in domain until the project
 * publishes its profile at a permanent address; every IRI under it is defined in the profile.
 */
export const LP_XAPI_BASE = 'https://lp-elements.example/xapi';

/** The LP Elements xAPI Profile as a whole. */
export const PROFILE_ID = `${LP_XAPI_BASE}/profile`;

/** The profile version statements conform to: named in `context.contextActivities.category`. */
export const PROFILE_VERSION_ID = `${PROFILE_ID}/v1`;

/** ADL's activity type for a profile named in `category`. */
export const PROFILE_ACTIVITY_TYPE = 'http://adlnet.gov/expapi/activities/profile';
