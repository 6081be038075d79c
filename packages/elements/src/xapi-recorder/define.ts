import { define } from '../base/define-element.js';
import { LpXapiRecorder } from './xapi-recorder.js';

define('lp-xapi-recorder', LpXapiRecorder);

declare global {
  interface HTMLElementTagNameMap {
    'lp-xapi-recorder': LpXapiRecorder;
  }
}
