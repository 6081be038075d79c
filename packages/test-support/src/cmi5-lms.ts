import { executeServerCommand } from '@web/test-runner-commands';
import { localLrs } from './local-lrs.js';

/** A launch of a unit by the stand-in cmi5 LMS. */
export interface Cmi5TestLaunch {
  readonly id: string;
  readonly registration: string;
  readonly actor: {
    readonly objectType: 'Agent';
    readonly account: { readonly homePage: string; readonly name: string };
  };
  readonly activityId: string;
  /** The unit's URL with the launch parameters. */
  readonly url: string;
}

export interface Cmi5LaunchOptions {
  readonly unitUrl: string;
  readonly activityId: string;
  readonly courseId?: string;
  readonly launchMode?: 'Normal' | 'Browse' | 'Review';
  readonly returnURL?: string;
  readonly languagePreference?: string;
  readonly registration?: string;
  readonly learner?: string;
}

/** Launches a unit from the stand-in cmi5 LMS, which forwards statements to the local LRS. */
export async function launchFromCmi5Lms(options: Cmi5LaunchOptions): Promise<Cmi5TestLaunch> {
  const { endpoint, auth } = await localLrs();
  return executeServerCommand<Cmi5TestLaunch, object>('lp-cmi5-lms', {
    action: 'launch',
    lrsEndpoint: endpoint,
    lrsAuth: auth,
    ...options,
  });
}

/** What the stand-in LMS saw of a launch: how often its fetch URL was used, and the statements it forwarded. */
export function cmi5LmsReport(id: string): Promise<{ fetchCount: number; statements: Record<string, unknown>[] }> {
  return executeServerCommand('lp-cmi5-lms', { action: 'report', id });
}
