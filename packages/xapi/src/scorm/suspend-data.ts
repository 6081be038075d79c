/**
 * The learner record in `cmi.suspend_data`: a compact, versioned text that fits SCORM 1.2's 4,096
 * characters for a framework of 150 skills. Skills are written as their position in the
 * framework's skill order (IRIs are long), times as milliseconds after the record's earliest time,
 * all numbers in base 36:
 *
 *   LP1~<checksum>~<skill-order digest>~<base time>~<step>~<completed>~<skill.level.time,…>
 *
 * The checksum guards against text damaged or cut by an LMS; the digest against a framework whose
 * skills changed since the record was written (positions would then name other skills). DOM-free.
 */
import { checkStoredRecord } from '../record/check-stored-record.js';
import {
  LEARNER_RECORD_VERSION,
  type LearnerRecord,
  type RecordProblem,
  type RecordReading,
} from '../record/learner-record.js';

/** The tag every encoded record starts with; a later format gets `LP2`. */
export const SUSPEND_DATA_TAG = 'LP1';

/** Characters `cmi.suspend_data` holds: SCORM 1.2's CMIString4096, SCORM 2004's 64,000. */
export const SUSPEND_DATA_LIMIT = { '1.2': 4096, 2004: 64000 } as const;

/** What the encoding is written against: the module's framework and track. */
export interface SuspendDataContext {
  /** The framework's skill IRIs in their order. */
  readonly skills: readonly string[];
  /** The track's step ids in their order; a step elsewhere is written out in full. */
  readonly steps?: readonly string[];
}

export interface EncodedSuspendData {
  /** The text for `cmi.suspend_data`; undefined only if not even the step and completion fit. */
  readonly value: string | undefined;
  /**
   * Skills whose levels are not in `value`: the oldest levels when the record is longer than the
   * limit (the newest are kept), and skills the framework does not have. Empty when all is in.
   */
  readonly leftOut: readonly string[];
  /** The characters the whole record would take, to say by how much it did not fit. */
  readonly fullLength: number;
}

const SEPARATOR = '~';
const b36 = (value: number) => value.toString(36);

/** FNV-1a, 32 bits: a guard against damage, not against tampering. */
function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return b36(hash);
}

const skillOrderDigest = (skills: readonly string[]) => checksum(skills.join('\n'));

