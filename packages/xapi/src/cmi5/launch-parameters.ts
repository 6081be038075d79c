import type { Agent } from '../types.js';

/** What an LMS puts in an assignable unit's launch URL. */
export interface Cmi5Launch {
  /** The LMS's xAPI endpoint, with a trailing slash. */
  readonly endpoint: string;
  /** URL to POST once for the session's auth token. */
  readonly fetchUrl: string;
  readonly actor: Agent;
  readonly registration: string;
  /** IRI of this assignable unit. */
  readonly activityId: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

const isHttpUrl = (value: string) => {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The launch actor exactly as the LMS wrote it: LMSs compare every request's agent with it
 * property by property, so adding even `"objectType": "Agent"` (Moodle leaves it out) would be a
 * difference they refuse. It must be an Agent with an `account` and no other identifier (cmi5 §9.2).
 */
function parseActor(value: string): Agent | undefined {
  try {
    const actor: unknown = JSON.parse(value);
    if (!isObject(actor) || !isObject(actor.account)) return undefined;
    const { homePage, name } = actor.account;
    if (typeof homePage !== 'string' || typeof name !== 'string' || !homePage || !name) return undefined;
    if (actor.objectType !== undefined && actor.objectType !== 'Agent') return undefined;
    if (['mbox', 'mbox_sha1sum', 'openid'].some((key) => key in actor)) return undefined;
    return actor;
  } catch {
    return undefined;
  }
}

/**
 * Reads the cmi5 launch parameters from a page URL. Returns undefined when the page was not
 * launched by a cmi5 LMS (no `fetch` parameter), and throws a `Cmi5LaunchError` naming the
 * parameter when one is missing or malformed, since the unit then cannot report anything.
 */
export function readLaunchParameters(pageUrl: string | URL): Cmi5Launch | undefined {
  const params = new URL(pageUrl).searchParams;
  if (!params.has('fetch')) return undefined;
  const read = (name: string, valid: (value: string) => boolean): string => {
    const value = params.get(name);
    if (value === null || !valid(value)) throw new Cmi5LaunchError(name, value);
    return value;
  };
  const endpoint = read('endpoint', isHttpUrl);
  const fetchUrl = read('fetch', isHttpUrl);
  const registration = read('registration', (value) => UUID.test(value));
  const activityId = read('activityId', (value) => /^[a-z][a-z0-9+.-]*:\S+$/i.test(value));
  const actor = parseActor(params.get('actor') ?? '');
  if (!actor) throw new Cmi5LaunchError('actor', params.get('actor'));
  return { endpoint: endpoint.endsWith('/') ? endpoint : `${endpoint}/`, fetchUrl, registration, activityId, actor };
}

/** A launch URL parameter that is missing or malformed. */
export class Cmi5LaunchError extends Error {
  override readonly name = 'Cmi5LaunchError';
  readonly parameter: string;

  constructor(parameter: string, value: string | null) {
    super(
      value === null
        ? `the cmi5 launch URL has no "${parameter}" parameter`
        : `the cmi5 launch parameter "${parameter}" is not valid: ${value.slice(0, 80)}`,
    );
    this.parameter = parameter;
  }
}
