import type { LpStepSelectEvent } from '../career-track/step-select-event.js';

/** The elements of a training journey that a page placed itself; any of them may be left out. */
export interface TrainingElements {
  /** The career track whose steps the learner opens. */
  readonly track?: HTMLElement & { goal?: string | undefined };
  /** The matrix that shows what the opened step requires. */
  readonly matrix?: HTMLElement & { required?: string | undefined };
  /** The catalogue whose recommendations follow the opened step. */
  readonly catalogue?: HTMLElement & { required?: string | undefined };
}

/**
 * Wires a career track, a skill-gap matrix and a course catalogue into one journey, the way
 * `<lp-training-module>` does: opening a step on the track makes it the learner's goal, the
 * matrix's requirement and the catalogue's. Levels need no wiring: the track and the catalogue
 * follow every `lp-level-change` of their person on the page. Returns a function that undoes it.
 *
 * ```js
 * connectTrainingElements({
 *   track: document.querySelector('lp-career-track'),
 *   matrix: document.querySelector('lp-skill-gap-matrix'),
 *   catalogue: document.querySelector('lp-course-catalogue'),
 * });
 * ```
 */
export function connectTrainingElements({ track, matrix, catalogue }: TrainingElements): () => void {
  if (!track) return () => undefined;
  const onStepSelect = (event: LpStepSelectEvent) => {
    const { step } = event.detail;
    track.goal = step.id;
    if (matrix) matrix.required = step.id;
    // The catalogue takes profiles only: a step's requirement is the profile it names.
    if (catalogue && step.requires !== undefined) catalogue.required = step.requires;
  };
  track.addEventListener('lp-step-select', onStepSelect);
  return () => {
    track.removeEventListener('lp-step-select', onStepSelect);
  };
}
