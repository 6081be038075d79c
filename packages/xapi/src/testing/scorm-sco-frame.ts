/**
 * A tiny SCO for the SCORM runtime tests: loaded in an iframe of a test page where scorm-again
 * plays the LMS, it finds the API, starts a session and keeps a learner record as the training
 * module does, saving after each change and finishing on `pagehide` (the LMS closing the frame).
 * Its framework has `?skills=N` skills with long IRIs and a track of three steps; driven through
 * `window.lpSco`.
 */
import type { LearnerRecord } from '../record/learner-record.js';
import { mergeRecords } from '../record/merge-records.js';
import { findScormApi } from '../scorm/find-scorm-api.js';
import type { StepRequirement } from '../scorm/cmi-values.js';
import type { ScormError } from '../scorm/scorm-connection.js';
import { startScormSession, type RecordTooLongNotice, type ScormSession } from '../scorm/scorm-session.js';

export interface ScoFrame {
  /** Undefined when no API was found or the LMS refused `Initialize`. */
  readonly session: ScormSession | undefined;
  readonly record: LearnerRecord;
  readonly errors: ScormError[];
  readonly notices: RecordTooLongNotice[];
  readonly skills: readonly string[];
  readonly steps: readonly string[];
  /** The chosen step's requirements: every third skill, at level 3. */
  requirements(): StepRequirement[];
  choose(step: string, at?: string): boolean;
  assess(skill: string, level: number, at?: string): boolean;
  complete(): boolean;
  finish(): boolean;
}

declare global {
  interface Window {
    lpSco?: ScoFrame;
  }
}

const params = new URLSearchParams(location.search);
const skills = Array.from(
  { length: Number(params.get('skills') ?? 12) },
  (_, index) =>
    `https://www.university.example/lp/frameworks/learning-professional/skills/skill-${index}-of-the-framework`,
);
const steps = ['lp-associate', 'lp-professional', 'lp-lead'];
const errors: ScormError[] = [];
const notices: RecordTooLongNotice[] = [];
const found = findScormApi(window);
const session = found
  ? startScormSession(found, {
      context: { skills, steps },
      onError: (error) => errors.push(error),
      onNotice: (notice) => notices.push(notice),
    })
  : undefined;

let record: LearnerRecord = mergeRecords(session?.resumed?.record, undefined);
let complete = false;
const requirements = () =>
  record.step ? skills.filter((_, index) => index % 3 === 0).map((skill) => ({ skill, level: 3 })) : [];
const save = () => session?.save({ record, requirements: requirements(), complete }) ?? false;
const now = () => new Date().toISOString();

window.lpSco = {
  session,
  get record() {
    return record;
  },
  errors,
  notices,
  skills,
  steps,
  requirements,
  choose(step, at = now()) {
    record = { ...record, step: { id: step, at } };
    return save();
  },
  assess(skill, level, at = now()) {
    record = { ...record, levels: { ...record.levels, [skill]: { level, at } } };
    return save();
  },
  complete() {
    complete = true;
    record = { ...record, completed: { at: now() } };
    return save();
  },
  finish: () => session?.finish() ?? false,
};

addEventListener('pagehide', () => {
  if (session && !session.finished) {
    save();
    session.finish();
  }
});
