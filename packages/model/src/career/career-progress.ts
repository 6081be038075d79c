import type { DataDocument, Step, Track } from '../document.js';
import type { LevelsSource } from '../gaps/levels.js';
import { personGaps, type PersonGaps } from '../gaps/person-gaps.js';
import type { RecommendOptions } from '../recommend/recommend-courses.js';
import { estimateEffort, type Effort } from './effort.js';
import { trackOrder } from './track-order.js';

/**
 * achieved: the person meets the step's requirements; current: the step they are working
 * towards; available: open to them next; optional: an optional step open to them; locked:
 * reachable only through steps not yet achieved.
 */
export type StepStatus = 'achieved' | 'current' | 'available' | 'optional' | 'locked';

/** One step of a track, for one person. */
export interface StepProgress {
  readonly step: Step;
  readonly status: StepStatus;
  /** The person against the profile the step requires. */
  readonly gaps: PersonGaps;
  /** What reaching the step takes; undefined once achieved. */
  readonly effort: Effort | undefined;
}

/** Where a person stands on a track. */
export interface CareerProgress {
  readonly track: Track;
  /** Every step, in the order the track lists them. */
  readonly steps: readonly StepProgress[];
  /** The step the person is working towards, if any is left. */
  readonly current: Step | undefined;
  /** The branches open next: steps not yet achieved that follow an achieved step (or start the track). */
  readonly next: readonly Step[];
  readonly achieved: number;
}

/** Options of `careerProgress`: those of `recommendCourses` (for effort), and a chosen step. */
export interface CareerOptions extends RecommendOptions {
  /** The id of the step the person has chosen to work towards, if it is open to them. */
  readonly currentStep?: string;
}

/**
 * Where a person stands on a career track. A step with requirements is achieved when the person
 * meets every required level; a step without is achieved when it starts the track or follows an
 * achieved step. A step is open when it starts the track or follows an achieved step (one
 * achieved predecessor is enough: branches join). The current step is the chosen one if open,
 * else the first open, required step in track order. Effort is estimated for each step not yet
 * achieved, from the courses recommended for its gaps (the step's own courses first).
 */
export function careerProgress(
  document: DataDocument,
  track: Track,
  person: LevelsSource,
  options: CareerOptions = {},
): CareerProgress {
  const { steps: ordered, predecessors } = trackOrder(track);
  const achieved = new Set<Step>();
  const gapsOf = new Map<Step, PersonGaps>();
  const isOpen = (step: Step) => {
    const before = predecessors.get(step.id);
    return before === undefined || before.some((predecessor) => achieved.has(predecessor));
  };
  for (const step of ordered) {
    const gaps = personGaps(document, person, step);
    gapsOf.set(step, gaps);
    const met = step.requires === undefined ? isOpen(step) : gaps.summary.below === 0;
    if (met) achieved.add(step);
  }
  const inOrder = new Set(ordered);
  const open = track.steps.filter((step) => inOrder.has(step) && !achieved.has(step) && isOpen(step));
  const chosen = open.find((step) => step.id === options.currentStep);
  const current = chosen ?? open.find((step) => !step.optional);
  const statusOf = (step: Step): StepStatus => {
    if (achieved.has(step)) return 'achieved';
    if (step === current) return 'current';
    if (!open.includes(step)) return 'locked';
    return step.optional ? 'optional' : 'available';
  };
  const steps = track.steps.map((step): StepProgress => {
    const gaps = gapsOf.get(step) ?? personGaps(document, person, step);
    const effort = achieved.has(step)
      ? undefined
      : estimateEffort(document, gaps, { ...options, prefer: step.courses });
    return { step, status: statusOf(step), gaps, effort };
  });
  return { track, steps, current, next: open, achieved: achieved.size };
}
