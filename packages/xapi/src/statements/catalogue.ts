import type { PartialStatement } from '../types.js';
import { ACTIVITY_TYPES } from '../vocabulary/activity-types.js';
import { EXTENSIONS } from '../vocabulary/extensions.js';
import { VERBS } from '../vocabulary/verbs.js';
import { activity, type ActivityInfo } from './activity.js';

/** One search in the course catalogue. */
export interface CatalogueSearch {
  /** The text the learner typed (may be empty when only filters were used). */
  readonly query: string;
  /** How many courses matched. */
  readonly resultCount: number;
  /** Filter name → the values chosen, e.g. `{ mode: ['online'], languages: ['de', 'en'] }`. */
  readonly filters?: Readonly<Record<string, readonly string[]>>;
}

/** The learner searched the course catalogue. */
export function catalogueSearched(catalogue: ActivityInfo, search: CatalogueSearch): PartialStatement {
  const statement: PartialStatement = {
    verb: VERBS.searched,
    object: activity(catalogue, ACTIVITY_TYPES.courseCatalogue),
    result: { response: search.query, extensions: { [EXTENSIONS.resultCount]: search.resultCount } },
  };
  if (search.filters && Object.keys(search.filters).length > 0) {
    statement.context = { extensions: { [EXTENSIONS.searchFilters]: search.filters } };
  }
  return statement;
}
