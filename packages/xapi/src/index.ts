export { DEFAULT_XAPI_VERSION, negotiateVersion, type XapiVersion } from './version.js';
