import {
  LEARNER_RECORD_VERSION,
  type LearnerRecord,
  type RecordedLevel,
  type RecordProblem,
  type RecordReading,
} from './learner-record.js';

/** What the reader knows, to set aside what belongs to another framework or track. */
export interface StoredRecordContext {
  /** Skill IRIs of the module's framework: levels of any other skill are ignored. */
  readonly skills?: ReadonlySet<string>;
  /** Step ids of the module's track: another step is ignored. */
  readonly steps?: ReadonlySet<string>;
}

type Plain = Record<string, unknown>;

const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isTime = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d\d-\d\dT/.test(value) && !Number.isNaN(Date.parse(value));

/** The highest level a record may hold: scales are short; anything above is not a level. */
const MAX_LEVEL = 100;

const isLevel = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_LEVEL;

const member = (key: string) => `[${JSON.stringify(key)}]`;

/**
 * Reads a stored record from any source (JSON text or a parsed value, this version or another,
 * written by this module or by something else) and keeps every part that is sound: a bad level,
 * a skill of another framework, an unknown step each cost only that part, listed with its JSON
 * path. Never throws.
 */
export function checkStoredRecord(value: unknown, context: StoredRecordContext = {}): RecordReading {
  const problems: RecordProblem[] = [];
  const problem = (path: string, code: RecordProblem['code'], message: string) => {
    problems.push({ path, code, message });
  };
  let stored = value;
  if (typeof stored === 'string') {
    try {
      stored = JSON.parse(stored) as unknown;
    } catch {
      problem('$', 'not-a-record', 'the stored record is not JSON');
      return { record: { version: LEARNER_RECORD_VERSION, levels: {} }, problems };
    }
  }
  if (!isPlain(stored)) {
    problem('$', 'not-a-record', 'the stored record is not an object');
    return { record: { version: LEARNER_RECORD_VERSION, levels: {} }, problems };
  }
  if (stored.version !== LEARNER_RECORD_VERSION) {
    problem(
      '$.version',
      'unsupported-version',
      `version ${JSON.stringify(stored.version ?? null)} is not ${LEARNER_RECORD_VERSION}: only its parts of this version's form are read`,
    );
  }

  // Built from entries, not by assignment: a skill named `__proto__` stays a skill.
  const levels: [string, RecordedLevel][] = [];
  if (isPlain(stored.levels)) {
    for (const [skill, entry] of Object.entries(stored.levels)) {
      const path = `$.levels${member(skill)}`;
      if (context.skills && !context.skills.has(skill)) {
        problem(path, 'unknown-skill', `${skill} is not a skill of this module's framework`);
      } else if (!isPlain(entry)) {
        problem(path, 'invalid-value', 'a level must be an object with `level` and `at`');
      } else if (!isLevel(entry.level)) {
        problem(`${path}.level`, 'invalid-value', `a level must be a whole number from 0 to ${MAX_LEVEL}`);
      } else if (!isTime(entry.at)) {
        problem(`${path}.at`, 'invalid-value', '`at` must be an ISO 8601 date and time');
      } else {
        levels.push([skill, { level: entry.level, at: entry.at }]);
      }
    }
  } else if (stored.levels !== undefined) {
    problem('$.levels', 'invalid-value', '`levels` must be an object keyed by skill IRI');
  }

  let step: LearnerRecord['step'];
  if (isPlain(stored.step)) {
    const { id, at } = stored.step;
    if (typeof id !== 'string' || id === '') problem('$.step.id', 'invalid-value', 'a step id must be a text');
    else if (context.steps && !context.steps.has(id))
      problem('$.step.id', 'invalid-value', `${id} is not a step of this module's track`);
    else if (!isTime(at)) problem('$.step.at', 'invalid-value', '`at` must be an ISO 8601 date and time');
    else step = { id, at };
  } else if (stored.step !== undefined) {
    problem('$.step', 'invalid-value', '`step` must be an object with `id` and `at`');
  }

  let completed: LearnerRecord['completed'];
  if (isPlain(stored.completed) && isTime(stored.completed.at)) completed = { at: stored.completed.at };
  else if (stored.completed !== undefined)
    problem('$.completed', 'invalid-value', '`completed` must be an object with an ISO 8601 `at`');

  return {
    record: {
      version: LEARNER_RECORD_VERSION,
      ...(step ? { step } : {}),
      levels: Object.fromEntries(levels),
      ...(completed ? { completed } : {}),
    },
    problems,
  };
}
