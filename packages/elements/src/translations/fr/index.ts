import type { Translation } from '../../base/localize/translation.js';
import base from './base.js';
import data from './data.js';

const translation: Translation = {
  $code: 'fr',
  $name: 'Français',
  $dir: 'ltr',
  ...base,
  ...data,
};

export default translation;
