import { LEARNER_RECORD_VERSION, type LearnerRecord, type RecordedLevel } from './learner-record.js';

const newer = <T extends { readonly at: string }>(a: T | undefined, b: T | undefined): T | undefined =>
  !a ? b : !b ? a : Date.parse(b.at) > Date.parse(a.at) ? b : a;

/**
 * One record from two copies of it (two tabs, a device and the LRS): the newer level per skill
 * wins, the newer step wins, and completion stays reported from the first time it was. On equal
 * times `a` wins, so merging a record with itself changes nothing.
 */
export function mergeRecords(a: LearnerRecord, b: LearnerRecord): LearnerRecord {
  const levels: Record<string, RecordedLevel> = { ...a.levels };
  for (const [skill, level] of Object.entries(b.levels)) {
    levels[skill] = newer(levels[skill], level) ?? level;
  }
  const step = newer(a.step, b.step);
  const completed =
    a.completed && b.completed
      ? Date.parse(b.completed.at) < Date.parse(a.completed.at)
        ? b.completed
        : a.completed
      : (a.completed ?? b.completed);
  return {
    version: LEARNER_RECORD_VERSION,
    ...(step ? { step } : {}),
    levels,
    ...(completed ? { completed } : {}),
  };
}
