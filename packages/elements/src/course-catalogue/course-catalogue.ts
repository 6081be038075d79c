import { html, nothing } from 'lit';
import type { Levels } from '@lp-elements/model';
import { property, state } from 'lit/decorators.js';
import type { LpLevelChangeEvent } from '../base/events/level-change-event.js';
import { DataDocumentController } from '../base/data/data-document-controller.js';
import { dataProblemsStyles } from '../base/data/data-problems.styles.js';
import { renderDataFailure } from '../base/data/render-data-problems.js';
import { LpElement } from '../base/lp-element.js';
import { idleMoment } from '../base/idle-moment.js';
import { skeletonStyles } from '../base/theme/skeleton.styles.js';
import { courseCardStyles } from '../course-card/course-card.styles.js';
import { prepareCardFormats } from '../course-card/course-facts.js';
import type { CatalogueEntry } from './catalogue-index.js';
import type { CatalogueView } from './catalogue-view.js';
import { courseCatalogueStyles } from './course-catalogue.styles.js';

/**
 * A catalogue of more courses than this is checked a slice at a time after its first screen: the
 * first courses that pass their checks are shown meanwhile, enough to fill a tall window.
 */
const CHECK_IN_SLICES = { above: 200, preview: 20 };

/**
 * @tagname lp-course-catalogue
 * @summary The partner universities' courses: search, filters, sort, recommendations, thousands of courses, and schema.org JSON-LD for search engines.
 * @dependency lp-course-card
 *
 * @description Reads the data document from `src` or `data` and shows its courses as
 * `<lp-course-card>`s. Search looks in names, codes, descriptions, providers and skills, in every
 * language of the document, ignoring case and accents. Filters: provider, language, mode, ECTS
 * range, EQF level, field, audience, skill, timing, start within N weeks, free only; sort by
 * relevance, start date, ECTS or name. With `recommend-for` (and `required`), the courses that
 * close the person's gaps come first, each with why, and follow the person's levels as they
 * change on the page (`lp-level-change`, e.g. a self-assessment in a skill-gap matrix). With `sync-url`, the search and filters live
 * in the page's query string (links and the back button work). Above 100 results only the
 * courses on screen are rendered. The catalogue writes the courses shown as schema.org JSON-LD
 * into its light DOM (see docs/seo.md).
 *
 * Keyboard: Tab reaches the search, sort and filters, then the list of courses (a feed): Page Down
 * and Page Up (or the arrow keys) move between courses, Home and End go to the first and last,
 * Enter opens the course, Ctrl+Home goes back to the search and Ctrl+End past the list. Screen
 * readers hear each course's position ("12 of 5,000") and the number of results once typing settles.
 *
 * @csspart toolbar - The search field and the sort control.
 * @csspart search - The search field.
 * @csspart sort - The sort control.
 * @csspart filters - The filter panel (a disclosure).
 * @csspart clear-button - The buttons that clear the filters.
 * @csspart count - The number of courses shown.
 * @csspart results - The list of courses.
 * @csspart result - One course in the list.
 * @csspart recommendation - Why a course is recommended.
 * @csspart empty - What is shown when no course matches.
 * @csspart notice - A problem with an attribute, e.g. an unknown `recommend-for` profile.
 * @csspart data-problems - The panel that shows problems with the data.
 * @csspart card - Each course card's box (exported from `<lp-course-card>`).
 * @csspart card-title - Each course card's heading.
 * @csspart card-link - Each course card's link.
 *
 * @cssprop --lp-course-catalogue-filter-width - The narrowest a filter control gets in the filter grid (default 12rem).
 *
 * @fires {LpCourseSelectEvent} lp-course-select - From a course card: the learner opened a course. Cancelable.
 * @fires {LpXapiStatementEvent} lp-xapi-statement - Catalogue searched (once a search or filter change settles) and course selected.
 * @fires {LpDataErrorEvent} lp-data-error - The data, or an attribute such as `recommend-for`, had problems.
 */
export class LpCourseCatalogue extends LpElement {
  static override styles = [
    LpElement.styles,
    dataProblemsStyles,
    skeletonStyles,
    courseCardStyles,
    courseCatalogueStyles,
  ];

