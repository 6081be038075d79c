import type { CourseCatalogueTerms } from '../../course-catalogue/course-catalogue.terms.js';

const plural = new Intl.PluralRules('en');
const number = new Intl.NumberFormat('en');
const courses = (count: number) =>
  plural.select(count) === 'one' ? `${number.format(count)} course` : `${number.format(count)} courses`;
const gapsOf = (count: number, gaps: number) =>
  `${number.format(count)} of ${number.format(gaps)} ${gaps === 1 ? 'gap' : 'gaps'}`;

const courseCatalogue: CourseCatalogueTerms = {
  catalogueName: 'Course catalogue',
  searchLabel: 'Search courses',
  searchHint: 'Name, code, skill, university or description, in any language',
  filters: 'Filters',
  activeFilters: (count) => `${number.format(count)} active`,
  any: 'Any',
  language: 'Language',
  mode: 'Mode',
  ectsFrom: 'From',
  ectsTo: 'To',
  field: 'Field',
  audience: 'Audience',
  audienceName: {
    'learning-professionals': 'Learning Professionals',
    researchers: 'Researchers',
    professors: 'Professors',
    managers: 'Managers',
    engineers: 'Engineers',
  },
  skill: 'Skill',
  timing: 'When',
  timingName: { upcoming: 'Upcoming', running: 'Running now', 'self-paced': 'Self-paced' },
  startsWithin: 'Starts within',
  freeOnly: 'Free courses only',
  sort: 'Sort by',
  sortName: { relevance: 'Relevance', start: 'Start date', ects: 'ECTS (fewest first)', name: 'Name' },
  resultCount: courses,
  resultCountSoFar: (count) => `${courses(count)} so far, more are being checked…`,
  stillChecking: 'More courses are being checked…',
  noResults: 'No course matches your search and filters.',
  noCourses: 'There are no courses in this catalogue yet.',
  clearFilters: 'Clear filters',
  clearAll: 'Clear search and filters',
  feedHint: 'Page Down and Page Up move between courses; Enter opens the course.',
  endOfList: (count) => `End of the list (${courses(count)}).`,
  recommended: 'Recommended',
  recommendedFor: (person, role) => `Courses recommended for ${person} (${role}) come first.`,
  closesGaps: (count, gaps, skills) => `Closes ${gapsOf(count, gaps)}: ${skills}.`,
  narrowsGaps: (count, gaps, skills) => `Narrows ${gapsOf(count, gaps)}: ${skills}.`,
  gapProgress: (skill, from, to) => `${skill} (${from} → ${to})`,
  unknownProfile: (attribute, id) =>
    `The attribute ${attribute} names "${id}", but the data has no profile with that id.`,
  noRequiredProfile: (person) =>
    `The person "${person}" has no role: set the attribute required to the profile whose levels count.`,
};

export default courseCatalogue;
