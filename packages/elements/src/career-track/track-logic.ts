/**
 * Everything `<lp-career-track>` computes and draws once it has data, loaded as its own module:
 * career progress, gaps and course effort from the model, the layout of branches, the templates
 * of the track and the xAPI statements. Bundles keep it out of the first download of every page
 * and fetch it, next to the data reader, only where a track is shown.
 */
export { pickText, profileById, trackById } from '@lp-elements/model';
export { careerStepCompleted, careerStepSelected, courseSelected, trackProgressed } from '@lp-elements/xapi';
export { trackView, type TrackView } from './track-view.js';
export { namesForList } from './render-context.js';
export { renderTrack } from './render-track.js';
export { stepForKey } from './step-keys.js';
