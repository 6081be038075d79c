import type { Translation } from '../base/localize/translation.js';

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

const translation: Translation = {
  $code: 'cs',
  $name: 'Čeština',
  $dir: 'ltr',
  loading: 'Načítání…',
  retry: 'Zkusit znovu',
  dataErrorTitle: 'Tento obsah nelze zobrazit',
  dataProblemAt: (path, message) => `V ${path}: ${message}`,
  loadFailed: (url) => `${url} se nepodařilo načíst.`,
  problemCount: (count) => `${number.format(count)} ${problemForms[plural.select(count)]}`,
};

export default translation;
