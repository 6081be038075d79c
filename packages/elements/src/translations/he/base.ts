import type { BaseTerms } from '../../base/localize/base-terms.js';

const plural = new Intl.PluralRules('he');
const number = new Intl.NumberFormat('he');

const base: BaseTerms = {
  loading: 'בטעינה…',
  retry: 'ניסיון נוסף',
  dataErrorTitle: 'לא ניתן להציג את התוכן הזה',
  dataProblemAt: (path, message) => `ב־${path}: ${message}`,
  loadFailed: (url) => `לא ניתן לטעון את ${url}.`,
  problemCount: (count) => {
    const form = plural.select(count);
    if (form === 'one') return 'בעיה אחת';
    if (form === 'two') return 'שתי בעיות';
    return `${number.format(count)} בעיות`;
  },
};

export default base;
