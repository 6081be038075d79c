import type { PartialStatement } from '../types.js';
import { ACTIVITY_TYPES } from '../vocabulary/activity-types.js';
import { EXTENSIONS } from '../vocabulary/extensions.js';
import { VERBS } from '../vocabulary/verbs.js';
import { activity, type ActivityInfo } from './activity.js';

function stepOfTrack(step: ActivityInfo, track: ActivityInfo): Pick<PartialStatement, 'object' | 'context'> {
  return {
    object: activity(step, ACTIVITY_TYPES.careerStep),
    context: { contextActivities: { parent: [activity(track, ACTIVITY_TYPES.careerTrack)] } },
  };
}

/** The learner chose a step of a career track as their next goal. */
export function careerStepSelected(step: ActivityInfo, track: ActivityInfo): PartialStatement {
  return { verb: VERBS.selected, ...stepOfTrack(step, track) };
}

/** The learner finished a step of a career track. */
export function careerStepCompleted(step: ActivityInfo, track: ActivityInfo): PartialStatement {
  return { verb: VERBS.completed, ...stepOfTrack(step, track), result: { completion: true } };
}

/**
 * The learner moved forward on a career track. Progress is a whole percentage (cmi5's progress
 * extension), rounded and kept within 0–100.
 */
export function trackProgressed(track: ActivityInfo, progressPercent: number): PartialStatement {
  const progress = Math.min(100, Math.max(0, Math.round(progressPercent)));
  return {
    verb: VERBS.progressed,
    object: activity(track, ACTIVITY_TYPES.careerTrack),
    result: { extensions: { [EXTENSIONS.progress]: progress } },
  };
}
