import type { BaseTerms } from '../../base/localize/base-terms.js';

const plural = new Intl.PluralRules('he');
const number = new Intl.NumberFormat('he');

/**
 * Paths, ids, URLs and codes run left to right; an isolate (its direction taken from its first
 * letter) keeps each one whole, so its brackets and dots stay in place in a right-to-left sentence.
 */
export const isolate = (value: string) => `\u2068${value}\u2069`;

const base: BaseTerms = {
  loading: 'בטעינה…',
  retry: 'ניסיון נוסף',
  dataErrorTitle: 'לא ניתן להציג את התוכן הזה',
  loadFailed: (url) => `לא ניתן לטעון את ${isolate(url)}.`,
  problemCount: (count) => {
    const form = plural.select(count);
    if (form === 'one') return 'בעיה אחת';
    if (form === 'two') return 'שתי בעיות';
    return `${number.format(count)} בעיות`;
  },
};

export default base;
