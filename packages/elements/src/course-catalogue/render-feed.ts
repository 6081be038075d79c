import { pickText, skillById, type DataDocument, type GapProgress, type Recommendation } from '@lp-elements/model';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { CatalogueEntry } from './catalogue-index.js';
import { COURSE_LAYOUT } from './catalogue-layout.js';
import type { CatalogueRenderContext } from './render-context.js';

/** Above this many results only the courses on screen are rendered. */
const VIRTUALIZE_ABOVE = 100;

/** Why a course is recommended: the gaps it closes and narrows, with the skills' names. */
function renderRecommendation(
  { localize }: CatalogueRenderContext,
  recommendation: Recommendation,
  document: DataDocument,
) {
  const lang = localize.lang;
  const skills = (progress: readonly GapProgress[]) =>
    localize.list(
      progress.map(({ skill, from, to }) =>
        localize.term(
          'gapProgress',
          pickText(skillById(document, skill)?.name, lang, document.lang).text || skill,
          from,
          to,
        ),
      ),
    );
  const { closes, narrows, gaps } = recommendation;
  const why = [
    closes.length > 0 ? localize.term('closesGaps', closes.length, gaps, skills(closes)) : '',
    narrows.length > 0 ? localize.term('narrowsGaps', narrows.length, gaps, skills(narrows)) : '',
  ].filter(Boolean);
  return html`<p class="why" part="recommendation">
    <span class="tag tag--recommended">${localize.term('recommended')}</span> ${why.join(' ')}
  </p>`;
}

/** One course of the feed: an article with its position, the card, and why it is recommended. */
function renderResult(context: CatalogueRenderContext, entry: CatalogueEntry, index: number): TemplateResult {
  const { localize, prepared, recommended } = context;
  const { course } = entry;
  const recommendation = recommended && 'byCourse' in recommended ? recommended.byCourse.get(course.id) : undefined;
  const name = pickText(course.name, localize.lang, prepared.document.lang);
  return html`<div
    class="result"
    part="result"
    role="article"
    data-index=${index}
    tabindex=${index === context.keyboard.active ? 0 : -1}
    aria-posinset=${index + 1}
    aria-setsize=${context.checking ? -1 : context.shown.length}
    aria-label=${name.text}
  >
    ${recommendation ? renderRecommendation(context, recommendation, prepared.document) : nothing}
    <lp-course-card
      .course=${course}
      .data=${prepared.document}
      .now=${prepared.now}
      heading-level="3"
      exportparts="card, title: card-title, link: card-link"
    ></lp-course-card>
  </div>`;
}

/** What is shown instead of the feed when no course matches, or the document has none. */
export function renderEmpty(context: CatalogueRenderContext, noCourses: boolean) {
  const { localize, checking } = context;
  const message = checking ? 'stillChecking' : noCourses ? 'noCourses' : 'noResults';
  return html`<div class="empty" part="empty">
    <p>${localize.term(message)}</p>
    ${
      noCourses || checking
        ? nothing
        : html`<button
            class="clear"
            part="clear-button"
            type="button"
            @click=${() => {
              context.actions.clear(false);
            }}
          >
            ${localize.term('clearAll')}
          </button>`
    }
  </div>`;
}

/** The results as a feed (WAI-ARIA feed pattern), virtualised when there are many, and its end. */
export function renderFeed(context: CatalogueRenderContext) {
  const { localize, shown, checking, keyboard } = context;
  const item = (entry: CatalogueEntry, index: number) => renderResult(context, entry, index);
  // A large document's first courses are already in the list it will become, so nothing is lost when the others arrive.
  const virtual = shown.length > VIRTUALIZE_ABOVE || checking;
  // A new element when the list switches between the two: the virtualiser styles its own host.
  const feed = keyed(
    virtual,
    html`<div
      class=${virtual ? 'feed feed--virtual' : 'feed'}
      part="results"
      role="feed"
      aria-label=${localize.term('catalogueName')}
      aria-describedby="feed-hint"
      aria-busy=${checking ? 'true' : 'false'}
      @keydown=${keyboard.onKeyDown}
      @focusin=${keyboard.onFocusIn}
      @lp-course-select=${context.actions.selectCourse}
    >
      ${
        virtual
          ? virtualize({
              items: shown,
              renderItem: item,
              keyFunction: (entry) => entry.course.id,
              layout: COURSE_LAYOUT,
            })
          : shown.map(item)
      }
    </div>`,
  );
  return html`<p id="feed-hint" class="visually-hidden">${localize.term('feedHint')}</p>
    ${feed}
    <p class="end" tabindex="-1">
      ${checking ? localize.term('stillChecking') : localize.term('endOfList', shown.length)}
    </p>`;
}
