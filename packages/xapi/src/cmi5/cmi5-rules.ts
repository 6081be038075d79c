import type { Activity, Statement, StatementContext } from '../types.js';
import { CMI5_CATEGORY, CMI5_VERBS, MOVE_ON_CATEGORY, MOVE_ON_VERBS, SESSION_ID_EXTENSION } from './cmi5-vocabulary.js';
import type { LaunchData } from './lms-requests.js';

/** Where a cmi5 session stands; kept across reloads of the unit in the same browser session. */
export interface Cmi5SessionState {
  readonly sessionId: string;
  /** When the session started (ISO 8601), for durations. */
  readonly startedAt: string;
  readonly initialized: boolean;
  readonly terminated: boolean;
  /** Ids of the move-on verbs already sent for this registration (completed, passed, failed). */
  readonly movedOn: readonly string[];
}

/** A statement ready to send with the session's new state, or why it may not be sent. */
export type Cmi5Decision =
  | { readonly send: true; readonly statement: Statement; readonly state: Cmi5SessionState }
  | { readonly send: false; readonly reason: string };

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

/** The launch's context template merged into a statement's context; the statement's own values win. */
function withTemplate(context: StatementContext | undefined, template: StatementContext): StatementContext {
  const merged: StatementContext = { ...template, ...context };
  const activities: Partial<Record<ActivityKey, Activity[]>> = {};
  for (const key of ACTIVITY_KEYS) {
    const own = asList(context?.contextActivities?.[key]);
    const fromTemplate = asList(template.contextActivities?.[key]);
    const all = [...own, ...fromTemplate.filter((activity) => !own.some((mine) => mine.id === activity.id))];
    if (all.length > 0) activities[key] = all;
  }
  merged.contextActivities = activities;
  merged.extensions = { ...template.extensions, ...context?.extensions };
  return merged;
}

const withCategories = (context: StatementContext, categories: readonly Activity[]): StatementContext => {
  const existing = asList(context.contextActivities?.category);
  const added = categories.filter((category) => !existing.some((activity) => activity.id === category.id));
  return { ...context, contextActivities: { ...context.contextActivities, category: [...existing, ...added] } };
};

/**
 * Applies cmi5's rules for an assignable unit to one completed statement: `initialized` first
 * and once, nothing after `terminated`, `completed`/`passed`/`failed` only in Normal mode and
 * once per registration (with `completion`, duration and the move-on category), the cmi5
 * category on cmi5's own verbs only, and the context template, registration and session id on
 * every statement.
 */
export function applyCmi5Rules(
  statement: Statement,
  state: Cmi5SessionState,
  launch: { readonly registration: string; readonly activityId: string; readonly launchData: LaunchData },
  now: Date,
): Cmi5Decision {
  // A career step "completed" is the learner's, not the unit's: only statements about the unit itself are cmi5's own.
  const aboutUnit = (statement.object as { id?: string }).id === launch.activityId;
  const verb = aboutUnit ? statement.verb.id : '';
  if (state.terminated) return { send: false, reason: 'the session has terminated' };
  if (verb === CMI5_VERBS.initialized.id && state.initialized) {
    return { send: false, reason: 'the session is already initialized' };
  }
  if (verb !== CMI5_VERBS.initialized.id && !state.initialized) {
    return { send: false, reason: 'initialized must come first' };
  }
  const movesOn = MOVE_ON_VERBS.has(verb);
  if (movesOn && launch.launchData.launchMode !== 'Normal') {
    return { send: false, reason: `${launch.launchData.launchMode} mode sends no ${verb}` };
  }
  const passedOrFailed = [CMI5_VERBS.passed.id, CMI5_VERBS.failed.id];
  if (
    movesOn &&
    (state.movedOn.includes(verb) ||
      (passedOrFailed.includes(verb) && state.movedOn.some((id) => passedOrFailed.includes(id))))
  ) {
    return { send: false, reason: 'already sent for this registration' };
  }

  let context = withTemplate(statement.context, launch.launchData.contextTemplate);
  context.registration = launch.registration;
  context.extensions = { ...context.extensions, [SESSION_ID_EXTENSION]: state.sessionId };
  let result = statement.result;
  if (CMI5_DEFINED.has(verb)) {
    context = withCategories(context, movesOn ? [CMI5_CATEGORY, MOVE_ON_CATEGORY] : [CMI5_CATEGORY]);
    if (verb !== CMI5_VERBS.initialized.id) {
      result = { ...result, duration: durationBetween(state.startedAt, now) };
    }
    if (verb === CMI5_VERBS.completed.id) result = { ...result, completion: true };
  }
  const nextState: Cmi5SessionState = {
    ...state,
    initialized: state.initialized || verb === CMI5_VERBS.initialized.id,
    terminated: verb === CMI5_VERBS.terminated.id,
    movedOn: movesOn ? [...state.movedOn, verb] : state.movedOn,
  };
  return { send: true, statement: { ...statement, context, ...(result ? { result } : {}) }, state: nextState };
}
