import type { DataDocument } from '../document.js';
import { indexedSkill } from '../lookup/document-index.js';
import { currentLevel, levelsOf, requiredLevels, type GapTarget, type LevelsSource } from './levels.js';
import { skillsInOrder } from './skill-order.js';

/** How many people hold one level. */
export interface LevelCount {
  readonly level: number;
  readonly count: number;
}

/** One required skill across a team. */
export interface TeamSkillGap {
  readonly skill: string;
  readonly required: number;
  /** One entry per level of the skill's scale, ascending: how many people hold it. */
  readonly distribution: readonly LevelCount[];
  /** People whose levels do not mention the skill. */
  readonly unassessed: number;
  /** People at or above the required level. */
  readonly meeting: number;
  /** People below it (the unassessed included). */
  readonly below: number;
  /** The levels missing, summed over the people below (an unassessed person counts from 0). */
  readonly shortfall: number;
}

/** A team against a requirement, skill by skill. */
export interface TeamGaps {
  readonly people: number;
  /** Every required skill, in document order. */
  readonly skills: readonly TeamSkillGap[];
  /** The skills with a shortfall, largest first (then the most people below, then document order). */
  readonly biggestShortfalls: readonly TeamSkillGap[];
}

/** Options of `teamGaps`. */
export interface TeamGapOptions {
  /** How many skills `biggestShortfalls` lists; 5 by default. */
  readonly limit?: number;
}

/**
 * Compares a team with a role, a track step or any required levels: per required skill the
 * distribution of current levels, how many meet the requirement, and the biggest shortfalls.
 */
export function teamGaps(
  document: DataDocument,
  people: readonly LevelsSource[],
  target: GapTarget,
  options: TeamGapOptions = {},
): TeamGaps {
  const required = requiredLevels(document, target);
  const held = people.map(levelsOf);
  const skills = skillsInOrder(document, required).map((skill): TeamSkillGap => {
    const requiredLevel = required[skill] ?? 0;
    const scale = indexedSkill(document, skill)?.scale ?? [];
    const counts = new Map(scale.map((level) => [level, 0]));
    let unassessed = 0;
    let meeting = 0;
    let shortfall = 0;
    for (const levels of held) {
      const { level, assessed } = currentLevel(levels, skill);
      if (!assessed) unassessed += 1;
      else if (counts.has(level)) counts.set(level, (counts.get(level) ?? 0) + 1);
      if (level >= requiredLevel) meeting += 1;
      else shortfall += requiredLevel - level;
    }
    const distribution = [...counts].map(([level, count]) => ({ level, count }));
    return {
      skill,
      required: requiredLevel,
      distribution,
      unassessed,
      meeting,
      below: held.length - meeting,
      shortfall,
    };
  });
  const biggestShortfalls = skills
    .map((gap, order) => ({ gap, order }))
    .filter(({ gap }) => gap.shortfall > 0)
    .sort((a, b) => b.gap.shortfall - a.gap.shortfall || b.gap.below - a.gap.below || a.order - b.order)
    .slice(0, options.limit ?? 5)
    .map(({ gap }) => gap);
  return { people: held.length, skills, biggestShortfalls };
}
