import type { Step } from '@lp-elements/model';
import type { TrackLayout } from './track-layout.js';

/** How the steps are laid out: along the line of text, or down the page. */
export type Orientation = 'horizontal' | 'vertical';

/** The step on the neighbouring path of the same fork, at the same place along it (or the path's last). */
function neighbourOnPath(layout: TrackLayout, from: Step, delta: -1 | 1): Step {
  const place = layout.places.get(from);
  const fork = place?.fork;
  if (!place || !fork) return from;
  for (let branch = place.branch + delta; branch >= 0 && branch < fork.branches.length; branch += delta) {
    const onPath = layout.steps.filter((step) => {
      const other = layout.places.get(step);
      return other?.fork === fork && other.branch === branch;
    });
    const target = onPath[Math.min(place.indexInBranch, onPath.length - 1)];
    if (target) return target;
  }
  return from;
}

/**
 * The step a key moves focus to, or undefined when the key does not move focus. Left and Right
 * follow the reading direction (mirrored right to left) through the steps in reading order; Up
 * and Down do the same in the vertical layout and switch between the paths of a fork in the
 * horizontal one; Home and End go to the first and the last step.
 */
export function stepForKey(
  key: string,
  from: Step,
  layout: TrackLayout,
  dir: 'ltr' | 'rtl',
  orientation: Orientation,
): Step | undefined {
  const { steps } = layout;
  const position = steps.indexOf(from);
  const by = (delta: number) => steps[Math.min(steps.length - 1, Math.max(0, position + delta))] ?? from;
  const forward = dir === 'rtl' ? -1 : 1;
  switch (key) {
    case 'Home':
      return steps[0] ?? from;
    case 'End':
      return steps.at(-1) ?? from;
    case 'ArrowRight':
      return by(forward);
    case 'ArrowLeft':
      return by(-forward);
    case 'ArrowDown':
      return orientation === 'vertical' ? by(1) : neighbourOnPath(layout, from, 1);
    case 'ArrowUp':
      return orientation === 'vertical' ? by(-1) : neighbourOnPath(layout, from, -1);
    default:
      return undefined;
  }
}
