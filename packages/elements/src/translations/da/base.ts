import type { BaseTerms } from '../../base/localize/base-terms.js';

const plural = new Intl.PluralRules('da');
const number = new Intl.NumberFormat('da');

const base: BaseTerms = {
  loading: 'Indlæser …',
  retry: 'Prøv igen',
  dataErrorTitle: 'Dette indhold kan ikke vises',
  loadFailed: (url) => `${url} kunne ikke indlæses.`,
  problemCount: (count) =>
    plural.select(count) === 'one' ? `${number.format(count)} problem` : `${number.format(count)} problemer`,
};

export default base;
