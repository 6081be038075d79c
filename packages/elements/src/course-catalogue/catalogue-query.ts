/** How results are ordered. */
export type CatalogueSort = 'relevance' | 'start' | 'ects' | 'name';

/** When a course runs, as the timing filter offers it. */
export type TimingFilter = 'upcoming' | 'running' | 'self-paced';

/** The filters, by the name they have in the query string and in statements. */
export const FILTER_NAMES = [
  'provider',
  'language',
  'mode',
  'ects-min',
  'ects-max',
  'eqf',
  'field',
  'audience',
  'skill',
  'timing',
  'within',
  'free',
] as const;

export type FilterName = (typeof FILTER_NAMES)[number];

export const SORTS: readonly CatalogueSort[] = ['relevance', 'start', 'ects', 'name'];

/** What the learner asked for: search text, filters (as the strings the controls hold) and order. */
export interface CatalogueQuery {
  readonly q: string;
  readonly filters: Readonly<Partial<Record<FilterName, string>>>;
  readonly sort: CatalogueSort;
}

export const EMPTY_QUERY: CatalogueQuery = { q: '', filters: {}, sort: 'relevance' };

/** The filters that are set, as statements list them: `{ mode: ['online'], free: ['true'] }`. */
export function activeFilters(query: CatalogueQuery): Record<string, string[]> {
  const active: Record<string, string[]> = {};
  for (const name of FILTER_NAMES) {
    const value = query.filters[name];
    if (value) active[name] = [value];
  }
  return active;
}

/**
 * Reads a query from a page's query string. Parameters are named as the filters (`q`, `sort`,
 * `mode`, `ects-min` …), after `prefix-` when the page gives a prefix; anything unknown is ignored.
 */
export function queryFromParams(params: URLSearchParams, prefix: string): CatalogueQuery {
  const name = (key: string) => (prefix ? `${prefix}-${key}` : key);
  const filters: Partial<Record<FilterName, string>> = {};
  for (const filter of FILTER_NAMES) {
    const value = params.get(name(filter));
    if (value) filters[filter] = value;
  }
  const sort = params.get(name('sort'));
  return {
    q: params.get(name('q')) ?? '',
    filters,
    sort: SORTS.find((known) => known === sort) ?? 'relevance',
  };
}

/** The page's query string with this query in it: the catalogue's own parameters replaced, every other one kept. */
export function paramsWithQuery(params: URLSearchParams, query: CatalogueQuery, prefix: string): URLSearchParams {
  const name = (key: string) => (prefix ? `${prefix}-${key}` : key);
  const next = new URLSearchParams(params);
  for (const key of ['q', 'sort', ...FILTER_NAMES]) next.delete(name(key));
  if (query.q) next.set(name('q'), query.q);
  for (const [filter, value] of Object.entries(activeFilters(query))) next.set(name(filter), value[0] ?? '');
  if (query.sort !== 'relevance') next.set(name('sort'), query.sort);
  return next;
}

/** Whether two queries ask for the same thing. */
export function sameQuery(a: CatalogueQuery, b: CatalogueQuery): boolean {
  return (
    a.q === b.q &&
    a.sort === b.sort &&
    FILTER_NAMES.every((name) => (a.filters[name] ?? '') === (b.filters[name] ?? ''))
  );
}
