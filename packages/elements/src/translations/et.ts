import type { Translation } from '../base/localize/translation.js';

const plural = new Intl.PluralRules('et');
const number = new Intl.NumberFormat('et');

const translation: Translation = {
  $code: 'et',
  $name: 'Eesti',
  $dir: 'ltr',
  loading: 'Laadimine …',
  retry: 'Proovi uuesti',
  dataErrorTitle: 'Seda sisu ei saa kuvada',
  dataProblemAt: (path, message) => `Kohas ${path}: ${message}`,
  loadFailed: (url) => `Faili ${url} laadimine ebaõnnestus.`,
  problemCount: (count) =>
    plural.select(count) === 'one' ? `${number.format(count)} probleem` : `${number.format(count)} probleemi`,
};

export default translation;
