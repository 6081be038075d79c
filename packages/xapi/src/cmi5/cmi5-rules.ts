import type { Activity, Result, Statement, StatementContext } from '../types.js';
import {
  CMI5_CATEGORY,
  CMI5_VERBS,
  MASTERY_SCORE_EXTENSION,
  MOVE_ON_CATEGORY,
  MOVE_ON_VERBS,
  SESSION_ID_EXTENSION,
} from './cmi5-vocabulary.js';
import type { LaunchData } from './lms-requests.js';

/** Where a cmi5 session stands; kept across reloads of the unit in the same browser session. */
export interface Cmi5SessionState {
  readonly sessionId: string;
  /** When the session started (ISO 8601), for durations. */
  readonly startedAt: string;
  readonly initialized: boolean;
  readonly terminated: boolean;
  /** Ids of the move-on verbs already sent for this registration, by this session or an earlier one. */
  readonly movedOn: readonly string[];
  /** Whether this session sent passed or failed: cmi5 allows one of the two per session. */
  readonly judged?: boolean;
  /** The language the session started in, for a page reloaded after the session ended. */
  readonly language?: string;
}

/** A statement ready to send with the session's new state, or why it may not be sent. */
export type Cmi5Decision =
  | { readonly send: true; readonly statement: Statement; readonly state: Cmi5SessionState }
  | { readonly send: false; readonly reason: string };

const { initialized: INITIALIZED, completed: COMPLETED, passed: PASSED, failed: FAILED } = CMI5_VERBS;
const CMI5_DEFINED: ReadonlySet<string> = new Set(Object.values(CMI5_VERBS).map((verb) => verb.id));

/** ISO 8601 duration with 0.01 s precision, as cmi5 asks. */
export function durationBetween(start: string, end: Date): string {
  const seconds = Math.max(0, (end.getTime() - new Date(start).getTime()) / 1000);
  return `PT${seconds.toFixed(2)}S`;
}

type ActivityKey = 'parent' | 'grouping' | 'category' | 'other';
const ACTIVITY_KEYS: readonly ActivityKey[] = ['parent', 'grouping', 'category', 'other'];

