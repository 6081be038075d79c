import type { BaseTerms } from '../../base/localize/base-terms.js';

const plural = new Intl.PluralRules('fr');
const number = new Intl.NumberFormat('fr');

const base: BaseTerms = {
  loading: 'Chargement…',
  retry: 'Réessayer',
  dataErrorTitle: 'Ce contenu ne peut pas être affiché',
  loadFailed: (url) => `Impossible de charger ${url}.`,
  problemCount: (count) =>
    plural.select(count) === 'one' ? `${number.format(count)} problème` : `${number.format(count)} problèmes`,
};

export default base;
