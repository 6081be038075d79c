import type { DataDocument } from '../document.js';
import { currentLevel, levelsOf, requiredLevels, type GapTarget, type LevelsSource } from './levels.js';
import { skillsInOrder } from './skill-order.js';

/** One required skill: what is required, what the person holds, and the difference. */
export interface SkillGap {
  readonly skill: string;
  readonly required: number;
  readonly current: number;
  /** False when the person's levels do not mention the skill (then `current` is 0). */
  readonly assessed: boolean;
  /** `current − required`: negative below the requirement, 0 when met exactly, positive above. */
  readonly gap: number;
}

/** How one person stands against a requirement, in numbers. */
export interface GapSummary {
  /** How many skills are required. */
  readonly required: number;
  /** Skills held exactly at the required level. */
  readonly met: number;
  /** Skills held above the required level. */
  readonly above: number;
  /** Skills held below the required level. */
  readonly below: number;
  /** The sum of the levels missing over the skills below. */
  readonly shortfall: number;
}

/** One person against a requirement, skill by skill. */
export interface PersonGaps {
  /** Every required skill, in document order. */
  readonly skills: readonly SkillGap[];
  readonly summary: GapSummary;
}

/**
 * Compares one person with a role, a track step or any required levels: per required skill the
 * required and current level and the signed gap, and a summary (met, above, below, shortfall).
 */
export function personGaps(document: DataDocument, person: LevelsSource, target: GapTarget): PersonGaps {
  const required = requiredLevels(document, target);
  const held = levelsOf(person);
  let met = 0;
  let above = 0;
  let below = 0;
  let shortfall = 0;
  const skills = skillsInOrder(document, required).map((skill): SkillGap => {
    const requiredLevel = required[skill] ?? 0;
    const { level, assessed } = currentLevel(held, skill);
    const gap = level - requiredLevel;
    if (gap === 0) met += 1;
    else if (gap > 0) above += 1;
    else {
      below += 1;
      shortfall -= gap;
    }
    return { skill, required: requiredLevel, current: level, assessed, gap };
  });
  return { skills, summary: { required: skills.length, met, above, below, shortfall } };
}
