import type { Translation } from '../../base/localize/translation.js';
import base from './base.js';

const translation: Translation = {
  $code: 'fr',
  $name: 'Français',
  $dir: 'ltr',
  ...base,
};

export default translation;
