import type { BaseTerms } from '../../base/localize/base-terms.js';

const plural = new Intl.PluralRules('et');
const number = new Intl.NumberFormat('et');

const base: BaseTerms = {
  loading: 'Laadimine …',
  retry: 'Proovi uuesti',
  dataErrorTitle: 'Seda sisu ei saa kuvada',
  loadFailed: (url) => `Faili ${url} laadimine ebaõnnestus.`,
  problemCount: (count) =>
    plural.select(count) === 'one' ? `${number.format(count)} probleem` : `${number.format(count)} probleemi`,
};

export default base;
