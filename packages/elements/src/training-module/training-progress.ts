import { requiredLevels, type DataDocument, type Levels, type Step, type Track } from '@lp-elements/model';

/**
 * When a training module counts as completed, for the chosen step:
 * - `assessed`: the learner has set their own level in every skill the step requires;
 * - `met`: the learner's levels meet every skill the step requires.
 */
export type CompletionRule = 'assessed' | 'met';

export const COMPLETION_RULES: readonly CompletionRule[] = ['assessed', 'met'];

/** How far a learner is towards completing a module: skills done of those the step requires. */
export interface ModuleProgress {
  readonly done: number;
  readonly total: number;
  readonly complete: boolean;
}

/**
 * Progress against the completion rule. A step that requires nothing is complete once chosen,
 * under either rule: there is nothing left to assess or to meet.
 */
export function moduleProgress(
  required: Levels,
  levels: Levels,
  assessed: ReadonlySet<string>,
  rule: CompletionRule,
): ModuleProgress {
  const skills = Object.keys(required);
  const done = skills.filter((skill) =>
    rule === 'assessed' ? assessed.has(skill) : (levels[skill] ?? 0) >= (required[skill] ?? 0),
  ).length;
  return { done, total: skills.length, complete: done === skills.length };
}

/**
 * The step a learner starts on: the first step, in the track's order, whose requirements their
 * levels do not meet yet (the last step when they meet them all).
 */
export function firstOpenStep(document: DataDocument, track: Track, levels: Levels): Step | undefined {
  const open = track.steps.find(
    (step) => !moduleProgress(requiredLevels(document, step), levels, new Set(), 'met').complete,
  );
  return open ?? track.steps.at(-1);
}
