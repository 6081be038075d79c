import { catalogueSearched } from '../statements/catalogue.js';
import { careerStepCompleted, careerStepSelected, trackProgressed } from '../statements/career.js';
import { courseSelected, courseViewed } from '../statements/course.js';
import { matrixInteracted } from '../statements/matrix.js';
import { moduleCompleted } from '../statements/module.js';
import { skillSelfAssessed } from '../statements/skill.js';
import type { PartialStatement } from '../types.js';

const base = 'https://university.example';
export const EXAMPLE_COURSE = { id: `${base}/courses/energy-systems`, name: 'Energiesysteme', lang: 'de' };
export const EXAMPLE_TRACK = {
  id: `${base}/tracks/lp`,
  name: { en: 'Learning Professional', fr: 'Professionnel de la formation' },
};
const step = { id: `${base}/tracks/lp/steps/2`, name: 'Programme designer' };
const skill = {
  id: `${base}/skills/needs-analysis`,
  name: 'Needs analysis',
  esco: 'http://data.europa.eu/esco/skill/abc',
};

/** One example of every statement the elements send, keyed by the profile template it follows. */
export const EXAMPLES: Readonly<Record<string, PartialStatement>> = {
  'course-viewed': courseViewed(EXAMPLE_COURSE),
  'course-selected': courseSelected(EXAMPLE_COURSE),
  'catalogue-searched': catalogueSearched(
    { id: `${base}/catalogue`, name: 'Courses' },
    { query: 'energy', resultCount: 12, filters: { mode: ['online'], languages: ['de', 'en'] } },
  ),
  'skill-self-assessed': skillSelfAssessed(
    skill,
    { value: 3, min: 0, max: 5, name: 'Proficient' },
    { framework: { id: `${base}/frameworks/lp`, name: 'LP competences' }, requiredLevel: 4 },
  ),
  'career-step-selected': careerStepSelected(step, EXAMPLE_TRACK),
  'track-progressed': trackProgressed(EXAMPLE_TRACK, 41.6),
  'career-step-completed': careerStepCompleted(step, EXAMPLE_TRACK),
  'matrix-interacted': matrixInteracted({ id: `${base}/matrix`, name: 'Skill gaps' }, 'show-recommendations', skill),
  'module-completed': moduleCompleted({
    id: `${base}/modules/lp-journey`,
    name: 'Your path as a Learning Professional',
  }),
};
