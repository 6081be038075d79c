import { LEARNER_RECORD_VERSION, type LearnerRecord, type RecordedLevel } from './learner-record.js';

/** Something in a stored record that was left out, with where it was. */
export interface StoredRecordProblem {
  /** JSON path of the value, e.g. `$.levels["https://…"].level`. */
  readonly path: string;
  readonly message: string;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isTime = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));

/**
 * Reads a stored record as untrusted input — it may be malformed, from another version or from
 * another framework: every part that does not fit is left out with a problem naming its path;
 * the rest is kept. `knownSkills` leaves out levels of skills the module does not have.
 */
export function checkStoredRecord(
  value: unknown,
  knownSkills?: ReadonlySet<string>,
): { record: LearnerRecord | undefined; problems: StoredRecordProblem[] } {
  const problems: StoredRecordProblem[] = [];
  if (!isObject(value)) {
    return { record: undefined, problems: [{ path: '$', message: 'is not a learner record object' }] };
  }
  if (value.version !== LEARNER_RECORD_VERSION) {
    problems.push({
      path: '$.version',
      message: `is ${JSON.stringify(value.version)}, read as ${LEARNER_RECORD_VERSION}`,
    });
  }
  const levels: Record<string, RecordedLevel> = {};
  if (isObject(value.levels)) {
    for (const [skill, entry] of Object.entries(value.levels)) {
      const path = `$.levels[${JSON.stringify(skill)}]`;
      if (knownSkills && !knownSkills.has(skill)) problems.push({ path, message: 'is not a skill of this module' });
      else if (!isObject(entry) || typeof entry.level !== 'number' || !Number.isFinite(entry.level))
        problems.push({ path: `${path}.level`, message: 'is not a number' });
      else if (!isTime(entry.at)) problems.push({ path: `${path}.at`, message: 'is not a date and time' });
      else levels[skill] = { level: entry.level, at: entry.at };
    }
  } else if (value.levels !== undefined) problems.push({ path: '$.levels', message: 'is not an object' });
  const step =
    isObject(value.step) && typeof value.step.id === 'string' && isTime(value.step.at)
      ? { id: value.step.id, at: value.step.at }
      : undefined;
  if (value.step !== undefined && !step) problems.push({ path: '$.step', message: 'needs an id and a date and time' });
  const completed = isObject(value.completed) && isTime(value.completed.at) ? { at: value.completed.at } : undefined;
  if (value.completed !== undefined && !completed)
    problems.push({ path: '$.completed', message: 'needs a date and time' });
  return {
    record: {
      version: LEARNER_RECORD_VERSION,
      ...(step ? { step } : {}),
      levels,
      ...(completed ? { completed } : {}),
    },
    problems,
  };
}
