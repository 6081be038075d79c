import type { Translation } from '../../base/localize/translation.js';
import base from './base.js';
import data from './data.js';
import skillGapMatrix from './skill-gap-matrix.js';

const translation: Translation = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr',
  ...base,
  ...data,
  ...skillGapMatrix,
};

export default translation;
