import { define } from '../base/define-element.js';
import { LpCareerTrack } from './career-track.js';

define('lp-career-track', LpCareerTrack);

declare global {
  interface HTMLElementTagNameMap {
    'lp-career-track': LpCareerTrack;
  }
}
