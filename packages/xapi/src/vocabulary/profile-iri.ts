/**
 * Where LP Elements' own IRIs live: a w3id.org namespace, so they keep resolving whoever hosts the
 * profile (the redirect rules are in docs/w3id/). Statements are analysed for years, so every IRI
 * under this base is permanent: never change or remove one; a new term gets a new IRI in a new
 * profile version.
 */
export const LP_XAPI_BASE = 'https://w3id.org/xapi/lp-elements';

/** The LP Elements xAPI Profile as a whole: the namespace itself, as ADL's profiles do it. */
export const PROFILE_ID = LP_XAPI_BASE;

/** The profile version statements conform to: named in `context.contextActivities.category`. */
export const PROFILE_VERSION_ID = `${PROFILE_ID}/v1`;

/** ADL's activity type for a profile named in `category`. */
export const PROFILE_ACTIVITY_TYPE = 'http://adlnet.gov/expapi/activities/profile';
