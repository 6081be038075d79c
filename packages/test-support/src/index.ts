export { localLrs, lrsFetch, type LocalLrs } from './local-lrs.js';
export { validateStatements, type ValidationWarning } from './xapi-validation.js';
export { emulateMedia, type EmulatedMedia } from './media.js';
