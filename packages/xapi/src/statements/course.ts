import type { PartialStatement } from '../types.js';
import { ACTIVITY_TYPES } from '../vocabulary/activity-types.js';
import { VERBS } from '../vocabulary/verbs.js';
import { activity, type ActivityInfo } from './activity.js';

/** The learner looked at a course (its card or details came into view on purpose). */
export function courseViewed(course: ActivityInfo): PartialStatement {
  return { verb: VERBS.viewed, object: activity(course, ACTIVITY_TYPES.course) };
}

/** The learner chose a course: followed its link or picked it for their plan. */
export function courseSelected(course: ActivityInfo): PartialStatement {
  return { verb: VERBS.selected, object: activity(course, ACTIVITY_TYPES.course) };
}
