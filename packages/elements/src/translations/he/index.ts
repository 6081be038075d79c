import type { Translation } from '../../base/localize/translation.js';
import base from './base.js';

const translation: Translation = {
  $code: 'he',
  $name: 'עברית',
  $dir: 'rtl',
  ...base,
};

export default translation;
