import { pickText, skillById, type DataDocument } from '@lp-elements/model';
import type { LocalizeController } from '../base/localize/localize-controller.js';
import { languageName } from '../course-card/course-facts.js';
import type { Facets } from './catalogue-facets.js';

/** One choice of a filter: the value it sets, and what the learner reads. */
export interface FilterOption {
  readonly value: string;
  readonly label: string;
  /** The label's language, when it comes from the data in another language. */
  readonly lang?: string | undefined;
}

/** The choices of the filters whose values come from the data. */
export interface FilterOptions {
  readonly provider: readonly FilterOption[];
  readonly language: readonly FilterOption[];
  readonly mode: readonly FilterOption[];
  readonly eqf: readonly FilterOption[];
  readonly field: readonly FilterOption[];
  readonly audience: readonly FilterOption[];
  readonly skill: readonly FilterOption[];
}

const cache = new WeakMap<Facets, { lang: string; translation: unknown; options: FilterOptions }>();

/** The filters' choices in the reader's language, alphabetical where the data sets no order; kept per catalogue and language. */
export function filterOptions(facets: Facets, document: DataDocument, localize: LocalizeController): FilterOptions {
  const lang = localize.lang;
  const terms = localize.translation;
  const cached = cache.get(facets);
  if (cached?.lang === lang && cached.translation === terms) return cached.options;
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  const sorted = (options: FilterOption[]) => options.sort((a, b) => collator.compare(a.label, b.label));
  const picked = (value: string, text: Parameters<typeof pickText>[0]) => {
    const { text: label, lang: labelLang } = pickText(text, lang, document.lang);
    return { value, label: label || value, lang: labelLang };
  };
  const options: FilterOptions = {
    provider: sorted([...facets.provider].map(([id, name]) => picked(id, name))),
    language: sorted([...facets.language].map((tag) => ({ value: tag, label: languageName(tag, lang) }))),
    mode: facets.mode.map((mode) => ({ value: mode, label: terms.courseMode[mode] })),
    eqf: facets.eqf.map((level) => ({ value: String(level), label: localize.number(level) })),
    field: sorted([...facets.field].map((field) => ({ value: field, label: terms.fieldName[field] ?? field }))),
    audience: facets.audience.map((audience) => ({ value: audience, label: terms.audienceName[audience] })),
    skill: sorted([...facets.skill].map((id) => picked(id, skillById(document, id)?.name))),
  };
  cache.set(facets, { lang, translation: terms, options });
  return options;
}
