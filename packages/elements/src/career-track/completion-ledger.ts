/**
 * Which steps have counted as completed for which person, so each completion is reported once:
 * whatever re-renders, repeated level changes or levels going down and up again happen.
 */
export class CompletionLedger {
  readonly #done = new Map<string, Set<string>>();

  /** Whether the person's starting point is known. */
  knows(person: string): boolean {
    return this.#done.has(person);
  }

  /** The steps a person had achieved when first seen: they were achieved before, not here, and are never reported. */
  start(person: string, achieved: Iterable<string>): void {
    if (!this.#done.has(person)) this.#done.set(person, new Set(achieved));
  }

  /** Steps achieved now that were not before, in the order given; they count as reported from here on. */
  newlyAchieved(person: string, achieved: Iterable<string>): string[] {
    let done = this.#done.get(person);
    if (!done) {
      done = new Set();
      this.#done.set(person, done);
    }
    const fresh: string[] = [];
    for (const step of achieved) {
      if (done.has(step)) continue;
      done.add(step);
      fresh.push(step);
    }
    return fresh;
  }
}
