import type { Activity, Actor, PartialStatement, Statement, StatementContext } from '../types.js';
import { PROFILE_ACTIVITY_TYPE, PROFILE_VERSION_ID } from '../vocabulary/profile-iri.js';

/** What a recorder knows about every statement of its page. */
export interface CompletionContext {
  readonly actor: Actor;
  /** UUID of the enrolment, attempt or visit the statements belong to. */
  readonly registration?: string;
  /** IRI of the page or module the elements sit in: added as a grouping activity. */
  readonly activity?: string;
  /** The page's language (RFC 5646), used when the element did not say. */
  readonly language?: string;
  /** The platform name, e.g. `LP Elements`. */
  readonly platform?: string;
}

type ContextActivityKey = 'parent' | 'grouping' | 'category' | 'other';
const CONTEXT_ACTIVITY_KEYS: readonly ContextActivityKey[] = ['parent', 'grouping', 'category', 'other'];

const PROFILE_CATEGORY: Activity = {
  objectType: 'Activity',
  id: PROFILE_VERSION_ID,
  definition: { type: PROFILE_ACTIVITY_TYPE },
};

/**
 * Fills in what an element leaves out: id, actor, timestamp, registration, the page or module as
 * grouping activity, the profile version as category, language and platform. Values the element
 * set win. `partial` is not changed; context activities come out as arrays (xAPI's normal form).
 */
export function completeStatement(
  partial: PartialStatement,
  context: CompletionContext,
  now: Date,
  uuid: () => string,
): Statement {
  const { id = uuid(), actor = context.actor, timestamp = now.toISOString(), ...rest } = partial;
  const statementContext: StatementContext = { ...partial.context };
  const given = partial.context?.contextActivities ?? {};
  const activities: Partial<Record<ContextActivityKey, Activity[]>> = {};
  for (const key of CONTEXT_ACTIVITY_KEYS) {
    if (given[key] !== undefined) activities[key] = [given[key] as Activity | Activity[]].flat();
  }
  const mentions = (activityId: string) =>
    activityId === (partial.object as { id?: string }).id ||
    Object.values(activities).some((list) => list.some((a) => a.id === activityId));
  if (context.activity && !mentions(context.activity)) {
    (activities.grouping ??= []).push({ objectType: 'Activity', id: context.activity });
  }
  if (!activities.category?.some((a) => a.id === PROFILE_VERSION_ID)) {
    (activities.category ??= []).push(PROFILE_CATEGORY);
  }
  statementContext.contextActivities = activities;
  if (context.registration) statementContext.registration ??= context.registration;
  if (context.language) statementContext.language ??= context.language;
  if (context.platform && (partial.object.objectType ?? 'Activity') === 'Activity') {
    statementContext.platform ??= context.platform;
  }
  return { id, actor, ...rest, context: statementContext, timestamp };
}
