import type { DataProblem } from '../base/events/data-error-event.js';
import { LpDataErrorEvent } from '../base/events/data-error-event.js';

/**
 * Reports problems an element found in what it was given (an attribute that names nothing, a
 * link that is not http(s)): one console warning with every path, and one `lp-data-error`.
 * Callers report each value once, so re-renders stay quiet.
 */
export function reportProblems(host: HTMLElement, source: string, problems: readonly DataProblem[]): void {
  const lines = problems.map((problem) => `  ${problem.path}: ${problem.message}`).join('\n');
  console.warn(`<${host.localName}>: problems in the data from ${source}:\n${lines}`);
  host.dispatchEvent(new LpDataErrorEvent({ source, problems }));
}
