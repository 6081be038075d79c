import type { Translation } from '../../base/localize/translation.js';
import base from './base.js';

const translation: Translation = {
  $code: 'cs',
  $name: 'Čeština',
  $dir: 'ltr',
  ...base,
};

export default translation;
