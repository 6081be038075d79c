import { define } from '../base/define.js';
import { LpXapiRecorder } from './xapi-recorder.js';

define('lp-xapi-recorder', LpXapiRecorder);

declare global {
  interface HTMLElementTagNameMap {
    'lp-xapi-recorder': LpXapiRecorder;
  }
}
