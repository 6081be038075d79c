import type { BaseTerms } from '../../base/localize/base-terms.js';

const plural = new Intl.PluralRules('de');
const number = new Intl.NumberFormat('de');

const base: BaseTerms = {
  loading: 'Wird geladen …',
  retry: 'Erneut versuchen',
  dataErrorTitle: 'Dieser Inhalt kann nicht angezeigt werden',
  loadFailed: (url) => `${url} konnte nicht geladen werden.`,
  problemCount: (count) =>
    plural.select(count) === 'one' ? `${number.format(count)} Problem` : `${number.format(count)} Probleme`,
};

export default base;