  /** URL of the data document. */
  @property() src?: string;

  /** The data document (an object or JSON text), instead of `src`. */
  @property({ attribute: false }) data?: unknown;

  /** Id of a person profile: courses that close their gaps come first. */
  @property({ attribute: 'recommend-for' }) recommendFor?: string;

  /** Id of the profile whose levels are required (a role, programme or team); the person's role by default. */
  @property() required?: string;

  /** Keep search and filters in the query string; a value (e.g. `courses`) prefixes the parameter names. */
  @property({ attribute: 'sync-url' }) syncUrl?: string;

  /** IRI of this catalogue in xAPI statements; the page's address (without query and fragment) by default. */
  @property({ attribute: 'catalogue-id' }) catalogueId?: string;

  /** Do not write schema.org JSON-LD into the page (e.g. when the server renders its own). */
  @property({ type: Boolean, attribute: 'no-json-ld' }) noJsonLd = false;

  /** The moment timing is judged from ("starts within 4 weeks"); when the data arrived by default. */
  @property({ attribute: false }) now?: Date;

  /** Levels learnt from `lp-level-change` events of the `recommend-for` person; the document is never changed. */
  @state() private changedLevels: Levels | undefined;

  private readonly dataController = new DataDocumentController(this, this.localize, { inSlices: CHECK_IN_SLICES });
  private view: CatalogueView | undefined;

  constructor() {
    super();
    // The catalogue's code loads once the element is on a page, alongside its data.
    this.addController({
      hostConnected: () => {
        void this.loadView();
        void idleMoment().then(() => {
          prepareCardFormats(this.localize);
        });
        document.addEventListener('lp-level-change', this.onLevelChange);
      },
      hostDisconnected: () => {
        document.removeEventListener('lp-level-change', this.onLevelChange);
      },
    });
  }

  /** The `recommend-for` person's levels as changed on the page since the data was given. */
  get levelChanges(): Levels | undefined {
    return this.changedLevels;
  }

  private readonly onLevelChange = (event: LpLevelChangeEvent): void => {
    const { person, skill, newLevel } = event.detail;
    if (person !== this.recommendFor?.trim()) return;
    this.changedLevels = { ...this.changedLevels, [skill]: newLevel };
  };

  /** The courses shown, in the order shown (after search, filters, sort and recommendations). */
  get results(): readonly CatalogueEntry[] {
    return this.view?.results ?? [];
  }

  /**
   * Whether the courses of a large catalogue (more than 200) are still being checked. Meanwhile
   * the results are those among its first courses, the count says so, and recommendations, the
   * filters' choices, the announcement of the count, the search statement and the JSON-LD wait.
   */
  get checking(): boolean {
    return this.dataController.checking;
  }

  private async loadView(): Promise<void> {
    if (this.view) return;
    const { CatalogueView } = await import('./catalogue-view.js');
    this.view ??= new CatalogueView(this, this.localize, this.dataController);
    this.requestUpdate();
  }

  protected override willUpdate(): void {
    this.view?.willUpdate();
  }

  protected override render() {
    // The page may give a language without a direction (a Hebrew block in a left-to-right page).
    return html`<div class="root" dir=${this.localize.dir}>${this.renderContent()}</div>`;
  }

  private renderContent() {
    const { failure, value } = this.dataController;
    if (failure) {
      return renderDataFailure(this.localize, failure, () => {
        this.dataController.retry();
      });
    }
    if (value && this.view) return this.view.render();
    return value || this.dataController.pending ? this.renderSkeleton() : nothing;
  }

  private renderSkeleton() {
    return html`<div class="skeleton-list" aria-busy="true">
      <p class="visually-hidden" role="status">${this.localize.term('loading')}</p>
      ${[0, 1, 2].map(
        () =>
          html`<div class="card skeleton" aria-hidden="true">
            <span class="bone bone--short"></span><span class="bone"></span><span class="bone bone--tags"></span>
          </div>`,
      )}
    </div>`;
  }
}
