/**
 * The CDN bundle's entry: everything the package exports, with every element registered.
 * `<script type="module" src=".../lp-elements.js">` is all a page needs.
 */
import './define.js';
export * from './index.js';
export { createRecorder, xapiJsTransport } from '@lp-elements/xapi';
