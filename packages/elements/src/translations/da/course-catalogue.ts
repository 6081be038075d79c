import type { CourseCatalogueTerms } from '../../course-catalogue/course-catalogue.terms.js';

const plural = new Intl.PluralRules('da');
const number = new Intl.NumberFormat('da');
const courses = (count: number) =>
  plural.select(count) === 'one' ? `${number.format(count)} kursus` : `${number.format(count)} kurser`;
const gapsOf = (count: number, gaps: number) => `${number.format(count)} af ${number.format(gaps)} kompetencegab`;

const courseCatalogue: CourseCatalogueTerms = {
  catalogueName: 'Kursuskatalog',
  searchLabel: 'Søg efter kurser',
  searchHint: 'Navn, kode, kompetence, universitet eller beskrivelse, på alle sprog',
  filters: 'Filtre',
  activeFilters: (count) => `${number.format(count)} ${plural.select(count) === 'one' ? 'aktivt' : 'aktive'}`,
  any: 'Alle',
  language: 'Sprog',
  mode: 'Form',
  ectsFrom: 'Fra',
  ectsTo: 'Til',
  field: 'Fagområde',
  audience: 'Målgruppe',
  audienceName: {
    'learning-professionals': 'Learning Professionals',
    researchers: 'Forskere',
    professors: 'Professorer',
    managers: 'Ledere',
    engineers: 'Ingeniører',
  },
  skill: 'Kompetence',
  timing: 'Tidspunkt',
  timingName: { upcoming: 'Kommende', running: 'I gang nu', 'self-paced': 'I eget tempo' },
  startsWithin: 'Starter inden for',
  freeOnly: 'Kun gratis kurser',
  sort: 'Sortér efter',
  sortName: { relevance: 'Relevans', start: 'Startdato', ects: 'ECTS (færrest først)', name: 'Navn' },
  resultCount: courses,
  resultCountSoFar: (count) => `${courses(count)} indtil videre, flere bliver kontrolleret …`,
  stillChecking: 'Flere kurser bliver kontrolleret …',
  noResults: 'Intet kursus passer til din søgning og dine filtre.',
  noCourses: 'Der er endnu ingen kurser i dette katalog.',
  clearFilters: 'Ryd filtre',
  clearAll: 'Ryd søgning og filtre',
  feedHint: 'Page Down og Page Up skifter mellem kurserne; Enter åbner kurset.',
  endOfList: (count) => `Slut på listen (${courses(count)}).`,
  recommended: 'Anbefalet',
  recommendedFor: (person, role) => `Kurser, der anbefales til ${person} (${role}), vises først.`,
  closesGaps: (count, gaps, skills) => `Lukker ${gapsOf(count, gaps)}: ${skills}.`,
  narrowsGaps: (count, gaps, skills) => `Mindsker ${gapsOf(count, gaps)}: ${skills}.`,
  gapProgress: (skill, from, to) => `${skill} (${from} → ${to})`,
  unknownProfile: (attribute, id) =>
    `Attributten ${attribute} angiver »${id}«, men dataene har ingen profil med det id.`,
  noRequiredProfile: (person) =>
    `Personen »${person}« har ingen rolle: angiv i attributten required den profil, hvis niveauer gælder.`,
};

export default courseCatalogue;
