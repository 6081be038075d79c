import type { BaseTerms } from '../../base/localize/base-terms.js';

const plural = new Intl.PluralRules('cs');
const number = new Intl.NumberFormat('cs');
const problemForms: Record<Intl.LDMLPluralRule, string> = {
  zero: 'problémů',
  one: 'problém',
  two: 'problémy',
  few: 'problémy',
  many: 'problému',
  other: 'problémů',
};

const base: BaseTerms = {
  loading: 'Načítání…',
  retry: 'Zkusit znovu',
  dataErrorTitle: 'Tento obsah nelze zobrazit',
  loadFailed: (url) => `${url} se nepodařilo načíst.`,
  problemCount: (count) => `${number.format(count)} ${problemForms[plural.select(count)]}`,
};

export default base;
