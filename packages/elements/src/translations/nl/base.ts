import type { BaseTerms } from '../../base/localize/base-terms.js';

const plural = new Intl.PluralRules('nl');
const number = new Intl.NumberFormat('nl');

const base: BaseTerms = {
  loading: 'Laden…',
  retry: 'Opnieuw proberen',
  dataErrorTitle: 'Deze inhoud kan niet worden weergegeven',
  loadFailed: (url) => `${url} kon niet worden geladen.`,
  problemCount: (count) =>
    plural.select(count) === 'one' ? `${number.format(count)} probleem` : `${number.format(count)} problemen`,
};

export default base;
