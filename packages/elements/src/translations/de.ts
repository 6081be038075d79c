import type { Translation } from '../base/localize/translation.js';

const plural = new Intl.PluralRules('de');
const number = new Intl.NumberFormat('de');

const translation: Translation = {
  $code: 'de',
  $name: 'Deutsch',
  $dir: 'ltr',
  loading: 'Wird geladen …',
  retry: 'Erneut versuchen',
  dataErrorTitle: 'Dieser Inhalt kann nicht angezeigt werden',
  dataProblemAt: (path, message) => `Bei ${path}: ${message}`,
  loadFailed: (url) => `${url} konnte nicht geladen werden.`,
  problemCount: (count) =>
    plural.select(count) === 'one' ? `${number.format(count)} Problem` : `${number.format(count)} Probleme`,
};

export default translation;
