import type { Translation } from '../base/localize/translation.js';

const plural = new Intl.PluralRules('da');
const number = new Intl.NumberFormat('da');

const translation: Translation = {
  $code: 'da',
  $name: 'Dansk',
  $dir: 'ltr',
  loading: 'Indlæser …',
  retry: 'Prøv igen',
  dataErrorTitle: 'Dette indhold kan ikke vises',
  dataProblemAt: (path, message) => `Ved ${path}: ${message}`,
  loadFailed: (url) => `${url} kunne ikke indlæses.`,
  problemCount: (count) =>
    plural.select(count) === 'one' ? `${number.format(count)} problem` : `${number.format(count)} problemer`,
};

export default translation;
