import { staticAuth } from '../delivery/auth.js';
import { createRecorder, type Recorder } from '../recorder/create-recorder.js';
import type { RecorderOptions } from '../recorder/recorder-options.js';
import { browserStorage, type StorageLike } from '../storage.js';
import type { Result, Statement } from '../types.js';
import { randomUuid } from '../uuid.js';
import { applyCmi5Rules, type Cmi5SessionState } from './cmi5-rules.js';
import { CMI5_VERBS, SESSION_ID_EXTENSION } from './cmi5-vocabulary.js';
import { preferredLanguage } from './language-preference.js';
import { readLaunchParameters, type Cmi5Launch } from './launch-parameters.js';
import {
  Cmi5LmsError,
  fetchAuthToken,
  readLaunchData,
  readLearnerPreferences,
  type LaunchData,
  type LearnerPreferences,
} from './lms-requests.js';

/** Where the unit runs and what it may use; everything has a browser default. */
export interface Cmi5SessionOptions {
  /** The page's URL with the launch parameters; `location.href` by default. */
  readonly pageUrl?: string | URL;
  readonly fetch?: typeof fetch;
  /** Keeps the token and the session across reloads; the browser's sessionStorage by default. */
  readonly session?: StorageLike;
  readonly now?: () => Date;
  readonly uuid?: () => string;
  /** Goes to the LMS's return URL after `terminated`; `location.assign` by default. */
  readonly navigate?: (url: string) => void;
  /** More recorder options (queue name, retry timing …); endpoint, auth, actor and registration come from the launch. */
  readonly recorder?: Omit<RecorderOptions, 'endpoint' | 'auth' | 'tokenUrl' | 'actor' | 'registration' | 'beforeSend'>;
  /** Whether the unit has a language (tag); the session's `language` is the first preferred one it has. */
  readonly languages?: (tag: string) => boolean;
  /** Sees each statement after the cmi5 rules; return nothing or false to drop it. */
  readonly beforeSend?: RecorderOptions['beforeSend'];
}

/** A running cmi5 session of an assignable unit. */
export interface Cmi5Session {
  readonly launch: Cmi5Launch;
  readonly launchData: LaunchData;
  readonly preferences: LearnerPreferences;
  /** The first language of the learner's preference that the unit has, if any. */
  readonly language?: string;
  /** The recorder every statement goes through, with the cmi5 rules applied. */
  readonly recorder: Recorder;
  /** Sends `completed` for the unit (Normal mode only, once per registration). */
  complete(): Promise<void>;
  /** Sends `passed` for the unit (Normal mode, once per registration), with a score the mastery score allows. */
  pass(score?: Result['score']): Promise<void>;
  /** Sends `failed` for the unit (Normal mode, not after passed), with a score below the mastery score. */
  fail(score?: Result['score']): Promise<void>;
  /** Sends `terminated`, delivers what is queued, then returns to the LMS's return URL. */
  exit(): Promise<void>;
}

const stateKey = (launch: Cmi5Launch) => `lp-cmi5-session:${launch.registration}:${launch.fetchUrl}`;

function loadState(session: StorageLike | undefined, launch: Cmi5Launch): Cmi5SessionState | undefined {
  try {
    const saved = session?.getItem(stateKey(launch));
    return saved ? (JSON.parse(saved) as Cmi5SessionState) : undefined;
  } catch {
    return undefined;
  }
}

function saveState(session: StorageLike | undefined, launch: Cmi5Launch, state: Cmi5SessionState): void {
  try {
    session?.setItem(stateKey(launch), JSON.stringify(state));
  } catch {
    // Without session storage a reload starts a new session; the LMS still gets a valid sequence per session.
  }
}

/** Move-on verbs an earlier session of this registration already sent, as the LMS's LRS knows them. */
async function earlierMoveOns(launch: Cmi5Launch, token: string, doFetch: typeof fetch): Promise<string[]> {
  const found: string[] = [];
  // Failed may be followed by passed in a later session; only these two are once per registration.
  for (const verb of [CMI5_VERBS.completed.id, CMI5_VERBS.passed.id]) {
    const url = new URL('statements', launch.endpoint);
    url.searchParams.set('registration', launch.registration);
    url.searchParams.set('activity', launch.activityId);
    url.searchParams.set('agent', JSON.stringify(launch.actor));
    url.searchParams.set('verb', verb);
    url.searchParams.set('limit', '1');
    try {
      const response = await doFetch(url, {
        headers: { Authorization: `Basic ${token}`, 'X-Experience-API-Version': '1.0.3' },
      });
      const { statements } = (await response.json()) as { statements?: unknown[] };
      if (response.ok && statements?.length) found.push(verb);
    } catch {
      // An LMS that cannot answer leaves the rule to this session alone.
    }
  }
  return found;
}

