import { LEARNER_RECORD_VERSION, type LearnerRecord, type RecordedLevel } from './learner-record.js';

/** An empty record: nothing chosen, nothing assessed, nothing reported. */
export const EMPTY_RECORD: LearnerRecord = { version: LEARNER_RECORD_VERSION, levels: {} };

const time = (at: string) => Date.parse(at);

const own = (levels: LearnerRecord['levels'], skill: string) =>
  Object.hasOwn(levels, skill) ? levels[skill] : undefined;

/** The newer of two timed values; on a tie `b`, so a merge with a copy of itself changes nothing. */
function newer<T extends { readonly at: string }>(a: T | undefined, b: T | undefined): T | undefined {
  if (!a) return b;
  if (!b) return a;
  return time(a.at) > time(b.at) ? a : b;
}

/** Levels of a tie (same moment, two tabs): the higher one, so the merge does not depend on the order. */
function newerLevel(a: RecordedLevel | undefined, b: RecordedLevel | undefined): RecordedLevel | undefined {
  if (a && b && time(a.at) === time(b.at)) return a.level > b.level ? a : b;
  return newer(a, b);
}

/**
 * Two records of one learner and module as one, losing nothing either side knew: per skill the
 * level set last wins (by `at`), the step chosen last wins, and completion is kept if either
 * reported it, at the earlier time (it was sent then, and never again). The same inputs in either
 * order give the same record.
 */
export function mergeRecords(a: LearnerRecord | undefined, b: LearnerRecord | undefined): LearnerRecord {
  if (!a) return b ?? EMPTY_RECORD;
  if (!b) return a;
  const levels: [string, RecordedLevel][] = [];
  for (const skill of new Set([...Object.keys(a.levels), ...Object.keys(b.levels)])) {
    const level = newerLevel(own(a.levels, skill), own(b.levels, skill));
    if (level) levels.push([skill, level]);
  }
  const step = newer(a.step, b.step);
  const completed =
    a.completed && b.completed
      ? time(a.completed.at) <= time(b.completed.at)
        ? a.completed
        : b.completed
      : (a.completed ?? b.completed);
  return {
    version: LEARNER_RECORD_VERSION,
    ...(step ? { step } : {}),
    levels: Object.fromEntries(levels),
    ...(completed ? { completed } : {}),
  };
}

/** Whether two records hold the same: a merge that changed nothing needs no write. */
export function sameRecord(a: LearnerRecord | undefined, b: LearnerRecord | undefined): boolean {
  return (
    JSON.stringify(a ? mergeRecords(a, undefined) : undefined) ===
    JSON.stringify(b ? mergeRecords(b, undefined) : undefined)
  );
}
