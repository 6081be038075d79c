import {
  isSafeHttpUrl,
  pickText,
  type Course,
  type DataDocument,
  type GapProgress,
  type Recommendation,
} from '@lp-elements/model';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { LocalizeController } from '../base/localize/localize-controller.js';
import { dirOf, langOf } from './render-levels.js';

/** What the recommendations need from the element. */
export interface RecommendationContext {
  readonly document: DataDocument;
  readonly localize: LocalizeController;
  /** Skill names as the matrix shows them. */
  readonly skillNames: ReadonlyMap<string, string>;
  /** Called when a fallback link (or button) is activated: fires the select event and statement. */
  readonly select: (event: Event, course: Course) => void;
}

/** A compact `<lp-course-card>`, once per course and document, so a re-render keeps the card. */
const cards = new WeakMap<Course, { document: DataDocument; card: HTMLElement }>();

function courseCard(course: Course, document: DataDocument): HTMLElement {
  const known = cards.get(course);
  if (known?.document === document) return known.card;
  const card = Object.assign(window.document.createElement('lp-course-card'), { course, data: document });
  card.toggleAttribute('compact', true);
  cards.set(course, { document, card });
  return card;
}

/** The course as a link (only an http(s) URL), or a button when it has none; both select it. */
function courseLink(course: Course, context: RecommendationContext) {
  const { document, localize } = context;
  const name = pickText(course.name, localize.lang, document.lang);
  const provider = pickText(course.provider.name, localize.lang, document.lang);
  const select = (event: Event) => {
    context.select(event, course);
  };
  const title = html`<span lang=${ifDefined(langOf(name, localize))} dir=${ifDefined(dirOf(name, localize))}
    >${name.text}</span
  >`;
  return html`${
      isSafeHttpUrl(course.url)
        ? html`<a class="course__link" href=${course.url} @click=${select}>${title}</a>`
        : html`<button type="button" class="course__link" @click=${select}>${title}</button>`
    }
    <span class="course__meta">
      ${course.code ? html`<span class="course__code">${course.code}</span>` : nothing}
      <span lang=${ifDefined(langOf(provider, localize))} dir=${ifDefined(dirOf(provider, localize))}
        >${provider.text}</span
      >
    </span>`;
}

function explanation(recommendation: Recommendation, context: RecommendationContext): string {
  const { localize, skillNames } = context;
  const list = (progress: readonly GapProgress[]) =>
    progress
      .map(({ skill, from, to }) => localize.term('gapProgress', skillNames.get(skill) ?? skill, from, to))
      .join(', ');
  const { closes, narrows, gaps } = recommendation;
  return localize.term('recommendationExplanation', closes.length, list(closes), narrows.length, list(narrows), gaps);
}

/**
 * The model's recommended courses for the gaps shown, best first, each with why (what it closes
 * and narrows). Compact course cards when `<lp-course-card>` is on the page, else links.
 */
export function renderRecommendations(recommendations: readonly Recommendation[], context: RecommendationContext) {
  const { localize, document } = context;
  const withCards = customElements.get('lp-course-card') !== undefined;
  return html`<section class="recommendations" part="recommendations" aria-labelledby="recommendations-title">
    <h3 class="recommendations__title" id="recommendations-title">${localize.term('recommendationsTitle')}</h3>
    ${
      recommendations.length === 0
        ? html`<p class="recommendations__none">${localize.term('noRecommendations')}</p>`
        : html`<ol class="recommendations__list">
            ${recommendations.map(
              (recommendation) =>
                html`<li class="course">
                  ${withCards ? courseCard(recommendation.course, document) : courseLink(recommendation.course, context)}
                  <p class="course__why">${explanation(recommendation, context)}</p>
                </li>`,
            )}
          </ol>`
    }
  </section>`;
}
