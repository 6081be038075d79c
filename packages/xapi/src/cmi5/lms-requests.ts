import type { StorageLike } from '../storage.js';
import type { StatementContext } from '../types.js';
import { LAUNCH_DATA_STATE_ID, LEARNER_PREFERENCES_PROFILE_ID } from './cmi5-vocabulary.js';
import type { Cmi5Launch } from './launch-parameters.js';

/** How the LMS wants the unit to behave, from its `LMS.LaunchData` state document. */
export interface LaunchData {
  /** Context every statement must carry (merged in, the unit's values kept). */
  readonly contextTemplate: StatementContext;
  readonly launchMode: 'Normal' | 'Browse' | 'Review';
  /** Where to send the learner after `terminated`. */
  readonly returnURL?: string;
  readonly moveOn?: string;
  readonly masteryScore?: number;
  readonly launchParameters?: string;
}

/** The learner's preferences the LMS keeps (`cmi5LearnerPreferences`). */
export interface LearnerPreferences {
  /** Comma-separated language tags, most preferred first. */
  readonly languagePreference?: string;
  readonly audioPreference?: 'on' | 'off';
}

/** The LMS refused or failed a request the unit needs, or this window's session has ended. */
export class Cmi5LmsError extends Error {
  override readonly name = 'Cmi5LmsError';
  /** The learner's language, when the session that ended had one. */
  language?: string;
}

const XAPI_VERSION = '1.0.3';

function tokenKey(launch: Cmi5Launch): string {
  return `lp-cmi5-token:${launch.registration}:${launch.fetchUrl}`;
}

/**
 * The session's auth token: POSTed for once, then kept in session storage so a reload of the
 * unit uses the same token (the fetch URL answers only once). Errors come as HTTP 200 with an
 * `error-code` too, as cmi5 allows.
 */
export async function fetchAuthToken(
  launch: Cmi5Launch,
  doFetch: typeof fetch,
  session: StorageLike | undefined,
): Promise<string> {
  const kept = session?.getItem(tokenKey(launch));
  if (kept) return kept;
  const response = await doFetch(launch.fetchUrl, { method: 'POST' });
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  const token = body['auth-token'];
  if (!response.ok || typeof token !== 'string' || !token) {
    const code = typeof body['error-code'] === 'string' ? body['error-code'] : String(response.status);
    const text = typeof body['error-text'] === 'string' ? body['error-text'] : 'no auth-token in the answer';
    throw new Cmi5LmsError(`the cmi5 fetch URL refused a token (${code}): ${text}`);
  }
  try {
    session?.setItem(tokenKey(launch), token);
  } catch {
    // Without session storage a reload cannot reuse the token; the LMS then has to launch again.
  }
  return token;
}

async function getJson(doFetch: typeof fetch, url: URL, token: string, what: string): Promise<unknown> {
  const response = await doFetch(url, {
    headers: { Authorization: `Basic ${token}`, 'X-Experience-API-Version': XAPI_VERSION },
  });
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Cmi5LmsError(`the LMS answered ${response.status} for ${what}`);
  return response.json();
}

const agentParam = (launch: Cmi5Launch) => JSON.stringify(launch.actor);

/** Reads `LMS.LaunchData`, which the LMS must have written before the launch. */
export async function readLaunchData(launch: Cmi5Launch, token: string, doFetch: typeof fetch): Promise<LaunchData> {
  const url = new URL('activities/state', launch.endpoint);
  url.searchParams.set('stateId', LAUNCH_DATA_STATE_ID);
  url.searchParams.set('activityId', launch.activityId);
  url.searchParams.set('agent', agentParam(launch));
  url.searchParams.set('registration', launch.registration);
  const data = (await getJson(doFetch, url, token, LAUNCH_DATA_STATE_ID)) as Partial<LaunchData> | undefined;
  if (!data?.contextTemplate || !data.launchMode)
    throw new Cmi5LmsError(`the LMS has no usable ${LAUNCH_DATA_STATE_ID}`);
  return data as LaunchData;
}

/** Reads the learner's preferences; none is a normal answer. */
export async function readLearnerPreferences(
  launch: Cmi5Launch,
  token: string,
  doFetch: typeof fetch,
): Promise<LearnerPreferences> {
  const url = new URL('agents/profile', launch.endpoint);
  url.searchParams.set('profileId', LEARNER_PREFERENCES_PROFILE_ID);
  url.searchParams.set('agent', agentParam(launch));
  const preferences = (await getJson(doFetch, url, token, LEARNER_PREFERENCES_PROFILE_ID).catch(() => undefined)) as
    LearnerPreferences | undefined;
  return preferences ?? {};
}
