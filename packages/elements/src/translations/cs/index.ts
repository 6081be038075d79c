import type { Translation } from '../../base/localize/translation.js';
import base from './base.js';
import data from './data.js';

const translation: Translation = {
  $code: 'cs',
  $name: 'Čeština',
  $dir: 'ltr',
  ...base,
  ...data,
};

export default translation;
