import type { PartialStatement } from '../types.js';
import { ACTIVITY_TYPES } from '../vocabulary/activity-types.js';
import { VERBS } from '../vocabulary/verbs.js';
import { activity, type ActivityInfo } from './activity.js';

/** The learner met the completion rule of an LP training module. */
export function moduleCompleted(module: ActivityInfo): PartialStatement {
  return { verb: VERBS.completed, object: activity(module, ACTIVITY_TYPES.module), result: { completion: true } };
}
