import type { Audience, CourseMode, LocalizedText } from '@lp-elements/model';
import type { CatalogueEntry } from './catalogue-index.js';
import type { CatalogueQuery, FilterName, TimingFilter } from './catalogue-query.js';

/** Start windows the "starts within" filter offers, in weeks. */
export const WITHIN_WEEKS = [2, 4, 8, 12, 26] as const;
export const TIMINGS: readonly TimingFilter[] = ['upcoming', 'running', 'self-paced'];
const MODES: readonly CourseMode[] = ['online', 'onsite', 'blended'];
const AUDIENCES: readonly Audience[] = ['learning-professionals', 'researchers', 'professors', 'managers', 'engineers'];

/** The values the catalogue's courses have, which the filters offer (a filter offers nothing that finds no course). */
export interface Facets {
  /** Provider id → name. */
  readonly provider: ReadonlyMap<string, LocalizedText>;
  readonly language: ReadonlySet<string>;
  readonly mode: readonly CourseMode[];
  readonly eqf: readonly number[];
  readonly field: ReadonlySet<string>;
  readonly audience: readonly Audience[];
  readonly skill: ReadonlySet<string>;
  /** The most ECTS credits of a course. */
  readonly ectsMax: number;
}

export function catalogueFacets(entries: readonly CatalogueEntry[]): Facets {
  const provider = new Map<string, LocalizedText>();
  const language = new Set<string>();
  const mode = new Set<CourseMode>();
  const eqf = new Set<number>();
  const field = new Set<string>();
  const audience = new Set<Audience>();
  const skill = new Set<string>();
  let ectsMax = 0;
  for (const entry of entries) {
    const { course } = entry;
    if (!provider.has(course.provider.id)) provider.set(course.provider.id, course.provider.name);
    for (const tag of entry.languages) language.add(tag);
    for (const value of entry.modes) mode.add(value);
    if (course.eqfLevel !== undefined) eqf.add(course.eqfLevel);
    for (const value of course.fields ?? []) field.add(value);
    for (const value of course.audience ?? []) audience.add(value);
    for (const { skill: id } of course.teaches ?? []) skill.add(id);
    ectsMax = Math.max(ectsMax, course.ects ?? 0);
  }
  return {
    provider,
    language,
    mode: MODES.filter((value) => mode.has(value)),
    eqf: [...eqf].sort((a, b) => a - b),
    field,
    audience: AUDIENCES.filter((value) => audience.has(value)),
    skill,
    ectsMax,
  };
}

const number = (value: string | undefined) => {
  const parsed = value === undefined || value.trim() === '' ? NaN : Number(value);
  return Number.isFinite(parsed) && parsed >= 0 ? parsed : undefined;
};

/** Whether a filter value is one the catalogue offers; values from a shared link may name what no longer exists. */
function known(name: FilterName, value: string, facets: Facets): boolean {
  switch (name) {
    case 'provider':
      return facets.provider.has(value);
    case 'language':
    case 'field':
    case 'skill':
      return facets[name].has(value);
    case 'mode':
      return facets.mode.some((mode) => mode === value);
    case 'audience':
      return facets.audience.some((audience) => audience === value);
    case 'eqf':
      return facets.eqf.includes(Number(value));
    case 'timing':
      return TIMINGS.some((timing) => timing === value);
    case 'within':
      return WITHIN_WEEKS.some((weeks) => String(weeks) === value);
    case 'free':
      return value === 'true';
    case 'ects-min':
    case 'ects-max':
      return number(value) !== undefined;
  }
}

/** The query with every filter value the catalogue does not offer left out; `facets` is asked only when a filter is set. */
export function knownQuery(query: CatalogueQuery, facets: () => Facets): CatalogueQuery {
  const filters: Partial<Record<FilterName, string>> = {};
  for (const [name, value] of Object.entries(query.filters) as [FilterName, string | undefined][]) {
    if (value && known(name, value, facets())) filters[name] = value;
  }
  return { ...query, filters };
}

/**
 * A test for the filters of a (known) query, prepared once and run on every course.
 * `soonBefore(weeks)` is the instant before which a start counts as within that many weeks.
 */
export function filterTest(
  filters: CatalogueQuery['filters'],
  soonBefore: (weeks: number) => number,
): (entry: CatalogueEntry) => boolean {
  const { provider, language, mode, eqf, field, audience, skill, timing, within, free } = filters;
  // Each test reads only what its filter needs: an entry works out its details when first asked.
  const ectsMin = number(filters['ects-min']) ?? -Infinity;
  const ectsMax = number(filters['ects-max']) ?? Infinity;
  const ectsSet = filters['ects-min'] !== undefined || filters['ects-max'] !== undefined;
  const eqfLevel = eqf === undefined ? undefined : Number(eqf);
  const before = within === undefined ? undefined : soonBefore(Number(within));
  return (entry) => {
    const { course } = entry;
    return (
      (provider === undefined || course.provider.id === provider) &&
      (language === undefined || entry.languages.includes(language)) &&
      (mode === undefined || entry.modes.some((value) => value === mode)) &&
      (!ectsSet || (course.ects !== undefined && course.ects >= ectsMin && course.ects <= ectsMax)) &&
      (eqfLevel === undefined || course.eqfLevel === eqfLevel) &&
      (field === undefined || (course.fields ?? []).includes(field)) &&
      (audience === undefined || (course.audience ?? []).some((value) => value === audience)) &&
      (skill === undefined || (course.teaches ?? []).some((taught) => taught.skill === skill)) &&
      (timing === undefined || entry.status === timing) &&
      (before === undefined || (entry.status === 'upcoming' && entry.startsAt < before)) &&
      (free === undefined || course.price?.category === 'free')
    );
  };
}
