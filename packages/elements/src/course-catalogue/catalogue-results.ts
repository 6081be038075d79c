import type { Course, DataDocument } from '@lp-elements/model';
import { addWeeks } from 'date-fns/addWeeks';
import { filterTest } from './catalogue-facets.js';
import { CatalogueEntry, displayNames, searchTextFolder, type SearchText } from './catalogue-index.js';
import type { CatalogueQuery, CatalogueSort } from './catalogue-query.js';
import { foldText } from './fold-text.js';

/** How much a search term counts where it is found first: name, code, provider, skills, description. */
const WEIGHTS = [8, 10, 3, 4, 1] as const;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** How well a course's text matches every term (0 when one is missing); a term at the start of a word counts double. */
function score({ text, starts }: SearchText, terms: readonly string[]): number {
  let total = 0;
  for (const term of terms) {
    const at = text.indexOf(term);
    if (at < 0) return 0;
    let part = 0;
    while (part < starts.length && at >= (starts[part] ?? Infinity)) part += 1;
    const wordStart = at === 0 || !WORD_CHARACTER.test(text.charAt(at - 1));
    total += (WEIGHTS[part] ?? 1) * (wordStart ? 2 : 1);
  }
  return total;
}

const byOrder = (a: CatalogueEntry, b: CatalogueEntry) => a.order - b.order;

/**
 * Searches, filters and sorts one catalogue. Everything a keystroke needs is prepared once: the
 * folded search text of every course, and each sort order; a keystroke is then one pass over the
 * courses in the chosen order, plus sorting the matches by relevance.
 */
export class CatalogueResults {
  readonly entries: readonly CatalogueEntry[];
  private readonly document: DataDocument;
  private readonly now: Date;
  private readonly fold: (course: Course) => SearchText;
  private readonly texts: SearchText[] = [];
  private readonly orders = new Map<string, readonly CatalogueEntry[]>();

  constructor(document: DataDocument, courses: readonly Course[], now: Date) {
    this.document = document;
    this.now = now;
    this.entries = courses.map((course, order) => new CatalogueEntry(course, order, now));
    this.fold = searchTextFolder(document);
  }

  /** Whether every course's search text is folded. */
  get searchReady(): boolean {
    return this.texts.length === this.entries.length;
  }

  /**
   * Folds the search text of more courses: all that are left, or as many as fit while `more()`
   * says there is time (the page folds them in idle moments, and a search finishes the rest).
   */
  prepareSearch(more: () => boolean = () => true): SearchText[] {
    while (this.texts.length < this.entries.length && more()) {
      const entry = this.entries[this.texts.length];
      if (entry) this.texts.push(this.fold(entry.course));
    }
    return this.texts;
  }

  private ordered(sort: CatalogueSort, lang: string): readonly CatalogueEntry[] {
    if (sort === 'relevance') return this.entries;
    const key = sort === 'name' ? `name|${lang}` : sort;
    let order = this.orders.get(key);
    if (!order) {
      const entries = [...this.entries];
      if (sort === 'start') entries.sort((a, b) => a.startsAt - b.startsAt || byOrder(a, b));
      else if (sort === 'ects') {
        entries.sort((a, b) => (a.course.ects ?? Infinity) - (b.course.ects ?? Infinity) || byOrder(a, b));
      } else {
        const names = displayNames(
          this.document,
          this.entries.map((entry) => entry.course),
          lang,
        );
        const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
        entries.sort((a, b) => collator.compare(names[a.order] ?? '', names[b.order] ?? '') || byOrder(a, b));
      }
      order = entries;
      this.orders.set(key, order);
    }
    return order;
  }

  /**
   * The courses that pass the query's filters and contain every search term, recommended ones
   * first (by `recommended` rank when sorting by relevance), then in the query's order; by
   * relevance, better matches come first and ties keep the document's order.
   *
   * @param recommended course id → rank of the recommended courses
   */
  results(query: CatalogueQuery, lang: string, recommended: ReadonlyMap<string, number>): CatalogueEntry[] {
    const passes = filterTest(query.filters, (weeks) => addWeeks(this.now, weeks).getTime());
    const terms = foldText(query.q).split(/\s+/).filter(Boolean);
    const texts = terms.length > 0 ? this.prepareSearch() : undefined;
    const scores = new Map<CatalogueEntry, number>();
    const found: CatalogueEntry[] = [];
    for (const entry of this.ordered(query.sort, lang)) {
      if (!passes(entry)) continue;
      if (texts) {
        const points = score(texts[entry.order] ?? { text: '', starts: [] }, terms);
        if (points === 0) continue;
        scores.set(entry, points);
      }
      found.push(entry);
    }
    const rank = (entry: CatalogueEntry) => recommended.get(entry.course.id) ?? Infinity;
    if (query.sort === 'relevance') {
      if (texts || recommended.size > 0) {
        found.sort((a, b) => rank(a) - rank(b) || (scores.get(b) ?? 0) - (scores.get(a) ?? 0) || byOrder(a, b));
      }
      return found;
    }
    if (recommended.size === 0) return found;
    return [
      ...found.filter((entry) => recommended.has(entry.course.id)),
      ...found.filter((entry) => !recommended.has(entry.course.id)),
    ];
  }
}