const unitStatement = (launch: Cmi5Launch, verb: Statement['verb'], score?: Result['score']) => ({
  verb,
  object: { objectType: 'Activity' as const, id: launch.activityId },
  ...(score ? { result: { score } } : {}),
});

/**
 * Starts the cmi5 session when the page was launched by a cmi5 LMS (resolves undefined
 * otherwise): takes the auth token once (kept for reloads), reads `LMS.LaunchData` and the
 * learner's preferences, sends `initialized` unless this session already did, applies the cmi5
 * rules to every statement the page records, and sends `terminated` when the page goes away.
 * Rejects when the launch cannot start, and when this window's session has already terminated
 * (a reload after `pagehide`): the LMS accepts nothing more for it.
 */
export async function startCmi5Session(options: Cmi5SessionOptions = {}): Promise<Cmi5Session | undefined> {
  const pageUrl = options.pageUrl ?? (globalThis as { location?: Location }).location?.href;
  if (!pageUrl) return undefined;
  const launch = readLaunchParameters(pageUrl);
  if (!launch) return undefined;
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const session = options.session ?? browserStorage('sessionStorage');
  const now = options.now ?? (() => new Date());
  const uuid = options.uuid ?? randomUuid;
  const saved = loadState(session, launch);
  if (saved?.terminated) {
    const ended = new Cmi5LmsError('this cmi5 session has terminated; the LMS has to launch the unit again');
    // The page can still speak the learner's language while it says so.
    ended.language = saved.language;
    throw ended;
  }

  const token = await fetchAuthToken(launch, doFetch, session);
  const [launchData, preferences] = await Promise.all([
    readLaunchData(launch, token, doFetch),
    readLearnerPreferences(launch, token, doFetch),
  ]);
  const templateSessionId = launchData.contextTemplate.extensions?.[SESSION_ID_EXTENSION];
  const language = preferredLanguage(preferences.languagePreference, options.languages);
  let state: Cmi5SessionState = saved ?? {
    // The LMS names the session in the context template; a unit makes one up only when it did not.
    sessionId: typeof templateSessionId === 'string' ? templateSessionId : uuid(),
    startedAt: now().toISOString(),
    initialized: false,
    terminated: false,
    movedOn: await earlierMoveOns(launch, token, doFetch),
    ...(language ? { language } : {}),
  };
  const terminated = () => unitStatement(launch, CMI5_VERBS.terminated);

  const recorder = createRecorder({
    ...options.recorder,
    // One queue per registration and session: what an older session left is never sent with this session's token.
    queueName: `${options.recorder?.queueName ?? 'lp-cmi5'}-${launch.registration}-${state.sessionId}`,
    endpoint: launch.endpoint,
    auth: staticAuth(`Basic ${token}`),
    // The launch token cannot be renewed: a 401 or 403 is the LMS refusing a statement, not stale credentials.
    authErrors: 'refusal',
    actor: launch.actor,
    registration: launch.registration,
    version: '1.0.3',
    language: options.recorder?.language ?? language,
    now,
    uuid,
    onPageHide: () => (state.initialized && !state.terminated ? terminated() : undefined),
    beforeSend: (statement) => {
      const decision = applyCmi5Rules(statement, state, { ...launch, launchData }, now());
      if (!decision.send) {
        console.info(`cmi5: not sending "${statement.verb.id}": ${decision.reason}`);
        return false;
      }
      state = decision.state;
      saveState(session, launch, state);
      return options.beforeSend ? options.beforeSend(decision.statement) : decision.statement;
    },
  });
  if (!state.initialized) await recorder.record(unitStatement(launch, CMI5_VERBS.initialized));

  const navigate = options.navigate ?? ((url: string) => (globalThis as { location?: Location }).location?.assign(url));
  const send = async (verb: Statement['verb'], score?: Result['score']) => {
    await recorder.record(unitStatement(launch, verb, score));
  };
  return {
    launch,
    launchData,
    preferences,
    ...(language ? { language } : {}),
    recorder,
    complete: () => send(CMI5_VERBS.completed),
    pass: (score) => send(CMI5_VERBS.passed, score),
    fail: (score) => send(CMI5_VERBS.failed, score),
    exit: async () => {
      if (!state.terminated) await recorder.record(terminated());
      await recorder.flush();
      if (launchData.returnURL) navigate(launchData.returnURL);
    },
  };
}
