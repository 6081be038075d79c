/**
 * What a SCO reports to the LMS, worked out from the learner record and the chosen step's
 * requirements: status, score, progress, one objective per required skill and one interaction
 * per self-assessment, in each edition's element names. DOM-free; the session writes them.
 */
import type { LearnerRecord } from '../record/learner-record.js';
import type { ScormVersion } from './scorm-api.js';
import { scorm12Time, scorm2004Timestamp } from './session-time.js';

/** One requirement of the chosen step: a skill and the level it asks for. */
export interface StepRequirement {
  readonly skill: string;
  readonly level: number;
}

/** How far the learner is with the chosen step. */
export interface StepScore {
  /** Requirements whose skill the learner assessed at or above the required level. */
  readonly met: number;
  /** Requirements whose skill the learner assessed at all. */
  readonly assessed: number;
  readonly total: number;
}

export function stepScore(record: LearnerRecord, requirements: readonly StepRequirement[]): StepScore {
  let met = 0;
  let assessed = 0;
  for (const { skill, level } of requirements) {
    const recorded = Object.hasOwn(record.levels, skill) ? record.levels[skill] : undefined;
    if (!recorded) continue;
    assessed += 1;
    if (recorded.level >= level) met += 1;
  }
  return { met, assessed, total: requirements.length };
}

/** The score the LMS gets: the share of the step's requirements met, 0–100 (whole numbers). */
export const scoreOf = ({ met, total }: StepScore) => (total ? Math.round((100 * met) / total) : 0);

export interface CmiStatusInput {
  readonly record: LearnerRecord;
  /** The chosen step's requirements; empty while no step is chosen (then no score is sent). */
  readonly requirements: readonly StepRequirement[];
  /** Whether the module's completion rule is met. */
  readonly complete: boolean;
  /**
   * A mastery rule, the score (0–100) that passes: with it, a completed module is `passed` or
   * `failed`; without it SCORM 2004's `success_status` stays unset and 1.2 says `completed`.
   */
  readonly masteryScore?: number;
}

export type CmiEntry = readonly [element: string, value: string];

/** Status, score, progress and exit for the edition, in the order they are best set. */
export function cmiStatus(version: ScormVersion, input: CmiStatusInput): CmiEntry[] {
  const score = stepScore(input.record, input.requirements);
  const raw = scoreOf(score);
  const hasScore = score.total > 0;
  const success =
    input.masteryScore === undefined || !input.complete ? undefined : raw >= input.masteryScore ? 'passed' : 'failed';
  if (version === '1.2') {
    return [
      ...(hasScore
        ? ([
            ['cmi.core.score.min', '0'],
            ['cmi.core.score.max', '100'],
            ['cmi.core.score.raw', String(raw)],
          ] as const)
        : []),
      ['cmi.core.lesson_status', success ?? (input.complete ? 'completed' : 'incomplete')],
      ['cmi.core.exit', input.complete ? '' : 'suspend'],
    ];
  }
  return [
    ...(hasScore
      ? ([
          ['cmi.score.min', '0'],
          ['cmi.score.max', '100'],
          ['cmi.score.raw', String(raw)],
          ['cmi.score.scaled', String(raw / 100)],
          ['cmi.progress_measure', String(Math.round((100 * score.assessed) / score.total) / 100)],
        ] as const)
      : []),
    ['cmi.completion_status', input.complete ? 'completed' : 'incomplete'],
    ...(success ? ([['cmi.success_status', success]] as const) : []),
    ['cmi.exit', input.complete ? 'normal' : 'suspend'],
  ];
}

/** An identifier for a skill that the edition accepts: the IRI, or its position where 1.2 cannot hold it. */
export function skillIdentifier(version: ScormVersion, skill: string, position: number): string {
  if (version === '2004' || /^[!-~]{1,255}$/.test(skill)) return skill;
  return `skill-${position}`;
}

/** One objective per required skill: its fields after `cmi.objectives.n.`. */
export function objectiveFields(
  version: ScormVersion,
  record: LearnerRecord,
  requirement: StepRequirement,
): CmiEntry[] {
  const recorded = Object.hasOwn(record.levels, requirement.skill) ? record.levels[requirement.skill] : undefined;
  const met = recorded !== undefined && recorded.level >= requirement.level;
  if (version === '1.2') {
    return [['status', met ? 'passed' : recorded ? 'incomplete' : 'not attempted']];
  }
  return [
    ['completion_status', recorded ? 'completed' : 'not attempted'],
    ['success_status', met ? 'passed' : 'unknown'],
  ];
}

/** One interaction for a self-assessment (a likert answer): its fields after `cmi.interactions.n.`. */
export function interactionFields(
  version: ScormVersion,
  id: string,
  assessment: { readonly level: number; readonly at: string },
): CmiEntry[] {
  if (version === '1.2') {
    return [
      ['id', id],
      ['type', 'likert'],
      ['student_response', String(assessment.level)],
      ['time', scorm12Time(assessment.at)],
    ];
  }
  return [
    ['id', id],
    ['type', 'likert'],
    ['learner_response', String(assessment.level)],
    ['timestamp', scorm2004Timestamp(assessment.at)],
  ];
}
