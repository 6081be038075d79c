import type { Step, Track } from '../document.js';

/** The steps of a track in an order where every step comes after the steps leading to it. */
export interface TrackOrder {
  readonly steps: readonly Step[];
  /** A cycle, if the track has one: step ids with the first repeated at the end. Its steps are missing from `steps`. */
  readonly cycle: readonly string[] | undefined;
  /** The steps that no other step leads to: where the track starts. */
  readonly starts: readonly Step[];
  /** Step id → the steps that lead to it. */
  readonly predecessors: ReadonlyMap<string, readonly Step[]>;
}

const orders = new WeakMap<Track, TrackOrder>();

/** Walks back from a step that is left over after sorting; every such step has a left-over predecessor, so the walk must close a cycle. */
function findCycle(leftOver: ReadonlySet<Step>, predecessors: ReadonlyMap<string, readonly Step[]>): string[] {
  const [first] = leftOver;
  const walk: Step[] = [];
  const seen = new Map<Step, number>();
  let step = first;
  while (step && !seen.has(step)) {
    seen.set(step, walk.length);
    walk.push(step);
    step = predecessors.get(step.id)?.find((candidate) => leftOver.has(candidate));
  }
  if (!step) return [];
  const cycle = walk.slice(seen.get(step)).reverse();
  return [...cycle, ...cycle.slice(0, 1)].map((member) => member.id);
}

/**
 * Sorts a track's steps along `next` (Kahn's algorithm, without recursion, so long tracks are
 * safe) and finds a cycle if there is one. Unknown step ids in `next` are ignored here;
 * validation reports them.
 */
export function trackOrder(track: Track): TrackOrder {
  const cached = orders.get(track);
  if (cached) return cached;
  const byId = new Map<string, Step>();
  for (const step of track.steps) if (!byId.has(step.id)) byId.set(step.id, step);
  const predecessors = new Map<string, Step[]>();
  const waiting = new Map<Step, number>();
  for (const step of byId.values()) waiting.set(step, 0);
  for (const step of byId.values()) {
    for (const id of new Set(step.next ?? [])) {
      const next = byId.get(id);
      if (!next) continue;
      const before = predecessors.get(id);
      if (before) before.push(step);
      else predecessors.set(id, [step]);
      waiting.set(next, (waiting.get(next) ?? 0) + 1);
    }
  }
  const starts = [...byId.values()].filter((step) => waiting.get(step) === 0);
  const sorted: Step[] = [...starts];
  // Steps appended while iterating are visited too: that is the queue of Kahn's algorithm.
  for (const step of sorted) {
    waiting.delete(step);
    for (const id of new Set(step.next ?? [])) {
      const next = byId.get(id);
      if (!next || !waiting.has(next)) continue;
      const left = (waiting.get(next) ?? 1) - 1;
      waiting.set(next, left);
      if (left === 0) sorted.push(next);
    }
  }
  const leftOver = new Set(waiting.keys());
  const order = {
    steps: sorted,
    cycle: leftOver.size > 0 ? findCycle(leftOver, predecessors) : undefined,
    starts,
    predecessors,
  };
  orders.set(track, order);
  return order;
}