const asList = (value: Activity | Activity[] | undefined): Activity[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/**
 * A statement's context under the launch's context template (cmi5 §10.2.1): the template's values
 * are never overwritten, and its context activities come first and in its order — LMSs check
 * them position by position, the publisher id as `grouping[0]`. The statement's own values are
 * added where the template has none, its own activities after the template's.
 */
export function withTemplate(context: StatementContext | undefined, template: StatementContext): StatementContext {
  const activities: Partial<Record<ActivityKey, Activity[]>> = {};
  for (const key of ACTIVITY_KEYS) {
    const fromTemplate = asList(template.contextActivities?.[key]);
    const own = asList(context?.contextActivities?.[key]).filter(
      (activity) => !fromTemplate.some((given) => given.id === activity.id),
    );
    if (fromTemplate.length + own.length > 0) activities[key] = [...fromTemplate, ...own];
  }
  return {
    ...context,
    ...template,
    contextActivities: activities,
    extensions: { ...context?.extensions, ...template.extensions },
  };
}

const withCategories = (context: StatementContext, categories: readonly Activity[]): StatementContext => {
  const existing = asList(context.contextActivities?.category);
  const added = categories.filter((category) => !existing.some((activity) => activity.id === category.id));
  return { ...context, contextActivities: { ...context.contextActivities, category: [...existing, ...added] } };
};

/** Why a cmi5 defined statement's result breaks cmi5 §9.5 or the mastery score (§9.3.4, §9.3.6), if it does. */
function resultProblem(verb: string, result: Result | undefined, masteryScore: number | undefined): string | undefined {
  const judges = verb === PASSED.id || verb === FAILED.id;
  const score = result?.score;
  if (score && !judges) return 'only passed and failed carry a score';
  if (result?.success !== undefined && result.success !== (verb === PASSED.id)) {
    return judges ? `${verb} needs success ${String(verb === PASSED.id)}` : 'only passed and failed carry success';
  }
  if (result?.completion !== undefined && (verb !== COMPLETED.id || !result.completion)) {
    return 'only completed carries completion, and it is true';
  }
  if (score?.raw !== undefined && (score.min === undefined || score.max === undefined)) {
    return 'a raw score needs min and max';
  }
  if (masteryScore === undefined || score?.scaled === undefined) return undefined;
  if (verb === PASSED.id && score.scaled < masteryScore) {
    return `passed with a scaled score below the mastery score ${String(masteryScore)}`;
  }
  if (verb === FAILED.id && score.scaled >= masteryScore) {
    return `failed with a scaled score that reaches the mastery score ${String(masteryScore)}`;
  }
  return undefined;
}

/** Why cmi5's order rules (§9.3) forbid this verb now, if they do. */
function orderProblem(verb: string, state: Cmi5SessionState, launchMode: LaunchData['launchMode']): string | undefined {
  if (state.terminated) return 'the session has terminated';
  if (verb === INITIALIZED.id) return state.initialized ? 'the session is already initialized' : undefined;
  if (!state.initialized) return 'initialized must come first';
  if (MOVE_ON_VERBS.has(verb) && launchMode !== 'Normal') return `${launchMode} mode sends no ${verb}`;
  if (verb === COMPLETED.id && state.movedOn.includes(verb)) return 'completed was already sent for this registration';
  if (verb !== PASSED.id && verb !== FAILED.id) return undefined;
  if (state.judged) return 'this session already sent passed or failed';
  // Passed once per registration, and no failed after it; a failed learner may pass in a later session.
  return state.movedOn.includes(PASSED.id) ? 'passed was already sent for this registration' : undefined;
}

/**
 * Applies cmi5's rules for an assignable unit to one completed statement: `initialized` first
 * and once, nothing after `terminated`, `completed` once per registration, one of `passed` and
 * `failed` per session (and nothing after `passed` in the registration), none of them outside
 * Normal mode; results as §9.5 asks (duration, completion, success, a score only on passed and
 * failed and consistent with `masteryScore`); the cmi5 and move-on categories on cmi5's own
 * verbs only; the context template, registration and session id on every statement.
 */
export function applyCmi5Rules(
  statement: Statement,
  state: Cmi5SessionState,
  launch: { readonly registration: string; readonly activityId: string; readonly launchData: LaunchData },
  now: Date,
): Cmi5Decision {
  const { launchData } = launch;
  // A career step "completed" is the learner's, not the unit's: only statements about the unit itself are cmi5's own.
  const aboutUnit = (statement.object as { id?: string }).id === launch.activityId;
  const verb = aboutUnit ? statement.verb.id : '';
  const defined = CMI5_DEFINED.has(verb);
  const reason =
    orderProblem(verb, state, launchData.launchMode) ??
    (defined ? resultProblem(verb, statement.result, launchData.masteryScore) : undefined);
  if (reason) return { send: false, reason };

  const template = launchData.contextTemplate;
  let context = withTemplate(statement.context, {
    ...template,
    registration: launch.registration,
    extensions: { [SESSION_ID_EXTENSION]: state.sessionId, ...template.extensions },
  });
  let result = statement.result;
  const judges = verb === PASSED.id || verb === FAILED.id;
  if (defined) {
    context = withCategories(context, MOVE_ON_VERBS.has(verb) ? [CMI5_CATEGORY, MOVE_ON_CATEGORY] : [CMI5_CATEGORY]);
    if (verb !== INITIALIZED.id) result = { ...result, duration: durationBetween(state.startedAt, now) };
    if (verb === COMPLETED.id) result = { ...result, completion: true };
    if (judges) result = { ...result, success: verb === PASSED.id };
    if (judges && launchData.masteryScore !== undefined) {
      context.extensions = { ...context.extensions, [MASTERY_SCORE_EXTENSION]: launchData.masteryScore };
    }
  }
  const nextState: Cmi5SessionState = {
    ...state,
    initialized: state.initialized || verb === INITIALIZED.id,
    terminated: verb === CMI5_VERBS.terminated.id,
    movedOn: MOVE_ON_VERBS.has(verb) ? [...state.movedOn, verb] : state.movedOn,
    judged: Boolean(state.judged) || judges,
  };
  return { send: true, statement: { ...statement, context, ...(result ? { result } : {}) }, state: nextState };
}
