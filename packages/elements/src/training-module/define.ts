import '../career-track/define.js';
import '../course-catalogue/define.js';
import '../skill-gap-matrix/define.js';
import { define } from '../base/define-element.js';
import { LpTrainingModule } from './training-module.js';

define('lp-training-module', LpTrainingModule);

declare global {
  interface HTMLElementTagNameMap {
    'lp-training-module': LpTrainingModule;
  }
}
