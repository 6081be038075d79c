/**
 * One SCO session from `Initialize` to `Terminate`: reads the launch (entry, mode, learner, the
 * record in `cmi.suspend_data`), writes the record and what the LMS reports from it, and finishes
 * exactly once. DOM-free: the API comes from `findScormApi` and time from `now`.
 */
import { decodeSuspendData, encodeSuspendData, SUSPEND_DATA_LIMIT, type SuspendDataContext } from './suspend-data.js';
import {
  cmiStatus,
  interactionFields,
  objectiveFields,
  skillIdentifier,
  type CmiEntry,
  type CmiStatusInput,
} from './cmi-values.js';
import type { LearnerRecord, RecordReading } from '../record/learner-record.js';
import type { FoundScormApi, ScormVersion } from './scorm-api.js';
import { scormConnection, type ScormConnection, type ScormError } from './scorm-connection.js';
import { displayName } from './scorm-learner.js';
import { iso8601Duration, scorm12Timespan } from './session-time.js';

/** The record did not fit `cmi.suspend_data`: the newest levels were kept, these were not. */
export interface RecordTooLongNotice {
  readonly type: 'record-too-long';
  readonly leftOut: readonly string[];
  /** Characters the whole record would take, and what the edition allows. */
  readonly length: number;
  readonly limit: number;
}

export interface ScormSessionOptions {
  /** The framework's skills and the track's steps, in their order (see `SuspendDataContext`). */
  readonly context: SuspendDataContext;
  /** Each kind of LMS error, once (see `ScormConnectionOptions`). */
  readonly onError?: (error: ScormError) => void;
  readonly onNotice?: (notice: RecordTooLongNotice) => void;
  /** Milliseconds since the epoch; `Date.now` by default. */
  readonly now?: () => number;
}

export type ScormMode = 'normal' | 'review' | 'browse';

/** What the module reports: the record, the chosen step's requirements, completion and mastery. */
export type ScormState = CmiStatusInput;

export interface ScormSession {
  readonly version: ScormVersion;
  readonly mode: ScormMode;
  /** In `review` and `browse` nothing is written, as in cmi5 Review. */
  readonly readOnly: boolean;
  /** The LMS's learner id and the name as a heading shows it (empty when the LMS gives none). */
  readonly learner: { readonly id: string; readonly name: string };
  /**
   * The record stored by an earlier session, undefined on a first launch and when the LMS says
   * `ab-initio` (a new attempt starts clean).
   */
  readonly resumed: RecordReading | undefined;
  /** Writes the record and what follows from it, and commits; false when read-only or refused. */
  save(state: ScormState): boolean;
  /** Writes the session time and exit, then `LMSFinish`/`Terminate`: once, later calls do nothing. */
  finish(): boolean;
  readonly finished: boolean;
}

const ELEMENTS = {
  '1.2': {
    entry: 'cmi.core.entry',
    mode: 'cmi.core.lesson_mode',
    learnerId: 'cmi.core.student_id',
    learnerName: 'cmi.core.student_name',
    status: 'cmi.core.lesson_status',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
  },
  2004: {
    entry: 'cmi.entry',
    mode: 'cmi.mode',
    learnerId: 'cmi.learner_id',
    learnerName: 'cmi.learner_name',
    status: 'cmi.completion_status',
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
  },
} as const;

const count = (connection: ScormConnection, element: string) => {
  const value = Number.parseInt(connection.get(`${element}._count`), 10);
  return Number.isFinite(value) && value > 0 ? value : 0;
};

const key = (skill: string, at: string) => `${skill}\n${Date.parse(at)}`;

/**
 * Starts a session on a found API. Undefined when the LMS refuses `Initialize` (the error went to
 * `onError`): the module then runs as without an LMS.
 */
