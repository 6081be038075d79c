import type { PartialStatement, StatementContext } from '../types.js';
import { ACTIVITY_TYPES } from '../vocabulary/activity-types.js';
import { EXTENSIONS } from '../vocabulary/extensions.js';
import { VERBS } from '../vocabulary/verbs.js';
import { activity, type ActivityInfo } from './activity.js';

/** A skill, optionally tied to the ESCO skill it corresponds to. */
export interface SkillInfo extends ActivityInfo {
  /** ESCO skill URI, e.g. `http://data.europa.eu/esco/skill/…`. */
  readonly esco?: string;
}

/** A level on a framework's scale. */
export interface SkillLevel {
  readonly value: number;
  /** The lowest and highest levels of the scale. */
  readonly min: number;
  readonly max: number;
  /** The level's name on the scale, e.g. `Proficient`. */
  readonly name?: string;
}

export interface SelfAssessmentContext {
  /** The competence framework the skill belongs to. */
  readonly framework?: ActivityInfo;
  /** The level the selected role or programme requires. */
  readonly requiredLevel?: number;
}

/** The learner rated their own level in a skill: the skill is the object, the level the score. */
export function skillSelfAssessed(
  skill: SkillInfo,
  level: SkillLevel,
  { framework, requiredLevel }: SelfAssessmentContext = {},
): PartialStatement {
  const extensions = skill.esco ? { [EXTENSIONS.escoSkill]: skill.esco } : undefined;
  const statement: PartialStatement = {
    verb: VERBS.selfAssessed,
    object: activity(skill, ACTIVITY_TYPES.skill, extensions),
    result: {
      score: {
        raw: level.value,
        min: level.min,
        max: level.max,
        scaled: Math.round(((level.value - level.min) / (level.max - level.min)) * 10_000) / 10_000,
      },
    },
  };
  if (level.name !== undefined && statement.result) statement.result.response = level.name;
  const context: StatementContext = {};
  if (framework) context.contextActivities = { grouping: [activity(framework, ACTIVITY_TYPES.skillFramework)] };
  if (requiredLevel !== undefined) context.extensions = { [EXTENSIONS.requiredLevel]: requiredLevel };
  if (Object.keys(context).length > 0) statement.context = context;
  return statement;
}
