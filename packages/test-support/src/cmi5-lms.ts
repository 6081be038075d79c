import { executeServerCommand } from '@web/test-runner-commands';
import { localLrs } from './local-lrs.js';

/** A launch of a unit by the stand-in cmi5 LMS: one session of a registration. */
export interface Cmi5TestLaunch {
  readonly id: string;
  readonly registration: string;
  /** The launch actor as the LMS put it in the URL (Moodle's form has no `objectType`). */
  readonly actor: {
    readonly objectType?: 'Agent';
    readonly account: { readonly homePage: string; readonly name: string };
  };
  readonly activityId: string;
  /** The session id of the context template. */
  readonly sessionId: string;
  readonly launchMode: 'Normal' | 'Browse' | 'Review';
  /** The unit's URL with the launch parameters. */
  readonly url: string;
}

export interface Cmi5LaunchOptions {
  readonly unitUrl: string;
  readonly activityId: string;
  readonly courseId?: string;
  /** Normal by default; Review when the registration's unit is already satisfied. */
  readonly launchMode?: 'Normal' | 'Browse' | 'Review';
  readonly returnURL?: string;
  readonly moveOn?: string;
  readonly masteryScore?: number;
  readonly languagePreference?: string;
  /** A registration launched before: a new session of it, for the same learner. */
  readonly registration?: string;
  readonly learner?: string;
  /** `moodle`: the actor as Moodle writes it, `{"account": {…}}` without `objectType`. */
  readonly actorForm?: 'moodle';
}

/** A request the stand-in LMS refused, with its reason (the cmi5 requirement) and the statements refused. */
export interface Cmi5Refusal {
  readonly status: number;
  readonly reason: string;
  readonly statements: readonly string[];
}

/** What the stand-in LMS saw of a launch. */
export interface Cmi5LmsReport {
  /** How often the fetch URL was used. */
  readonly fetchCount: number;
  /** Whether a later launch of the registration abandoned this session. */
  readonly abandoned: boolean;
  /** The statements it accepted and forwarded, in order. */
  readonly statements: Record<string, unknown>[];
  readonly refused: readonly Cmi5Refusal[];
}

/** Launches a unit from the stand-in cmi5 LMS, which records `launched` and forwards statements to the local LRS. */
export async function launchFromCmi5Lms(options: Cmi5LaunchOptions): Promise<Cmi5TestLaunch> {
  const { endpoint, auth } = await localLrs();
  return executeServerCommand<Cmi5TestLaunch, object>('lp-cmi5-lms', {
    action: 'launch',
    lrsEndpoint: endpoint,
    lrsAuth: auth,
    ...options,
  });
}

/** What the stand-in LMS saw of a launch. */
export function cmi5LmsReport(id: string): Promise<Cmi5LmsReport> {
  return executeServerCommand('lp-cmi5-lms', { action: 'report', id });
}
