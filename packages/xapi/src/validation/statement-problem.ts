import type { Rule } from './rules.js';

/** One reason a statement cannot be sent. */
export interface StatementProblem {
  /** JSON path of the offending value, e.g. `$.result.score.scaled`. */
  readonly path: string;
  /** The rule it breaks, e.g. `score-range`; `RULES` explains each one. */
  readonly rule: Rule;
}

/** Thrown (and reported) when a statement is rejected before it is queued. */
export class StatementRejectedError extends Error {
  override readonly name = 'StatementRejectedError';
  readonly problems: readonly StatementProblem[];

  constructor(problems: readonly StatementProblem[]) {
    super(`xAPI statement not queued: ${problems.map((p) => `${p.path} breaks ${p.rule}`).join(', ')}`);
    this.problems = problems;
  }
}
