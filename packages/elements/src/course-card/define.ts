import { define } from '../base/define-element.js';
import { LpCourseCard } from './course-card.js';

define('lp-course-card', LpCourseCard);

declare global {
  interface HTMLElementTagNameMap {
    'lp-course-card': LpCourseCard;
  }
}
