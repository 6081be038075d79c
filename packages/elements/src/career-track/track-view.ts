import {
  careerProgress,
  type CareerOptions,
  type CareerProgress,
  type DataDocument,
  type LevelsSource,
  type Step,
  type StepProgress,
  type Track,
} from '@lp-elements/model';
import { layoutTrack, type TrackLayout } from './track-layout.js';

/** A track as one person sees it: the drawing, each step's progress, and where they stand. */
export interface TrackView {
  readonly track: Track;
  readonly layout: TrackLayout;
  readonly progress: CareerProgress;
  readonly stepProgress: ReadonlyMap<Step, StepProgress>;
  /**
   * The one step marked `aria-current="step"`: the step worked towards; when none is left, the
   * furthest step achieved; else the first.
   */
  readonly marked: Step | undefined;
  /** How far along the track the person is, as a whole percentage: the furthest column achieved of all columns. */
  readonly percent: number;
  /** Ids of the steps achieved. */
  readonly achieved: ReadonlySet<string>;
}

const layouts = new WeakMap<Track, TrackLayout>();

/** Lays out a track once while it lives (documents are read-only). */
export function layoutOf(track: Track): TrackLayout {
  let layout = layouts.get(track);
  if (!layout) {
    layout = layoutTrack(track);
    layouts.set(track, layout);
  }
  return layout;
}

/** Where a person stands on a track, with statuses, gaps and effort from the model's `careerProgress`. */
export function trackView(
  document: DataDocument,
  track: Track,
  person: LevelsSource,
  options: CareerOptions,
): TrackView {
  const layout = layoutOf(track);
  const progress = careerProgress(document, track, person, options);
  const stepProgress = new Map(progress.steps.map((entry) => [entry.step, entry]));
  const achievedSteps = progress.steps.filter((entry) => entry.status === 'achieved').map((entry) => entry.step);
  let furthest: Step | undefined;
  let furthestColumn = 0;
  for (const step of achievedSteps) {
    const column = layout.places.get(step)?.column ?? 0;
    if (column > furthestColumn) {
      furthest = step;
      furthestColumn = column;
    }
  }
  return {
    track,
    layout,
    progress,
    stepProgress,
    marked: progress.current ?? furthest ?? layout.steps[0],
    percent: layout.columns === 0 ? 0 : Math.round((furthestColumn / layout.columns) * 100),
    achieved: new Set(achievedSteps.map((step) => step.id)),
  };
}