/** A step id outside the track, written so it holds none of the encoding's separators. */
const escapeId = (id: string) =>
  encodeURIComponent(id).replace(/[.~!*'()]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);

const frame = (body: string) => `${SUSPEND_DATA_TAG}${SEPARATOR}${checksum(body)}${SEPARATOR}${body}`;

/**
 * Encodes a record for `cmi.suspend_data` within `limit` characters. When it does not fit, the
 * oldest levels are left out until it does, and `leftOut` names them: never a silent cut.
 */
export function encodeSuspendData(
  record: LearnerRecord,
  context: SuspendDataContext,
  limit: number = SUSPEND_DATA_LIMIT['1.2'],
): EncodedSuspendData {
  const position = new Map(context.skills.map((skill, index) => [skill, index]));
  const leftOut: string[] = [];
  const levels = Object.entries(record.levels).filter(([skill]) => {
    if (position.has(skill)) return true;
    leftOut.push(skill);
    return false;
  });
  const times = [
    ...levels.map(([, level]) => Date.parse(level.at)),
    ...(record.step ? [Date.parse(record.step.at)] : []),
    ...(record.completed ? [Date.parse(record.completed.at)] : []),
  ];
  const base = times.length ? Math.min(...times) : 0;
  const since = (at: string) => b36(Date.parse(at) - base);
  const stepIndex = record.step ? (context.steps?.indexOf(record.step.id) ?? -1) : -1;
  const step = record.step
    ? `${stepIndex >= 0 ? `#${b36(stepIndex)}` : `=${escapeId(record.step.id)}`}.${since(record.step.at)}`
    : '';
  const head = [skillOrderDigest(context.skills), b36(base), step, record.completed ? since(record.completed.at) : ''];
  const entries = levels.map(([skill, level]) => ({
    skill,
    at: Date.parse(level.at),
    index: position.get(skill) ?? 0,
    text: `${b36(position.get(skill) ?? 0)}.${b36(level.level)}.${since(level.at)}`,
  }));
  const bodyOf = (kept: typeof entries) =>
    [
      ...head,
      [...kept]
        .sort((a, b) => a.index - b.index)
        .map((entry) => entry.text)
        .join(','),
    ].join(SEPARATOR);
  const full = frame(bodyOf(entries));
  if (full.length <= limit) return { value: full, leftOut, fullLength: full.length };

  // Newest first; a level is kept while the text stays within the limit.
  const newestFirst = [...entries].sort((a, b) => b.at - a.at || a.index - b.index);
  const bare = frame(bodyOf([]));
  if (bare.length > limit) {
    return { value: undefined, leftOut: [...leftOut, ...entries.map((entry) => entry.skill)], fullLength: full.length };
  }
  const kept: typeof entries = [];
  // The checksum's length varies by a few characters; keep a margin for it.
  let length = bare.length + 8;
  // Once one level does not fit, every older one is left out too: what is kept is always the newest.
  let filled = false;
  for (const entry of newestFirst) {
    const cost = entry.text.length + (kept.length ? 1 : 0);
    if (!filled && length + cost <= limit) {
      kept.push(entry);
      length += cost;
    } else {
      filled = true;
      leftOut.push(entry.skill);
    }
  }
  return { value: frame(bodyOf(kept)), leftOut, fullLength: full.length };
}

const problem = (path: string, code: RecordProblem['code'], message: string): RecordProblem => ({
  path,
  code,
  message,
});

const fromB36 = (text: string) => (/^[0-9a-z]+$/.test(text) ? parseInt(text, 36) : Number.NaN);

/**
 * Reads what `encodeSuspendData` wrote, part by part as `checkStoredRecord` does: damaged or foreign
 * text, another version, a changed framework or a bad entry cost only what they touch, each listed.
 * Undefined for an empty `suspend_data` (a first launch). Never throws.
 */
export function decodeSuspendData(text: string, context: SuspendDataContext): RecordReading | undefined {
  if (text === '') return undefined;
  const empty = { version: LEARNER_RECORD_VERSION, levels: {} } as const;
  const [tag, sum, ...rest] = text.split(SEPARATOR);
  if (!/^LP\d+$/.test(tag ?? '')) {
    return { record: empty, problems: [problem('$', 'not-a-record', 'cmi.suspend_data holds no learner record')] };
  }
  if (tag !== SUSPEND_DATA_TAG) {
    return {
      record: empty,
      problems: [
        problem(
          '$',
          'unsupported-version',
          `cmi.suspend_data holds a record of format ${tag}, newer than ${SUSPEND_DATA_TAG}`,
        ),
      ],
    };
  }
  const body = rest.join(SEPARATOR);
  if (rest.length !== 5 || checksum(body) !== sum) {
    return {
      record: empty,
      problems: [problem('$', 'not-a-record', 'cmi.suspend_data is damaged or cut short: its checksum does not match')],
    };
  }
  const [digest = '', baseText = '', stepText = '', completedText = '', levelsText = ''] = rest;
  const problems: RecordProblem[] = [];
  const base = fromB36(baseText);
  const at = (delta: string) => {
    const time = base + fromB36(delta);
    return Number.isFinite(time) ? new Date(time).toISOString() : 'invalid';
  };
  const plain: Record<string, unknown> = { version: LEARNER_RECORD_VERSION, levels: {} };
  if (stepText) {
    const [id = '', time = ''] = stepText.split('.');
    const stepId = id.startsWith('#') ? context.steps?.[fromB36(id.slice(1))] : safeDecode(id.slice(1));
    if (stepId === undefined) problems.push(problem('$.step', 'invalid-value', `step ${id} is not in the track`));
    else plain.step = { id: stepId, at: at(time) };
  }
  if (completedText) plain.completed = { at: at(completedText) };
  const levels: [string, unknown][] = [];
  if (levelsText && digest !== skillOrderDigest(context.skills)) {
    problems.push(
      problem(
        '$.levels',
        'unknown-skill',
        "the framework's skills changed since the levels were saved: they are not read",
      ),
    );
  } else if (levelsText) {
    for (const entry of levelsText.split(',')) {
      const [index = '', level = '', time = ''] = entry.split('.');
      const skill = context.skills[fromB36(index)];
      if (skill === undefined)
        problems.push(problem('$.levels', 'unknown-skill', `skill #${index} is not in the framework`));
      else levels.push([skill, { level: fromB36(level), at: at(time) }]);
    }
  }
  plain.levels = Object.fromEntries(levels);
  const checked = checkStoredRecord(plain, {
    skills: new Set(context.skills),
    ...(context.steps ? { steps: new Set(context.steps) } : {}),
  });
  return { record: checked.record, problems: [...problems, ...checked.problems] };
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
