import { pickText } from '@lp-elements/model';
import { html, nothing, type TemplateResult } from 'lit';
import { renderSkippedNotice } from '../base/data/render-data-problems.js';
import { SORTS } from './catalogue-query.js';
import { renderEmpty, renderFeed } from './render-feed.js';
import { renderFilters } from './render-filters.js';
import type { CatalogueRenderContext } from './render-context.js';

/** A problem with `recommend-for` or `required`, in words. */
function renderProblem({ problem }: CatalogueRenderContext) {
  if (!problem) return nothing;
  return html`<div class="data-problems data-problems--skipped" part="notice" role="alert">
    <p class="data-problems__title">${problem}</p>
  </div>`;
}

/** Whose gaps the recommendations close, against which profile. */
function renderRecommendationSummary({ localize, recommended, prepared }: CatalogueRenderContext) {
  if (!recommended || !('rank' in recommended) || recommended.rank.size === 0) return nothing;
  const name = (text: Parameters<typeof pickText>[0]) => pickText(text, localize.lang, prepared.document.lang).text;
  return html`<p class="recommending" part="recommendation">
    ${localize.term('recommendedFor', name(recommended.person.name), name(recommended.required.name))}
  </p>`;
}

/** The search field and the sort control. */
function renderToolbar({ localize, query, actions }: CatalogueRenderContext) {
  return html`<div class="toolbar" part="toolbar" role="search">
    <div class="search">
      <label for="search">${localize.term('searchLabel')}</label>
      <input
        id="search"
        part="search"
        type="search"
        autocomplete="off"
        aria-describedby="search-hint"
        .value=${query.q}
        @input=${(event: Event) => {
          actions.search((event.target as HTMLInputElement).value);
        }}
      />
      <span id="search-hint" class="hint">${localize.term('searchHint')}</span>
    </div>
    <div class="sort">
      <label for="sort">${localize.term('sort')}</label>
      <select
        id="sort"
        part="sort"
        @change=${(event: Event) => {
          actions.sort(SORTS.find((known) => known === (event.target as HTMLSelectElement).value) ?? 'relevance');
        }}
      >
        ${SORTS.map(
          (sort) =>
            html`<option value=${sort} ?selected=${query.sort === sort}>
              ${localize.translation.sortName[sort]}
            </option>`,
        )}
      </select>
    </div>
  </div>`;
}

/** The catalogue of the data the element holds: toolbar, filters, count and courses. */
export function renderCatalogue(context: CatalogueRenderContext): TemplateResult {
  const { localize, shown, checking } = context;
  const total = context.prepared.results.entries.length;
  return html`${renderSkippedNotice(localize, context.skipped)} ${renderProblem(context)} ${renderToolbar(context)}
    ${renderFilters(context)} ${renderRecommendationSummary(context)}
    <p class="count" part="count">${localize.term(checking ? 'resultCountSoFar' : 'resultCount', shown.length)}</p>
    <p class="visually-hidden" role="status">${context.announcement}</p>
    ${total === 0 || shown.length === 0 ? renderEmpty(context, total === 0) : renderFeed(context)}`;
}
