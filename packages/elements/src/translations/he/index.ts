import type { Translation } from '../../base/localize/translation.js';
import base from './base.js';
import data from './data.js';

const translation: Translation = {
  $code: 'he',
  $name: 'עברית',
  $dir: 'rtl',
  ...base,
  ...data,
};

export default translation;
