/**
 * Work done a bounded piece at a time: each `next()` does one piece (a few dozen courses of a
 * catalogue, say) and the last returns the result. A page runs the pieces on separate tasks, so
 * checking a large document never holds the main thread for long; Node and tests run them at once.
 */
export type Steps<T> = Generator<void, T, void>;

/** How many courses (or other list items) one piece of the document checks handles. */
export const ITEMS_PER_STEP = 25;

/** Runs every piece of `steps` now and returns the result. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
