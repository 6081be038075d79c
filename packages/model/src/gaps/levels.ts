import type { DataDocument, Levels, Profile, Step } from '../document.js';
import { profileById } from '../lookup/document-index.js';

/** Whose levels: a profile (its `levels`) or the levels themselves. */
export type LevelsSource = Profile | Levels;

/** What is required: a profile, a track step (the profile it `requires`) or levels. */
export type GapTarget = Profile | Step | Levels;

const isProfile = (value: GapTarget): value is Profile => typeof (value as { kind?: unknown }).kind === 'string';
const isStep = (value: GapTarget): value is Step =>
  (value as { title?: unknown }).title !== undefined && !isProfile(value);

const EMPTY: Levels = {};

/** The levels a person or profile holds. */
export function levelsOf(source: LevelsSource): Levels {
  return isProfile(source) ? (source.levels ?? EMPTY) : source;
}

/** The levels a target requires: a step's are those of the profile it requires (none without one). */
export function requiredLevels(document: DataDocument, target: GapTarget): Levels {
  if (isStep(target)) {
    return target.requires === undefined ? EMPTY : (profileById(document, target.requires)?.levels ?? EMPTY);
  }
  return levelsOf(target);
}

/**
 * The level a person holds in a skill. A skill missing from their levels has not been assessed
 * and counts as 0, below every level a role can require.
 */
export function currentLevel(levels: Levels, skill: string): { level: number; assessed: boolean } {
  const level = Object.hasOwn(levels, skill) ? levels[skill] : undefined;
  return level === undefined ? { level: 0, assessed: false } : { level, assessed: true };
}
