import { html, nothing, type TemplateResult } from 'lit';
import type { DataProblem } from '../events/data-error-event.js';
import type { LocalizeController } from '../localize/localize-controller.js';
import type { DataFailure, SkippedNotice } from './data-document-controller.js';

/** Each problem: its JSON path (always left to right, also on Hebrew pages) and what is wrong there. */
const problemList = (problems: readonly DataProblem[]) =>
  html`<dl class="data-problems__list">
    ${problems.map(
      (problem) =>
        html`<dt><code class="data-problems__path" dir="ltr">${problem.path}</code></dt>
          <dd>${problem.message}</dd>`,
    )}
  </dl>`;

/**
 * The panel shown instead of an element's content when its data cannot be used at all: a title,
 * every problem with its JSON path, announced once (`role="alert"`), and a way to try again when
 * the network or server failed.
 */
export function renderDataFailure(
  localize: LocalizeController,
  failure: DataFailure,
  retry: () => void,
): TemplateResult {
  return html`<div class="data-problems data-problems--failure" part="data-problems" role="alert">
    <p class="data-problems__title">
      ${localize.term('dataErrorTitle')}
      <span class="data-problems__count">(${localize.term('problemCount', failure.problems.length)})</span>
    </p>
    ${problemList(failure.problems)}
    ${
      failure.retryable
        ? html`<button class="data-problems__retry" part="retry-button" type="button" @click=${retry}>
            ${localize.term('retry')}
          </button>`
        : nothing
    }
  </div>`;
}

/**
 * A quiet notice above content whose data had parts left out: how many, and (on demand) which
 * and why, with their JSON paths.
 */
export function renderSkippedNotice(
  localize: LocalizeController,
  skipped: SkippedNotice,
): TemplateResult | typeof nothing {
  if (skipped.parts === 0) return nothing;
  return html`<details class="data-problems data-problems--skipped" part="data-problems">
    <summary>${localize.term('dataSkipped', skipped.parts)}</summary>
    ${problemList(skipped.problems)}
  </details>`;
}
