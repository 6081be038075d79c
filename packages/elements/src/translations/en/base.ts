import type { BaseTerms } from '../../base/localize/base-terms.js';

const plural = new Intl.PluralRules('en');
const number = new Intl.NumberFormat('en');

const base: BaseTerms = {
  loading: 'Loading…',
  retry: 'Try again',
  dataErrorTitle: 'This content cannot be shown',
  loadFailed: (url) => `Could not load ${url}.`,
  problemCount: (count) =>
    plural.select(count) === 'one' ? `${number.format(count)} problem` : `${number.format(count)} problems`,
};

export default base;
