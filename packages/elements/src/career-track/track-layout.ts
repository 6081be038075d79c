import type { Step, Track } from '@lp-elements/model';

/** A step in the drawing. */
export interface StepItem {
  readonly kind: 'step';
  readonly step: Step;
  /** The steps that lead here when there are several: the step joins branches. */
  readonly joins: readonly Step[];
}

/** One path of a fork: its steps, and where it leads afterwards. */
export interface Branch {
  readonly items: readonly LayoutItem[];
  /** Whether the path leads into the step drawn after the fork (the join). */
  readonly joins: boolean;
  /** A step drawn elsewhere that the path leads to, when that is not the join. */
  readonly continuesAt: Step | undefined;
}

/** A step with several next steps: the paths that leave it, side by side. */
export interface ForkItem {
  readonly kind: 'fork';
  /** The step the paths leave from; undefined when the track itself starts with several steps. */
  readonly from: Step | undefined;
  readonly branches: readonly Branch[];
  /** The step most paths lead into, drawn right after the fork. */
  readonly join: Step | undefined;
}

export type LayoutItem = StepItem | ForkItem;

/** Where a step sits in the drawing. */
export interface StepPlace {
  /** Position in reading order, from 0 ("Step 3 of 7" is position 2). */
  readonly position: number;
  /** Column along the track, from 1: steps side by side on parallel paths share a column. */
  readonly column: number;
  /** The fork and branch the step is on (the innermost), if any. */
  readonly fork: ForkItem | undefined;
  readonly branch: number;
  /** Position among the steps of its own branch (or of the main line). */
  readonly indexInBranch: number;
}

/** A track as nested sequences and forks, with every step placed once, in reading order. */
export interface TrackLayout {
  readonly items: readonly LayoutItem[];
  /** Every step, in reading order. */
  readonly steps: readonly Step[];
  readonly places: ReadonlyMap<Step, StepPlace>;
  /** Columns along the longest path: how wide the horizontal drawing is, in steps. */
  readonly columns: number;
  /** Forks one after another along a path, at most: each adds its lines to the horizontal drawing's width. */
  readonly forks: number;
}

interface Sequence {
  readonly items: LayoutItem[];
  /** An already drawn step, or a join that belongs to an outer fork, where the sequence stops. */
  readonly exit: Step | undefined;
}

/** The graph of a track: unique existing next steps, and the steps leading to each. */
function graphOf(track: Track) {
  const byId = new Map<string, Step>();
  for (const step of track.steps) if (!byId.has(step.id)) byId.set(step.id, step);
  const successors = new Map<Step, Step[]>();
  const predecessors = new Map<Step, Step[]>();
  for (const step of byId.values()) {
    const next = [...new Set(step.next ?? [])].flatMap((id) => {
      const target = byId.get(id);
      return target && target !== step ? [target] : [];
    });
    successors.set(step, next);
    for (const target of next) predecessors.set(target, [...(predecessors.get(target) ?? []), step]);
  }
  return { steps: [...byId.values()], successors, predecessors };
}

/**
 * Lays a track out for drawing: runs of steps in sequence, forks where a step has several next
 * steps, each path of a fork as its own sequence, and the step most paths lead into (the join)
 * after the fork. Tracks that do not nest this way (a path that leads into another path's
 * middle) still show every step once: such a path names the step it continues at. A run of
 * steps is a loop, not recursion, so long tracks are safe; only nested forks recurse.
 */
