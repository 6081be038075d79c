/** The version of `@lp-elements/elements`, kept equal to its package.json by a test. */
export const LP_ELEMENTS_VERSION = '0.1.0';
