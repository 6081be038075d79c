import type { PartialStatement } from '../types.js';
import { ACTIVITY_TYPES } from '../vocabulary/activity-types.js';
import { EXTENSIONS, type MatrixAction } from '../vocabulary/extensions.js';
import { VERBS } from '../vocabulary/verbs.js';
import { activity, type ActivityInfo } from './activity.js';

/** The learner worked with the skill-gap matrix; `skill` is the row the action was about, if any. */
export function matrixInteracted(matrix: ActivityInfo, action: MatrixAction, skill?: ActivityInfo): PartialStatement {
  const statement: PartialStatement = {
    verb: VERBS.interacted,
    object: activity(matrix, ACTIVITY_TYPES.skillGapMatrix),
    context: { extensions: { [EXTENSIONS.matrixAction]: action } },
  };
  if (skill && statement.context) {
    statement.context.contextActivities = { other: [activity(skill, ACTIVITY_TYPES.skill)] };
  }
  return statement;
}
