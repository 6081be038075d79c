import type { Translation } from '../../base/localize/translation.js';
import base from './base.js';
import careerTrack from './career-track.js';
import courseCard from './course-card.js';
import courseCatalogue from './course-catalogue.js';
import data from './data.js';
import skillGapMatrix from './skill-gap-matrix.js';
import trainingModule from './training-module.js';

const translation: Translation = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr',
  ...base,
  ...data,
  ...careerTrack,
  ...courseCard,
  ...courseCatalogue,
  ...skillGapMatrix,
  ...trainingModule,
};

export default translation;
