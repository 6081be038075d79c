import { define } from '../base/define-element.js';
import { LpSkillGapMatrix } from './skill-gap-matrix.js';

define('lp-skill-gap-matrix', LpSkillGapMatrix);

declare global {
  interface HTMLElementTagNameMap {
    'lp-skill-gap-matrix': LpSkillGapMatrix;
  }
}
