/**
 * The cmi5 side of the recorder, in its own module so that bundles load it only on pages an LMS
 * launched as a cmi5 assignable unit.
 */
export { startCmi5Session, type Cmi5Session } from '@lp-elements/xapi';
