import type { DataDocument } from '@lp-elements/model';
import type { SkippedNotice } from '../base/data/data-document-controller.js';
import type { LocalizeController } from '../base/localize/localize-controller.js';
import type { Facets } from './catalogue-facets.js';
import type { CatalogueEntry } from './catalogue-index.js';
import type { CatalogueQuery, CatalogueSort, FilterName } from './catalogue-query.js';
import type { CatalogueRecommendations, RecommendationProblem } from './catalogue-recommendations.js';
import type { CatalogueResults } from './catalogue-results.js';
import type { FeedKeyboard } from './feed-keyboard.js';

/** The catalogue worked out for one document and moment: its courses prepared for search, and what filters offer. */
export interface PreparedCatalogue {
  readonly document: DataDocument;
  readonly now: Date;
  readonly results: CatalogueResults;
  /** Worked out when a filter needs it: a first render of thousands of courses does not. */
  readonly facets: () => Facets;
}

/** What the learner does with the toolbar, the filters and the feed; each reads the query as it is at that moment. */
export interface CatalogueActions {
  search(text: string): void;
  sort(sort: CatalogueSort): void;
  /** `typing` for a text field: a burst of typing is one history entry. */
  setFilter(name: FilterName, value: string, typing?: boolean): void;
  /** Clears the filters, and the search too unless `keepSearch`. */
  clear(keepSearch: boolean): void;
  /** The filter panel was opened or closed. */
  toggleFilters(open: boolean): void;
  /** A course was opened (`lp-course-select` from its card). */
  selectCourse(): void;
}

/** What the catalogue's templates need: the state of the view at this render, and the learner's actions. */
export interface CatalogueRenderContext {
  readonly localize: LocalizeController;
  readonly prepared: PreparedCatalogue;
  /** The query as shown: filter values the courses do not have are left out once every course is checked. */
  readonly query: CatalogueQuery;
  /**
   * The courses shown, in the order shown: the same array while they stay the same, since the
   * virtualiser starts over when given a new one (and it takes its items as a mutable array).
   */
  readonly shown: CatalogueEntry[];
  /** Whether only the first courses of a large document are there, the others still being checked. */
  readonly checking: boolean;
  /** The recommendations shown: none while courses are being checked. */
  readonly recommended: CatalogueRecommendations | RecommendationProblem | undefined;
  /** Why no recommendations can be made, in words. */
  readonly problem: string | undefined;
  /** The number of results, said once a change settles. */
  readonly announcement: string;
  readonly skipped: SkippedNotice;
  /** Whether the learner opened or closed the filter panel; undefined until they do. */
  readonly filtersOpen: boolean | undefined;
  /** The feed's keyboard and its tab stop. */
  readonly keyboard: FeedKeyboard;
  readonly actions: CatalogueActions;
}
