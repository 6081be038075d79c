import { define } from '../base/define-element.js';
import '../course-card/define.js';
import { LpCourseCatalogue } from './course-catalogue.js';

define('lp-course-catalogue', LpCourseCatalogue);

declare global {
  interface HTMLElementTagNameMap {
    'lp-course-catalogue': LpCourseCatalogue;
  }
}
