import { pickText, type DataDocument } from '@lp-elements/model';
import { catalogueSearched } from '@lp-elements/xapi';
import { virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { DataDocumentController } from '../base/data/data-document-controller.js';
import { LpXapiStatementEvent } from '../base/events/xapi-statement-event.js';
import type { LocalizeController } from '../base/localize/localize-controller.js';
import { reportProblems } from '../course-card/report-problems.js';
import { afterNextPaint } from '../base/after-next-paint.js';
import { catalogueFacets, knownQuery, type Facets } from './catalogue-facets.js';
import type { CatalogueEntry } from './catalogue-index.js';
import { catalogueJsonLd } from './catalogue-json-ld.js';
import {
  activeFilters,
  EMPTY_QUERY,
  paramsWithQuery,
  queryFromParams,
  type CatalogueQuery,
} from './catalogue-query.js';
import {
  catalogueRecommendations,
  type CatalogueRecommendations,
  type RecommendationProblem,
} from './catalogue-recommendations.js';
import { CatalogueResults } from './catalogue-results.js';
import type { CatalogueHost } from './catalogue-host.js';
import { FeedKeyboard, type FeedHost } from './feed-keyboard.js';
import { writeJsonLd } from './json-ld-script.js';
import { renderCatalogue } from './render-catalogue.js';
import type { CatalogueActions, PreparedCatalogue } from './render-context.js';

/** A search or filter change counts as settled (statement, announcement, JSON-LD) after this pause. */
export const SETTLE_MS = 800;
/** The search text is folded this long after the data arrives, when the first courses are on screen. */
const FOLD_AFTER_MS = 500;

/**
 * Everything `<lp-course-catalogue>` does once it has data: search, filters, sort,
 * recommendations, the query string, the feed and its keyboard, statements and JSON-LD. A module
 * of its own, which the element loads while its data loads, so pages without a catalogue never
 * download it.
 */
export class CatalogueView implements ReactiveController, FeedHost {
  private query: CatalogueQuery = EMPTY_QUERY;
  private announcement = '';

  private readonly keyboard: FeedKeyboard = new FeedKeyboard(this);
  private prepared: PreparedCatalogue | undefined;
  private recommendations: {
    key: readonly unknown[];
    value: CatalogueRecommendations | RecommendationProblem | undefined;
  } = { key: [], value: undefined };
  private reportedProblem: string | undefined;
  /** When the data arrived: the first courses of a large document and the whole of it arrive together. */
  private loadedAt: { document: DataDocument; given: unknown; checking: boolean; now: Date } | undefined;
  private shown: CatalogueEntry[] = [];
  /** What the JSON-LD in the page describes: the results, in a language. */
  private jsonLdFor: readonly unknown[] = [];
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  /** A search or filter change settled while courses were still being checked: announced and recorded once they are. */
  private settleWhenChecked = false;
  private cancelJsonLd: (() => void) | undefined;
  private typing = false;
  private filtersOpen: boolean | undefined;

  private readonly host: CatalogueHost;
  private readonly localize: LocalizeController;
  private readonly dataController: DataDocumentController;

  constructor(host: CatalogueHost, localize: LocalizeController, dataController: DataDocumentController) {
    this.host = host;
    this.localize = localize;
    this.dataController = dataController;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.host.syncUrl === undefined) return;
    this.query = queryFromParams(new URLSearchParams(location.search), this.host.syncUrl);
    addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    removeEventListener('popstate', this.onPopState);
    clearTimeout(this.settleTimer);
    this.cancelJsonLd?.();
    this.settleTimer = undefined;
  }

  requestUpdate(): void {
    this.host.requestUpdate();
  }

  /** The courses shown, in the order shown (after search, filters, sort and recommendations). */
  get results(): readonly CatalogueEntry[] {
    return this.shown;
  }

  /** Whether only the first courses of a large document are there, the others still being checked. */
  private get checking(): boolean {
    return this.dataController.checking;
  }

  /** Works out what to show before the element renders. */
  willUpdate(): void {
    const document = this.dataController.value?.document;
    if (!document) {
      this.prepared = undefined;
      this.shown = [];
      return;
    }
    const { checking } = this;
    const previous = this.loadedAt;
    const arrived = this.arrival(document, checking);
    const now = this.host.now ?? arrived;
    if (this.prepared?.document !== document || this.prepared.now !== now) {
      const results = new CatalogueResults(document, document.courses ?? [], now);
      let facets: Facets | undefined;
      this.prepared = { document, now, results, facets: () => (facets ??= catalogueFacets(results.entries)) };
      this.scheduleSearchIndex(results);
    }
    // Recommendations, and which filter values exist, need every course.
    const recommendations = checking ? undefined : this.currentRecommendations(document, now);
    const rank = recommendations && 'rank' in recommendations ? recommendations.rank : new Map<string, number>();
    const query = checking ? this.query : knownQuery(this.query, this.prepared.facets);
    const shown = this.prepared.results.results(query, this.localize.lang, rank);
    // The same results stay the same array: the virtualiser starts over when given a new one.
    if (shown.length !== this.shown.length || shown.some((entry, index) => entry !== this.shown[index])) {
      // The tab stop stays on its course when the other courses of a large document arrive.
      const arriving = previous?.checking === true && previous.given === this.given && !checking;
      const active = arriving ? this.shown[this.keyboard.active]?.course.id : undefined;
      this.keyboard.reset(
        Math.max(
          0,
          shown.findIndex((entry) => entry.course.id === active),
        ),
      );
      this.shown = shown;
    }
    if (checking) this.waitForEveryCourse();
    else this.describeResults();
  }

  private get given(): unknown {
    return this.host.data ?? this.host.src;
  }

  /** The moment the data arrived, which timing is judged from unless the page sets one. */
  private arrival(document: DataDocument, checking: boolean): Date {
    const { given, loadedAt } = this;
    if (loadedAt?.document === document) return loadedAt.now;
    const now = loadedAt?.checking === true && loadedAt.given === given ? loadedAt.now : new Date();
    this.loadedAt = { document, given, checking, now };
    return now;
  }

  /** While courses are being checked, the page has no JSON-LD: it would describe only the first ones. */
  private waitForEveryCourse(): void {
    if (this.jsonLdFor.length === 0) return;
    this.cancelJsonLd?.();
    writeJsonLd(this.host, undefined);
    this.jsonLdFor = [];
  }

  /** JSON-LD for the results, and a search that settled while courses were being checked. */
  private describeResults(): void {
    const jsonLdFor = [this.shown, this.localize.lang, this.host.noJsonLd];
    if (jsonLdFor.some((value, index) => value !== this.jsonLdFor[index])) {
      this.scheduleJsonLd(this.jsonLdFor.length === 0 ? 'after-first-paint' : 'when-settled');
      this.jsonLdFor = jsonLdFor;
    }
    if (this.settleWhenChecked && this.settleTimer === undefined) {
      this.settleTimer = setTimeout(() => {
        this.settle();
      });
    }
  }

  private currentRecommendations(document: DataDocument, now: Date) {
    const person = this.host.recommendFor?.trim();
    const required = this.host.required?.trim();
    const changed = this.host.levelChanges;
    const key = [document, person, required === '' ? undefined : required, now, changed];
    if (key.some((value, index) => value !== this.recommendations.key[index])) {
      const value = person
        ? catalogueRecommendations(document, person, key[2] as string | undefined, now, changed)
        : undefined;
      this.recommendations = { key, value };
      this.reportRecommendationProblem(value);
    }
    return this.recommendations.value;
  }

  /** The recommendations shown: none while courses are being checked. */
  private get recommended(): CatalogueRecommendations | RecommendationProblem | undefined {
    return this.checking ? undefined : this.recommendations.value;
  }

  private recommendationProblem(): string | undefined {
    const value = this.recommended;
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
    reportProblems(this.host, 'attribute', [
      { path, code: value.kind === 'unknown-profile' ? 'unknown-profile' : 'missing-property', message },
    ]);
  }

  /**
   * Folds the search text in idle moments once the first courses are on screen, 8 ms at a time
   * so scrolling stays smooth; a search before it is done folds the rest at once.
   */
  private scheduleSearchIndex(results: CatalogueResults): void {
    const slice = (more: () => boolean) => {
      const until = performance.now() + 8;
      results.prepareSearch(() => more() && performance.now() < until);
      if (!results.searchReady && this.prepared?.results === results) later(0);
    };
    const later = (delay: number) => {
      setTimeout(() => {
        // Safari has no requestIdleCallback: a slice between frames instead.
        if (typeof requestIdleCallback === 'function') {
          requestIdleCallback((deadline) => {
            slice(() => deadline.timeRemaining() > 1);
          });
        } else slice(() => true);
      }, delay);
    };
    later(FOLD_AFTER_MS);
  }

  /**
   * The JSON-LD for the first courses waits until they are painted (writing it takes as long as
   * drawing a few cards); after a search or filter change it waits until the change settles.
   */
  private scheduleJsonLd(when: 'after-first-paint' | 'when-settled'): void {
    this.cancelJsonLd?.();
    const write = () => {
      this.writeJsonLd();
    };
    if (when === 'after-first-paint') this.cancelJsonLd = afterNextPaint(write);
    else {
      const timer = setTimeout(write, SETTLE_MS);
      this.cancelJsonLd = () => {
        clearTimeout(timer);
      };
    }
  }

  private writeJsonLd(): void {
    const prepared = this.prepared;
    if (this.host.noJsonLd || !prepared) {
      writeJsonLd(this.host, undefined);
      return;
    }
    const courses = this.shown.map((entry) => entry.course);
    const name = pickText(prepared.document.title, this.localize.lang, prepared.document.lang).text;
    writeJsonLd(
      this.host,
      catalogueJsonLd(courses, prepared.document, {
        lang: this.localize.lang,
        name: name || this.localize.term('catalogueName'),
        now: prepared.now,
      }),
    );
  }

  /** The course at `index`, scrolled into view (and so rendered) when the list is virtualised. */
  async revealResult(index: number): Promise<HTMLElement | undefined> {
    await this.host.updateComplete;
    const feed = this.host.renderRoot.querySelector<HTMLElement>('.feed');
    const find = () => feed?.querySelector<HTMLElement>(`:scope > [data-index="${index}"]`) ?? undefined;
    let item = find();
    const virtualizer = feed ? (feed as VirtualizerHostElement)[virtualizerRef] : undefined;
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
    this.host.renderRoot.querySelector<HTMLElement>(where === 'before' ? '#search' : '.end')?.focus();
  }

  // ── What the learner does ────────────────────────────────────────────────

  private change(next: CatalogueQuery, typing: boolean): void {
    this.query = next;
    this.requestUpdate();
    if (this.host.syncUrl !== undefined) {
      // A burst of typing is one history entry; each other change is its own.
      this.writeUrl(!typing || !this.typing);
    }
    this.typing = typing;
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => {
      this.settle();
    }, SETTLE_MS);
  }

  /**
   * The change has settled: say how many courses were found, and record the search. While
   * courses are still being checked both wait for them, so neither gives a count that is not
   * final; a course opened meanwhile records the search at once, to keep the statements in order.
   */
  private settle(opening = false): void {
    this.settleTimer = undefined;
    this.settleWhenChecked = this.checking && !opening;
    if (this.settleWhenChecked) return;
    this.typing = false;
    if (!this.checking) this.announcement = this.localize.term('resultCount', this.shown.length);
    this.requestUpdate();
    const query = knownQuery(this.query, this.prepared?.facets ?? (() => catalogueFacets([])));
    const catalogue = {
      id: this.host.catalogueId?.trim() ? this.host.catalogueId : location.href.replace(/[?#].*$/s, ''),
      name: this.localize.term('catalogueName'),
      lang: this.localize.lang,
    };
    const search = { query: query.q.trim(), resultCount: this.shown.length, filters: activeFilters(query) };
    this.host.dispatchEvent(new LpXapiStatementEvent(catalogueSearched(catalogue, search)));
  }

  private writeUrl(push: boolean): void {
    const params = paramsWithQuery(new URLSearchParams(location.search), this.query, this.host.syncUrl ?? '');
    const search = params.toString();
    const url = `${location.pathname}${search ? `?${search}` : ''}${location.hash}`;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    if (push) history.pushState(null, '', url);
    else history.replaceState(history.state, '', url);
  }

  private readonly onPopState = () => {
    this.query = queryFromParams(new URLSearchParams(location.search), this.host.syncUrl ?? '');
    this.typing = false;
    this.requestUpdate();
  };

  private readonly actions: CatalogueActions = {
    search: (text) => {
      this.change({ ...this.query, q: text }, true);
    },
    sort: (sort) => {
      this.change({ ...this.query, sort }, false);
    },
    setFilter: (name, value, typing = false) => {
      this.change({ ...this.query, filters: { ...this.query.filters, [name]: value || undefined } }, typing);
    },
    clear: (keepSearch) => {
      this.change({ ...EMPTY_QUERY, q: keepSearch ? this.query.q : '', sort: this.query.sort }, false);
      if (!keepSearch)
        void this.host.updateComplete.then(() =>
          this.host.renderRoot.querySelector<HTMLInputElement>('#search')?.focus(),
        );
    },
    toggleFilters: (open) => {
      this.filtersOpen = open;
      this.requestUpdate();
    },
    // A course was opened before the search settled: the search is recorded first, so statements keep their order.
    selectCourse: () => {
      if (this.settleTimer === undefined && !this.settleWhenChecked) return;
      clearTimeout(this.settleTimer);
      this.settle(true);
    },
  };

  // ── Rendering ────────────────────────────────────────────────────────────

  /** The catalogue of the data the element holds: toolbar, filters, count and courses. */
  render(): TemplateResult | typeof nothing {
    const prepared = this.prepared;
    if (!prepared) return nothing;
    const { checking } = this;
    return renderCatalogue({
      localize: this.localize,
      prepared,
      query: checking ? this.query : knownQuery(this.query, prepared.facets),
      shown: this.shown,
      checking,
      recommended: this.recommended,
      problem: this.recommendationProblem(),
      announcement: this.announcement,
      skipped: this.dataController.skipped,
      filtersOpen: this.filtersOpen,
      keyboard: this.keyboard,
      actions: this.actions,
    });
  }
}