export function layoutTrack(track: Track): TrackLayout {
  const { steps, successors, predecessors } = graphOf(track);
  /** Each step drawn so far, with the order it was drawn in. */
  const placed = new Map<Step, number>();
  const joinCount = (step: Step) => predecessors.get(step)?.length ?? 0;

  /** Whether every way into a join comes from the fork's own step or its paths (steps drawn since `mark`). */
  const ownJoin = (join: Step, from: Step | undefined, mark: number) =>
    (predecessors.get(join) ?? []).every((before) => before === from || (placed.get(before) ?? -1) >= mark);

  function fork(from: Step | undefined, starts: readonly Step[]): { fork: ForkItem; owned: boolean } {
    const mark = placed.size;
    const paths = starts.map((start): Sequence =>
      placed.has(start) || joinCount(start) > 1 ? { items: [], exit: start } : sequence(start, false),
    );
    const reached = new Map<Step, number>();
    for (const { exit } of paths) if (exit && !placed.has(exit)) reached.set(exit, (reached.get(exit) ?? 0) + 1);
    let join: Step | undefined;
    for (const [step, count] of reached) if (count > (join ? (reached.get(join) ?? 0) : 0)) join = step;
    // Paths into the join first, so the join's lines never cross a path that ends elsewhere.
    const ordered = [...paths.filter((path) => path.exit === join), ...paths.filter((path) => path.exit !== join)];
    const branches = ordered.map((path): Branch => ({
      items: path.items,
      joins: join !== undefined && path.exit === join,
      continuesAt: path.exit === join ? undefined : path.exit,
    }));
    return { fork: { kind: 'fork', from, branches, join }, owned: join !== undefined && ownJoin(join, from, mark) };
  }

  function sequence(first: Step, entering: boolean): Sequence {
    const items: LayoutItem[] = [];
    let step: Step | undefined = first;
    let joining = entering;
    while (step) {
      if (placed.has(step) || (!joining && joinCount(step) > 1)) return { items, exit: step };
      joining = false;
      placed.set(step, placed.size);
      const before = predecessors.get(step) ?? [];
      items.push({ kind: 'step', step, joins: before.length > 1 ? before : [] });
      const next: readonly Step[] = successors.get(step) ?? [];
      if (next.length === 0) return { items, exit: undefined };
      if (next.length === 1) {
        step = next[0];
        continue;
      }
      const { fork: split, owned } = fork(step, next);
      items.push(split);
      const { join } = split;
      if (!join) return { items, exit: undefined };
      // A join with a way in from outside this fork belongs to an outer fork.
      if (!owned) return { items, exit: join };
      step = join;
      joining = true;
    }
    return { items, exit: undefined };
  }

  const starts = steps.filter((step) => joinCount(step) === 0);
  const items: LayoutItem[] = [];
  let pending: Step | undefined;
  if (starts.length === 1 && starts[0]) {
    const main = sequence(starts[0], false);
    items.push(...main.items);
    pending = main.exit;
  } else if (starts.length > 1) {
    const { fork: split } = fork(undefined, starts);
    items.push(split);
    pending = split.join;
  }
  // Joins left to the top level, then steps no start reaches (a loop the data was left with).
  for (;;) {
    const next: Step | undefined = pending && !placed.has(pending) ? pending : steps.find((step) => !placed.has(step));
    if (!next) break;
    const rest = sequence(next, true);
    items.push(...rest.items);
    pending = rest.exit;
  }
  return placeSteps(items);
}

/** Numbers the steps in reading order and finds each one's column, fork and branch. */
function placeSteps(items: readonly LayoutItem[]): TrackLayout {
  const order: Step[] = [];
  const places = new Map<Step, StepPlace>();
  // Recursion goes only as deep as forks nest; a run of steps is a loop. Returns the column
  // after the sequence and the forks along it.
  const visit = (
    sequenceItems: readonly LayoutItem[],
    startColumn: number,
    fork: ForkItem | undefined,
    branch: number,
  ): [number, number] => {
    let column = startColumn;
    let forks = 0;
    let indexInBranch = 0;
    for (const item of sequenceItems) {
      if (item.kind === 'step') {
        places.set(item.step, { position: order.length, column, fork, branch, indexInBranch });
        order.push(item.step);
        indexInBranch += 1;
        column += 1;
      } else {
        let widest = column + 1;
        let innerForks = 0;
        item.branches.forEach((path, index) => {
          const [end, pathForks] = visit(path.items, column, item, index);
          widest = Math.max(widest, end);
          innerForks = Math.max(innerForks, pathForks);
        });
        column = widest;
        forks += 1 + innerForks;
      }
    }
    return [column, forks];
  };
  const [end, forks] = visit(items, 1, undefined, 0);
  return { items, steps: order, places, columns: end - 1, forks };
}
