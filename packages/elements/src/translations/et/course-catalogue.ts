import type { CourseCatalogueTerms } from '../../course-catalogue/course-catalogue.terms.js';

const plural = new Intl.PluralRules('et');
const number = new Intl.NumberFormat('et');
const courses = (count: number) =>
  plural.select(count) === 'one' ? `${number.format(count)} kursus` : `${number.format(count)} kursust`;
// The object of "sulgeb" and "vähendab": one gap in the genitive, more in the partitive.
const gapsOf = (count: number, gaps: number) =>
  `${number.format(count)} ${count === 1 ? 'lünga' : 'lünka'} ${number.format(gaps)}-st`;

const courseCatalogue: CourseCatalogueTerms = {
  catalogueName: 'Kursuste kataloog',
  searchLabel: 'Otsi kursusi',
  searchHint: 'Nimi, kood, oskus, ülikool või kirjeldus, mis tahes keeles',
  filters: 'Filtrid',
  activeFilters: (count) => `${number.format(count)} ${plural.select(count) === 'one' ? 'aktiivne' : 'aktiivset'}`,
  any: 'Kõik',
  language: 'Keel',
  mode: 'Õppevorm',
  ectsFrom: 'Alates',
  ectsTo: 'Kuni',
  field: 'Valdkond',
  audience: 'Sihtrühm',
  audienceName: {
    'learning-professionals': 'Learning Professionals',
    researchers: 'Teadlased',
    professors: 'Professorid',
    managers: 'Juhid',
    engineers: 'Insenerid',
  },
  skill: 'Oskus',
  timing: 'Aeg',
  timingName: { upcoming: 'Tulemas', running: 'Praegu käimas', 'self-paced': 'Omas tempos' },
  startsWithin: 'Algab ajavahemikus',
  freeOnly: 'Ainult tasuta kursused',
  sort: 'Järjesta',
  sortName: { relevance: 'Asjakohasus', start: 'Alguskuupäev', ects: 'EAP (vähim enne)', name: 'Nimi' },
  resultCount: courses,
  resultCountSoFar: (count) => `Seni ${courses(count)}, ülejäänuid veel kontrollitakse…`,
  stillChecking: 'Ülejäänud kursusi veel kontrollitakse…',
  noResults: 'Sinu otsingule ja filtritele ei vasta ükski kursus.',
  noCourses: 'Selles kataloogis pole veel kursusi.',
  clearFilters: 'Tühjenda filtrid',
  clearAll: 'Tühjenda otsing ja filtrid',
  feedHint: 'Page Down ja Page Up liiguvad kursuste vahel; Enter avab kursuse.',
  endOfList: (count) => `Loendi lõpp (${courses(count)}).`,
  recommended: 'Soovitatud',
  recommendedFor: (person, role) => `Isikule ${person} (${role}) soovitatud kursused on eespool.`,
  closesGaps: (count, gaps, skills) => `Sulgeb ${gapsOf(count, gaps)}: ${skills}.`,
  narrowsGaps: (count, gaps, skills) => `Vähendab ${gapsOf(count, gaps)}: ${skills}.`,
  gapProgress: (skill, from, to) => `${skill} (${from} → ${to})`,
  unknownProfile: (attribute, id) =>
    `Atribuut ${attribute} nimetab „${id}“, kuid andmetes pole selle tunnusega profiili.`,
  noRequiredProfile: (person) =>
    `Isikul „${person}“ pole rolli: märgi atribuudis required profiil, mille tasemed kehtivad.`,
};

export default courseCatalogue;
