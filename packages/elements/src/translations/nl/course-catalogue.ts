import type { CourseCatalogueTerms } from '../../course-catalogue/course-catalogue.terms.js';

const plural = new Intl.PluralRules('nl');
const number = new Intl.NumberFormat('nl');
const courses = (count: number) =>
  plural.select(count) === 'one' ? `${number.format(count)} cursus` : `${number.format(count)} cursussen`;
const gapsOf = (count: number, gaps: number) =>
  `${number.format(count)} van ${number.format(gaps)} ${gaps === 1 ? 'hiaat' : 'hiaten'}`;

const courseCatalogue: CourseCatalogueTerms = {
  catalogueName: 'Cursuscatalogus',
  searchLabel: 'Cursussen zoeken',
  searchHint: 'Naam, code, vaardigheid, universiteit of beschrijving, in elke taal',
  filters: 'Filters',
  activeFilters: (count) => `${number.format(count)} actief`,
  any: 'Alle',
  language: 'Taal',
  mode: 'Vorm',
  ectsFrom: 'Van',
  ectsTo: 'Tot',
  field: 'Vakgebied',
  audience: 'Doelgroep',
  audienceName: {
    'learning-professionals': 'Learning Professionals',
    researchers: 'Onderzoekers',
    professors: 'Hoogleraren',
    managers: 'Managers',
    engineers: 'Ingenieurs',
  },
  skill: 'Vaardigheid',
  timing: 'Wanneer',
  timingName: { upcoming: 'Binnenkort', running: 'Nu bezig', 'self-paced': 'In eigen tempo' },
  startsWithin: 'Begint binnen',
  freeOnly: 'Alleen gratis cursussen',
  sort: 'Sorteren op',
  sortName: { relevance: 'Relevantie', start: 'Begindatum', ects: 'ECTS (minste eerst)', name: 'Naam' },
  resultCount: courses,
  resultCountSoFar: (count) => `Tot nu toe ${courses(count)}, er worden er nog meer gecontroleerd…`,
  stillChecking: 'Er worden nog meer cursussen gecontroleerd…',
  noResults: 'Geen cursus past bij uw zoekopdracht en filters.',
  noCourses: 'Deze catalogus bevat nog geen cursussen.',
  clearFilters: 'Filters wissen',
  clearAll: 'Zoekopdracht en filters wissen',
  feedHint: 'Page Down en Page Up gaan naar de volgende en vorige cursus; Enter opent de cursus.',
  endOfList: (count) => `Einde van de lijst (${courses(count)}).`,
  recommended: 'Aanbevolen',
  recommendedFor: (person, role) => `Cursussen die voor ${person} (${role}) worden aanbevolen, staan bovenaan.`,
  closesGaps: (count, gaps, skills) => `Dicht ${gapsOf(count, gaps)}: ${skills}.`,
  narrowsGaps: (count, gaps, skills) => `Verkleint ${gapsOf(count, gaps)}: ${skills}.`,
  gapProgress: (skill, from, to) => `${skill} (${from} → ${to})`,
  unknownProfile: (attribute, id) =>
    `Het attribuut ${attribute} noemt “${id}”, maar de gegevens bevatten geen profiel met die id.`,
  noRequiredProfile: (person) =>
    `De persoon “${person}” heeft geen rol: geef in het attribuut required het profiel op waarvan de niveaus gelden.`,
};

export default courseCatalogue;