export function startScormSession(found: FoundScormApi, options: ScormSessionOptions): ScormSession | undefined {
  const connection = scormConnection(found, options.onError ? { onError: options.onError } : {});
  if (!connection.initialize()) return undefined;
  const { version } = found;
  const names = ELEMENTS[version];
  const now = options.now ?? Date.now;
  const started = now();
  const limit = SUSPEND_DATA_LIMIT[version];

  const modeText = connection.get(names.mode);
  const mode: ScormMode = modeText === 'review' || modeText === 'browse' ? modeText : 'normal';
  const readOnly = mode !== 'normal';
  const learner = { id: connection.get(names.learnerId), name: displayName(connection.get(names.learnerName)) };
  const resumed =
    connection.get(names.entry) === 'ab-initio'
      ? undefined
      : decodeSuspendData(connection.get('cmi.suspend_data'), options.context);

  // Levels of earlier sessions were reported then: 1.2's interactions cannot be read back.
  const reported = new Set(Object.entries(resumed?.record.levels ?? {}).map(([skill, level]) => key(skill, level.at)));
  let interactions = count(connection, 'cmi.interactions');
  const objectives = new Map<string, number>();
  for (let index = 0, total = count(connection, 'cmi.objectives'); index < total; index += 1) {
    objectives.set(connection.get(`cmi.objectives.${index}.id`), index);
  }
  const position = new Map(options.context.skills.map((skill, index) => [skill, index]));
  const idOf = (skill: string) => skillIdentifier(version, skill, position.get(skill) ?? -1);

  let complete = false;
  let lastLeftOut = '';
  if (!readOnly && ['not attempted', 'unknown', ''].includes(connection.get(names.status))) {
    connection.set(names.status, 'incomplete');
  }

  // What the LMS holds from this session: a save sends only what changed, so a commit stays short.
  const sent = new Map<string, string>();
  const setAll = (entries: readonly CmiEntry[]) =>
    entries
      .map(([element, value]) => {
        if (sent.get(element) === value) return true;
        const accepted = connection.set(element, value);
        if (accepted) sent.set(element, value);
        return accepted;
      })
      .every(Boolean);

  function suspendData(record: LearnerRecord): CmiEntry[] {
    const encoded = encodeSuspendData(record, options.context, limit);
    const leftOut = encoded.leftOut.join('\n');
    if (leftOut && leftOut !== lastLeftOut) {
      options.onNotice?.({ type: 'record-too-long', leftOut: encoded.leftOut, length: encoded.fullLength, limit });
    }
    lastLeftOut = leftOut;
    return encoded.value === undefined ? [] : [['cmi.suspend_data', encoded.value]];
  }

  function objectiveEntries(state: ScormState): CmiEntry[] {
    return state.requirements.flatMap((requirement) => {
      const id = idOf(requirement.skill);
      let index = objectives.get(id);
      const entries: CmiEntry[] = [];
      if (index === undefined) {
        index = objectives.size;
        objectives.set(id, index);
        entries.push([`cmi.objectives.${index}.id`, id]);
      }
      const prefix = `cmi.objectives.${index}.`;
      return [
        ...entries,
        ...objectiveFields(version, state.record, requirement).map(
          ([field, value]) => [prefix + field, value] as const,
        ),
      ];
    });
  }

  function interactionEntries(record: LearnerRecord): CmiEntry[] {
    const fresh = Object.entries(record.levels)
      .filter(([skill, level]) => !reported.has(key(skill, level.at)))
      .sort(([, a], [, b]) => Date.parse(a.at) - Date.parse(b.at));
    return fresh.flatMap(([skill, level]) => {
      reported.add(key(skill, level.at));
      const prefix = `cmi.interactions.${interactions++}.`;
      return interactionFields(version, idOf(skill), level).map(([field, value]) => [prefix + field, value] as const);
    });
  }

  return {
    version,
    mode,
    readOnly,
    learner,
    resumed,
    get finished() {
      return connection.finished;
    },
    save(state) {
      if (readOnly || connection.finished) return false;
      complete = state.complete;
      const written = setAll([
        ...suspendData(state.record),
        ...interactionEntries(state.record),
        ...objectiveEntries(state),
        ...cmiStatus(version, state),
      ]);
      return connection.commit() && written;
    },
    finish() {
      if (connection.finished) return false;
      const elapsed = now() - started;
      connection.set(names.sessionTime, version === '1.2' ? scorm12Timespan(elapsed) : iso8601Duration(elapsed));
      if (!readOnly) connection.set(names.exit, complete ? (version === '1.2' ? '' : 'normal') : 'suspend');
      return connection.finish();
    },
  };
}
