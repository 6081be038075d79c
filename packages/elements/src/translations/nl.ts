import type { Translation } from '../base/localize/translation.js';

const plural = new Intl.PluralRules('nl');
const number = new Intl.NumberFormat('nl');

const translation: Translation = {
  $code: 'nl',
  $name: 'Nederlands',
  $dir: 'ltr',
  loading: 'Laden…',
  retry: 'Opnieuw proberen',
  dataErrorTitle: 'Deze inhoud kan niet worden weergegeven',
  dataProblemAt: (path, message) => `Bij ${path}: ${message}`,
  loadFailed: (url) => `${url} kon niet worden geladen.`,
  problemCount: (count) =>
    plural.select(count) === 'one' ? `${number.format(count)} probleem` : `${number.format(count)} problemen`,
};

export default translation;
