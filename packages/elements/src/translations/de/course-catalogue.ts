import type { CourseCatalogueTerms } from '../../course-catalogue/course-catalogue.terms.js';

const plural = new Intl.PluralRules('de');
const number = new Intl.NumberFormat('de');
const courses = (count: number) =>
  plural.select(count) === 'one' ? `${number.format(count)} Kurs` : `${number.format(count)} Kursen`;
const coursesNominative = (count: number) =>
  plural.select(count) === 'one' ? `${number.format(count)} Kurs` : `${number.format(count)} Kurse`;
const gapsOf = (count: number, gaps: number) =>
  `${number.format(count)} von ${number.format(gaps)} ${gaps === 1 ? 'Lücke' : 'Lücken'}`;

const courseCatalogue: CourseCatalogueTerms = {
  catalogueName: 'Kurskatalog',
  searchLabel: 'Kurse durchsuchen',
  searchHint: 'Name, Code, Kompetenz, Hochschule oder Beschreibung, in jeder Sprache',
  filters: 'Filter',
  activeFilters: (count) => `${number.format(count)} aktiv`,
  any: 'Alle',
  language: 'Sprache',
  mode: 'Format',
  ectsFrom: 'Von',
  ectsTo: 'Bis',
  field: 'Fachgebiet',
  audience: 'Zielgruppe',
  audienceName: {
    'learning-professionals': 'Learning Professionals',
    researchers: 'Forschende',
    professors: 'Professorinnen und Professoren',
    managers: 'Führungskräfte',
    engineers: 'Ingenieurinnen und Ingenieure',
  },
  skill: 'Kompetenz',
  timing: 'Zeitraum',
  timingName: { upcoming: 'Demnächst', running: 'Läuft gerade', 'self-paced': 'Im eigenen Tempo' },
  startsWithin: 'Beginnt innerhalb von',
  freeOnly: 'Nur kostenlose Kurse',
  sort: 'Sortieren nach',
  sortName: { relevance: 'Relevanz', start: 'Beginn', ects: 'ECTS (wenigste zuerst)', name: 'Name' },
  resultCount: coursesNominative,
  resultCountSoFar: (count) => `Bisher ${coursesNominative(count)}, weitere werden geprüft …`,
  stillChecking: 'Weitere Kurse werden geprüft …',
  noResults: 'Kein Kurs passt zu Ihrer Suche und Ihren Filtern.',
  noCourses: 'Dieser Katalog enthält noch keine Kurse.',
  clearFilters: 'Filter zurücksetzen',
  clearAll: 'Suche und Filter zurücksetzen',
  feedHint: 'Mit Bild ab und Bild auf wechseln Sie zwischen den Kursen; die Eingabetaste öffnet den Kurs.',
  endOfList: (count) => `Ende der Liste mit ${courses(count)}.`,
  recommended: 'Empfohlen',
  recommendedFor: (person, role) => `Für ${person} (${role}) empfohlene Kurse stehen oben.`,
  closesGaps: (count, gaps, skills) => `Schließt ${gapsOf(count, gaps)}: ${skills}.`,
  narrowsGaps: (count, gaps, skills) => `Verkleinert ${gapsOf(count, gaps)}: ${skills}.`,
  gapProgress: (skill, from, to) => `${skill} (${from} → ${to})`,
  unknownProfile: (attribute, id) =>
    `Das Attribut ${attribute} nennt „${id}“, aber die Daten enthalten kein Profil mit dieser ID.`,
  noRequiredProfile: (person) =>
    `Die Person „${person}“ hat keine Rolle: Geben Sie im Attribut required das Profil an, dessen Niveaus gelten.`,
};

export default courseCatalogue;
