// Opening a step on the career track makes it the goal of the matrix and the catalogue.
import { connectTrainingElements } from '/lp-elements/elements/connect-training-elements.js';

connectTrainingElements({
  track: document.querySelector('lp-career-track'),
  matrix: document.querySelector('lp-skill-gap-matrix'),
  catalogue: document.querySelector('lp-course-catalogue'),
});
