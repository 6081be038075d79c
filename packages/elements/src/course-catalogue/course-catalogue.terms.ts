import type { Audience } from '@lp-elements/model';
import type { CatalogueSort, TimingFilter } from './catalogue-query.js';

/** Strings of `<lp-course-catalogue>`; numbers and lists arrive formatted. */
export interface CourseCatalogueTerms {
  /** The catalogue's name: the feed's label, and the activity name in statements. */
  readonly catalogueName: string;
  readonly searchLabel: string;
  /** A hint of what the search looks in. */
  readonly searchHint: string;
  readonly filters: string;
  /** After "Filters" when some are set: `2 active`. */
  readonly activeFilters: (count: number) => string;
  /** The option of a filter that lets every course through. */
  readonly any: string;
  readonly language: string;
  readonly mode: string;
  readonly ectsFrom: string;
  readonly ectsTo: string;
  readonly field: string;
  readonly audience: string;
  readonly audienceName: Readonly<Record<Audience, string>>;
  readonly skill: string;
  readonly timing: string;
  readonly timingName: Readonly<Record<TimingFilter, string>>;
  /** The filter for courses that start soon, and its options (`4 weeks`, already formatted). */
  readonly startsWithin: string;
  readonly freeOnly: string;
  readonly sort: string;
  readonly sortName: Readonly<Record<CatalogueSort, string>>;
  /** How many courses the search and filters let through: `64 courses`. */
  readonly resultCount: (count: number) => string;
  /** The same while a large catalogue's other courses are still being checked: `20 courses so far, more are being checked…` */
  readonly resultCountSoFar: (count: number) => string;
  /** After the courses shown, instead of "no results", and in the filter panel (its choices come from every course) while other courses are still being checked. */
  readonly stillChecking: string;
  readonly noResults: string;
  /** The data has no courses at all. */
  readonly noCourses: string;
  readonly clearFilters: string;
  /** In the empty state: clears the search text too. */
  readonly clearAll: string;
  /** How the feed is used from the keyboard, read to screen readers. */
  readonly feedHint: string;
  /** After the last course: `End of the list (64 courses).` */
  readonly endOfList: (count: number) => string;
  /** A tag on a recommended course. */
  readonly recommended: string;
  /** Above the results: `Recommended for Amira Haddad first, for the role LP Practitioner.` */
  readonly recommendedFor: (person: string, role: string) => string;
  /** `closes 2 of 3 gaps: Networking (2 → 3), Programme design (1 → 3)`; `skills` is a formatted list. */
  readonly closesGaps: (count: number, gaps: number, skills: string) => string;
  /** `narrows 1 of 3 gaps: Mentoring (0 → 1)`. */
  readonly narrowsGaps: (count: number, gaps: number, skills: string) => string;
  /** One gap a course works on: `Networking (2 → 3)`. */
  readonly gapProgress: (skill: string, from: number, to: number) => string;
  /** An attribute names a profile the data does not have. */
  readonly unknownProfile: (attribute: string, id: string) => string;
  /** `recommend-for` names a person without a role, and `required` is not set. */
  readonly noRequiredProfile: (person: string) => string;
}
