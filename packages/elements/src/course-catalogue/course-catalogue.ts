import { pickText, skillById, type DataDocument, type GapProgress, type Recommendation } from '@lp-elements/model';
import { catalogueSearched } from '@lp-elements/xapi';
import type * as Virtualize from '@lit-labs/virtualizer/virtualize.js';
import type { VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { DataDocumentController } from '../base/data/data-document-controller.js';
import { dataProblemsStyles } from '../base/data/data-problems.styles.js';
import { renderDataFailure, renderSkippedNotice } from '../base/data/render-data-problems.js';
import { LpXapiStatementEvent } from '../base/events/xapi-statement-event.js';
import { LpElement } from '../base/lp-element.js';
import { courseCardStyles } from '../course-card/course-card.styles.js';
import { reportProblems } from '../course-card/report-problems.js';
import { catalogueFacets, knownQuery, TIMINGS, WITHIN_WEEKS, type Facets } from './catalogue-facets.js';
import type { CatalogueEntry } from './catalogue-index.js';
import { catalogueJsonLd } from './catalogue-json-ld.js';
import {
  activeFilters,
  EMPTY_QUERY,
  paramsWithQuery,
  queryFromParams,
  SORTS,
  type CatalogueQuery,
  type FilterName,
} from './catalogue-query.js';
import {
  catalogueRecommendations,
  type CatalogueRecommendations,
  type RecommendationProblem,
} from './catalogue-recommendations.js';
import { CatalogueResults } from './catalogue-results.js';
import { courseCatalogueStyles } from './course-catalogue.styles.js';
import { filterOptions, type FilterOption } from './filter-options.js';
import { FeedKeyboard, type FeedHost } from './feed-keyboard.js';
import { writeJsonLd } from './json-ld-script.js';

/** Above this many results only the courses on screen are rendered. */
export const VIRTUALIZE_ABOVE = 100;
/** A search or filter change counts as settled (statement, announcement, JSON-LD) after this pause. */
export const SETTLE_MS = 800;

type VirtualizeModule = typeof Virtualize;

/** The catalogue worked out for one document and moment: its courses prepared for search, and what filters offer. */
interface Prepared {
  readonly document: DataDocument;
  readonly now: Date;
  readonly results: CatalogueResults;
  readonly facets: Facets;
}

/**
 * @tagname lp-course-catalogue
 * @summary The partner universities' courses: search, filters, sort, recommendations, thousands of courses, and schema.org JSON-LD for search engines.
 *
 * @description Reads the data document from `src` or `data` and shows its courses as
 * `<lp-course-card>`s. Search looks in names, codes, descriptions, providers and skills, in every
 * language of the document, ignoring case and accents. Filters: provider, language, mode, ECTS
 * range, EQF level, field, audience, skill, timing, start within N weeks, free only; sort by
 * relevance, start date, ECTS or name. With `recommend-for` (and `required`), the courses that
 * close the person's gaps come first, each with why. With `sync-url`, the search and filters live
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
 * @fires lp-course-select - From a course card: the learner opened a course. Cancelable.
 * @fires lp-xapi-statement - Catalogue searched (once a search or filter change settles) and course selected.
 * @fires lp-data-error - The data, or an attribute such as `recommend-for`, had problems.
 */
export class LpCourseCatalogue extends LpElement implements FeedHost {
  static override styles = [LpElement.styles, dataProblemsStyles, courseCardStyles, courseCatalogueStyles];

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

  @state() private query: CatalogueQuery = EMPTY_QUERY;
  @state() private announcement = '';

  private readonly dataController = new DataDocumentController(this, this.localize);
  private readonly keyboard: FeedKeyboard = new FeedKeyboard(this);
  private prepared: Prepared | undefined;
  private recommendations: {
    key: readonly unknown[];
    value: CatalogueRecommendations | RecommendationProblem | undefined;
  } = { key: [], value: undefined };
  private reportedProblem: string | undefined;
  private loadedAt: { document: DataDocument; now: Date } | undefined;
  private shown: CatalogueEntry[] = [];
  /** What the JSON-LD in the page describes: the results, in a language. */
  private jsonLdFor: readonly unknown[] = [];
  private virtualizeModule: VirtualizeModule | undefined;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  private jsonLdTimer: ReturnType<typeof setTimeout> | undefined;
  private typing = false;
  private filtersOpen: boolean | undefined;

  constructor() {
    super();
    // Connection, not construction, reads the page's address: nothing here may touch the page (SSR).
    this.addController({
      hostConnected: () => {
        if (this.syncUrl === undefined) return;
        this.query = queryFromParams(new URLSearchParams(location.search), this.syncUrl);
        addEventListener('popstate', this.onPopState);
      },
      hostDisconnected: () => {
        removeEventListener('popstate', this.onPopState);
        clearTimeout(this.settleTimer);
        clearTimeout(this.jsonLdTimer);
        this.settleTimer = undefined;
      },
    });
  }

  /** The courses shown, in the order shown (after search, filters, sort and recommendations). */
  get results(): readonly CatalogueEntry[] {
    return this.shown;
  }

  protected override willUpdate(): void {
    const document = this.dataController.value?.document;
    if (!document) {
      this.prepared = undefined;
      this.shown = [];
      return;
    }
    if (this.loadedAt?.document !== document) this.loadedAt = { document, now: new Date() };
    const now = this.now ?? this.loadedAt.now;
    if (this.prepared?.document !== document || this.prepared.now !== now) {
      const results = new CatalogueResults(document, document.courses ?? [], now);
      this.prepared = { document, now, results, facets: catalogueFacets(results.entries) };
      this.scheduleSearchIndex(results);
    }
    const recommendations = this.currentRecommendations(document, now);
    const rank = recommendations && 'rank' in recommendations ? recommendations.rank : new Map<string, number>();
    const query = knownQuery(this.query, this.prepared.facets);
    const shown = this.prepared.results.results(query, this.localize.lang, rank);
    // The same results stay the same array: the virtualiser starts over when given a new one.
    if (shown.length !== this.shown.length || shown.some((entry, index) => entry !== this.shown[index])) {
      this.keyboard.reset();
      this.shown = shown;
    }
    const jsonLdFor = [this.shown, this.localize.lang, this.noJsonLd];
    if (jsonLdFor.some((value, index) => value !== this.jsonLdFor[index])) {
      this.scheduleJsonLd(this.jsonLdFor.length === 0 ? 0 : SETTLE_MS);
      this.jsonLdFor = jsonLdFor;
    }
    if (shown.length > VIRTUALIZE_ABOVE && !this.virtualizeModule) void this.loadVirtualizer();
  }

  private currentRecommendations(document: DataDocument, now: Date) {
    const person = this.recommendFor?.trim();
    const required = this.required?.trim();
    const key = [document, person, required === '' ? undefined : required, now];
    if (key.some((value, index) => value !== this.recommendations.key[index])) {
      const value = person ? catalogueRecommendations(document, person, key[2] as string | undefined, now) : undefined;
      this.recommendations = { key, value };
      this.reportRecommendationProblem(value);
    }
    return this.recommendations.value;
  }

  private recommendationProblem(): string | undefined {
    const value = this.recommendations.value;
    if (!value || 'rank' in value) return undefined;
    if (value.kind === 'unknown-profile') return this.localize.term('unknownProfile', value.attribute, value.id);
    return this.localize.term('noRequiredProfile', value.person.id);
  }

  private reportRecommendationProblem(value: CatalogueRecommendations | RecommendationProblem | undefined): void {
    const message = this.recommendationProblem();
    if (!message || !value || 'rank' in value) return;
    const path = value.kind === 'unknown-profile' ? value.attribute : 'required';
    if (this.reportedProblem === `${path}|${message}`) return;
    this.reportedProblem = `${path}|${message}`;
    reportProblems(this, 'attribute', [
      { path, code: value.kind === 'unknown-profile' ? 'unknown-profile' : 'missing-property', message },
    ]);
  }

  private async loadVirtualizer(): Promise<void> {
    this.virtualizeModule = await import('@lit-labs/virtualizer/virtualize.js');
    this.requestUpdate();
  }

  /** Folds the search text while the page is idle, so the first keystroke finds it ready. */
  private scheduleSearchIndex(results: CatalogueResults): void {
    const idle = (globalThis as { requestIdleCallback?: (callback: () => void) => void }).requestIdleCallback;
    const prepare = () => results.prepareSearch();
    if (idle) idle(prepare);
    else setTimeout(prepare, 50);
  }

  private scheduleJsonLd(delay: number): void {
    clearTimeout(this.jsonLdTimer);
    this.jsonLdTimer = setTimeout(() => {
      this.writeJsonLd();
    }, delay);
  }

  private writeJsonLd(): void {
    const prepared = this.prepared;
    if (this.noJsonLd || !prepared) {
      writeJsonLd(this, undefined);
      return;
    }
    const courses = this.shown.map((entry) => entry.course);
    const name = pickText(prepared.document.title, this.localize.lang, prepared.document.lang).text;
    writeJsonLd(
      this,
      catalogueJsonLd(courses, prepared.document, {
        lang: this.localize.lang,
        name: name || this.localize.term('catalogueName'),
        now: prepared.now,
      }),
    );
  }

  /** The course at `index`, scrolled into view (and so rendered) when the list is virtualised. */
  async revealResult(index: number): Promise<HTMLElement | undefined> {
    await this.updateComplete;
    const feed = this.renderRoot.querySelector<HTMLElement>('.feed');
    const find = () => feed?.querySelector<HTMLElement>(`:scope > [data-index="${index}"]`) ?? undefined;
    let item = find();
    const module = this.virtualizeModule;
    const virtualizer = module && feed ? (feed as VirtualizerHostElement)[module.virtualizerRef] : undefined;
    if (!item && virtualizer) {
      virtualizer.element(index)?.scrollIntoView({ block: 'nearest' });
      // The virtualiser renders the course, measures it and may place it again: wait until it rests.
      for (let frame = 0; frame < 60 && !item; frame += 1) {
        await virtualizer.layoutComplete.catch(() => undefined);
        await new Promise((resolve) => requestAnimationFrame(resolve));
        item = find();
      }
    }
    return item;
  }

  focusOutside(where: 'before' | 'after'): void {
    this.renderRoot.querySelector<HTMLElement>(where === 'before' ? '#search' : '.end')?.focus();
  }

  // ── What the learner does ────────────────────────────────────────────────

  private change(next: CatalogueQuery, typing: boolean): void {
    this.query = next;
    if (this.syncUrl !== undefined) {
      // A burst of typing is one history entry; each other change is its own.
      this.writeUrl(!typing || !this.typing);
    }
    this.typing = typing;
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => {
      this.settle();
    }, SETTLE_MS);
  }

  private setFilter(name: FilterName, value: string, typing = false): void {
    const filters = { ...this.query.filters, [name]: value || undefined };
    this.change({ ...this.query, filters }, typing);
  }

  /** The change has settled: say how many courses were found, and record the search. */
  private settle(): void {
    this.settleTimer = undefined;
    this.typing = false;
    this.announcement = this.localize.term('resultCount', this.shown.length);
    const query = knownQuery(this.query, this.prepared?.facets ?? catalogueFacets([]));
    const catalogue = {
      id: this.catalogueId?.trim() ? this.catalogueId : location.href.replace(/[?#].*$/s, ''),
      name: this.localize.term('catalogueName'),
      lang: this.localize.lang,
    };
    const search = { query: query.q.trim(), resultCount: this.shown.length, filters: activeFilters(query) };
    this.dispatchEvent(new LpXapiStatementEvent(catalogueSearched(catalogue, search)));
  }

  /** A course was opened before the search settled: record the search first, so statements keep their order. */
  private onCourseSelect(): void {
    if (this.settleTimer === undefined) return;
    clearTimeout(this.settleTimer);
    this.settle();
  }

  private writeUrl(push: boolean): void {
    const params = paramsWithQuery(new URLSearchParams(location.search), this.query, this.syncUrl ?? '');
    const search = params.toString();
    const url = `${location.pathname}${search ? `?${search}` : ''}${location.hash}`;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    if (push) history.pushState(null, '', url);
    else history.replaceState(history.state, '', url);
  }

  private readonly onPopState = () => {
    this.query = queryFromParams(new URLSearchParams(location.search), this.syncUrl ?? '');
    this.typing = false;
  };

  private clear(keepSearch: boolean): void {
    this.change({ ...EMPTY_QUERY, q: keepSearch ? this.query.q : '', sort: this.query.sort }, false);
    if (!keepSearch)
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#search')?.focus());
  }

  // ── Rendering ────────────────────────────────────────────────────────────

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
    const prepared = this.prepared;
    if (!value || !prepared) return this.dataController.pending ? this.renderSkeleton() : nothing;
    const query = knownQuery(this.query, prepared.facets);
    const total = prepared.results.entries.length;
    return html`${renderSkippedNotice(this.localize, this.dataController.skipped)} ${this.renderProblem()}
      <div class="toolbar" part="toolbar" role="search">
        <div class="search">
          <label for="search">${this.localize.term('searchLabel')}</label>
          <input
            id="search"
            part="search"
            type="search"
            autocomplete="off"
            aria-describedby="search-hint"
            .value=${query.q}
            @input=${(event: Event) => {
              this.change({ ...this.query, q: (event.target as HTMLInputElement).value }, true);
            }}
          />
          <span id="search-hint" class="hint">${this.localize.term('searchHint')}</span>
        </div>
        <div class="sort">
          <label for="sort">${this.localize.term('sort')}</label>
          <select
            id="sort"
            part="sort"
            @change=${(event: Event) => {
              const sort = SORTS.find((known) => known === (event.target as HTMLSelectElement).value) ?? 'relevance';
              this.change({ ...this.query, sort }, false);
            }}
          >
            ${SORTS.map(
              (sort) =>
                html`<option value=${sort} ?selected=${query.sort === sort}>
                  ${this.localize.translation.sortName[sort]}
                </option>`,
            )}
          </select>
        </div>
      </div>
      ${this.renderFilters(query, prepared)} ${this.renderRecommendationSummary()}
      <p class="count" part="count">${this.localize.term('resultCount', this.shown.length)}</p>
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${total === 0 || this.shown.length === 0 ? this.renderEmpty(total === 0) : this.renderFeed(prepared)}`;
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

  private renderProblem() {
    const message = this.recommendationProblem();
    if (!message) return nothing;
    return html`<div class="data-problems data-problems--skipped" part="notice" role="alert">
      <p class="data-problems__title">${message}</p>
    </div>`;
  }

  private renderRecommendationSummary() {
    const value = this.recommendations.value;
    if (!value || !('rank' in value) || value.rank.size === 0) return nothing;
    const { document } = this.prepared ?? {};
    const name = (text: Parameters<typeof pickText>[0]) => pickText(text, this.localize.lang, document?.lang).text;
    return html`<p class="recommending" part="recommendation">
      ${this.localize.term('recommendedFor', name(value.person.name), name(value.required.name))}
    </p>`;
  }

  private renderSelect(name: FilterName, label: string, options: readonly FilterOption[], value: string | undefined) {
    if (options.length === 0) return nothing;
    return html`<label class="filter">
      <span>${label}</span>
      <select
        data-filter=${name}
        @change=${(event: Event) => {
          this.setFilter(name, (event.target as HTMLSelectElement).value);
        }}
      >
        <option value="" ?selected=${!value}>${this.localize.term('any')}</option>
        ${options.map(
          (option) =>
            html`<option value=${option.value} lang=${ifDefined(option.lang)} ?selected=${option.value === value}>
              ${option.label}
            </option>`,
        )}
      </select>
    </label>`;
  }

  private renderFilters(query: CatalogueQuery, prepared: Prepared) {
    const options = filterOptions(prepared.facets, prepared.document, this.localize);
    const { filters } = query;
    const active = Object.keys(activeFilters(query)).length;
    const open = this.filtersOpen ?? active > 0;
    const number = (name: 'ects-min' | 'ects-max', label: string) =>
      html`<label class="filter filter--number">
        <span>${label}</span>
        <input
          type="number"
          inputmode="decimal"
          min="0"
          max=${prepared.facets.ectsMax}
          step="0.5"
          data-filter=${name}
          .value=${filters[name] ?? ''}
          @input=${(event: Event) => {
            this.setFilter(name, (event.target as HTMLInputElement).value, true);
          }}
        />
      </label>`;
    const terms = this.localize.translation;
    return html`<details
      class="filters"
      part="filters"
      ?open=${open}
      @toggle=${(event: Event) => {
        this.filtersOpen = (event.target as HTMLDetailsElement).open;
      }}
    >
      <summary>
        ${this.localize.term('filters')}
        ${active > 0 ? html`<span class="active">(${this.localize.term('activeFilters', active)})</span>` : nothing}
      </summary>
      <div class="filter-grid">
        ${this.renderSelect('provider', this.localize.term('provider'), options.provider, filters.provider)}
        ${this.renderSelect('language', this.localize.term('language'), options.language, filters.language)}
        ${this.renderSelect('mode', this.localize.term('mode'), options.mode, filters.mode)}
        ${this.renderSelect('eqf', this.localize.term('eqfLevel'), options.eqf, filters.eqf)}
        ${this.renderSelect('field', this.localize.term('field'), options.field, filters.field)}
        ${this.renderSelect('audience', this.localize.term('audience'), options.audience, filters.audience)}
        ${this.renderSelect('skill', this.localize.term('skill'), options.skill, filters.skill)}
        ${this.renderSelect(
          'timing',
          this.localize.term('timing'),
          TIMINGS.map((timing) => ({ value: timing, label: terms.timingName[timing] })),
          filters.timing,
        )}
        ${this.renderSelect(
          'within',
          this.localize.term('startsWithin'),
          WITHIN_WEEKS.map((weeks) => ({
            value: String(weeks),
            label: this.localize.number(weeks, { style: 'unit', unit: 'week', unitDisplay: 'long' }),
          })),
          filters.within,
        )}
        <fieldset class="filter filter--range">
          <legend>${this.localize.term('ects')}</legend>
          ${number('ects-min', this.localize.term('ectsFrom'))} ${number('ects-max', this.localize.term('ectsTo'))}
        </fieldset>
        <label class="filter filter--check">
          <input
            type="checkbox"
            data-filter="free"
            .checked=${filters.free === 'true'}
            @change=${(event: Event) => {
              this.setFilter('free', (event.target as HTMLInputElement).checked ? 'true' : '');
            }}
          />
          <span>${this.localize.term('freeOnly')}</span>
        </label>
      </div>
      <button
        class="clear"
        part="clear-button"
        type="button"
        ?disabled=${active === 0}
        @click=${() => {
          this.clear(true);
        }}
      >
        ${this.localize.term('clearFilters')}
      </button>
    </details>`;
  }

  private renderEmpty(noCourses: boolean) {
    return html`<div class="empty" part="empty">
      <p>${this.localize.term(noCourses ? 'noCourses' : 'noResults')}</p>
      ${
        noCourses
          ? nothing
          : html`<button
              class="clear"
              part="clear-button"
              type="button"
              @click=${() => {
                this.clear(false);
              }}
            >
              ${this.localize.term('clearAll')}
            </button>`
      }
    </div>`;
  }

  private renderFeed(prepared: Prepared) {
    const shown = this.shown;
    const item = (entry: CatalogueEntry, index: number) => this.renderResult(entry, index, prepared);
    const module = shown.length > VIRTUALIZE_ABOVE ? this.virtualizeModule : undefined;
    const feed = (content: unknown) =>
      module
        ? html`<div
            class="feed feed--virtual"
            part="results"
            role="feed"
            aria-label=${this.localize.term('catalogueName')}
            aria-describedby="feed-hint"
            @keydown=${this.keyboard.onKeyDown}
            @focusin=${this.keyboard.onFocusIn}
            @lp-course-select=${this.onCourseSelect}
          >
            ${content}
          </div>`
        : html`<div
            class="feed"
            part="results"
            role="feed"
            aria-label=${this.localize.term('catalogueName')}
            aria-describedby="feed-hint"
            @keydown=${this.keyboard.onKeyDown}
            @focusin=${this.keyboard.onFocusIn}
            @lp-course-select=${this.onCourseSelect}
          >
            ${content}
          </div>`;
    const content = module
      ? module.virtualize({ items: shown, renderItem: item, keyFunction: (entry) => entry.course.id })
      : shown.slice(0, VIRTUALIZE_ABOVE).map(item);
    return html`<p id="feed-hint" class="visually-hidden">${this.localize.term('feedHint')}</p>
      ${feed(content)}
      <p class="end" tabindex="-1">${this.localize.term('endOfList', shown.length)}</p>`;
  }

  private renderResult(entry: CatalogueEntry, index: number, prepared: Prepared): TemplateResult {
    const { course } = entry;
    const value = this.recommendations.value;
    const recommendation = value && 'byCourse' in value ? value.byCourse.get(course.id) : undefined;
    const name = pickText(course.name, this.localize.lang, prepared.document.lang);
    return html`<div
      class="result"
      part="result"
      role="article"
      data-index=${index}
      tabindex=${index === this.keyboard.active ? 0 : -1}
      aria-posinset=${index + 1}
      aria-setsize=${this.shown.length}
      aria-label=${name.text}
    >
      ${recommendation ? this.renderRecommendation(recommendation, prepared.document) : nothing}
      <lp-course-card
        .course=${course}
        .data=${prepared.document}
        .now=${prepared.now}
        heading-level="3"
        exportparts="card, title: card-title, link: card-link"
      ></lp-course-card>
    </div>`;
  }

  private renderRecommendation(recommendation: Recommendation, document: DataDocument) {
    const lang = this.localize.lang;
    const skills = (progress: readonly GapProgress[]) =>
      this.localize.list(
        progress.map(({ skill, from, to }) =>
          this.localize.term(
            'gapProgress',
            pickText(skillById(document, skill)?.name, lang, document.lang).text || skill,
            from,
            to,
          ),
        ),
      );
    const { closes, narrows, gaps } = recommendation;
    const why = [
      closes.length > 0 ? this.localize.term('closesGaps', closes.length, gaps, skills(closes)) : '',
      narrows.length > 0 ? this.localize.term('narrowsGaps', narrows.length, gaps, skills(narrows)) : '',
    ].filter(Boolean);
    return html`<p class="why" part="recommendation">
      <span class="tag tag--recommended">${this.localize.term('recommended')}</span> ${why.join(' ')}
    </p>`;
  }
}
