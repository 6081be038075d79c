import type { CourseCatalogueTerms } from '../../course-catalogue/course-catalogue.terms.js';

const plural = new Intl.PluralRules('fr');
const number = new Intl.NumberFormat('fr');
const quote = (value: string) => `«\u00a0${value}\u00a0»`;
const courses = (count: number) => `${number.format(count)} cours`;
const gapsOf = (count: number, gaps: number) =>
  `${number.format(count)} ${plural.select(count) === 'one' ? 'écart' : 'écarts'} sur ${number.format(gaps)}`;

const courseCatalogue: CourseCatalogueTerms = {
  catalogueName: 'Catalogue de cours',
  searchLabel: 'Rechercher des cours',
  searchHint: 'Nom, code, compétence, établissement ou description, dans toutes les langues',
  filters: 'Filtres',
  activeFilters: (count) => `${number.format(count)} ${plural.select(count) === 'one' ? 'actif' : 'actifs'}`,
  any: 'Indifférent',
  language: 'Langue',
  mode: 'Modalité',
  ectsFrom: 'De',
  ectsTo: 'À',
  field: 'Domaine',
  audience: 'Public',
  audienceName: {
    'learning-professionals': 'Learning Professionals',
    researchers: 'Chercheuses et chercheurs',
    professors: 'Professeures et professeurs',
    managers: 'Cadres',
    engineers: 'Ingénieures et ingénieurs',
  },
  skill: 'Compétence',
  timing: 'Période',
  timingName: { upcoming: 'À venir', running: 'En cours', 'self-paced': 'À votre rythme' },
  startsWithin: 'Débute dans',
  freeOnly: 'Cours gratuits uniquement',
  sort: 'Trier par',
  sortName: { relevance: 'Pertinence', start: 'Date de début', ects: 'ECTS (croissant)', name: 'Nom' },
  resultCount: courses,
  resultCountSoFar: (count) => `${courses(count)} pour l’instant, d’autres sont en cours de vérification…`,
  stillChecking: 'D’autres cours sont en cours de vérification…',
  noResults: 'Aucun cours ne correspond à votre recherche et à vos filtres.',
  noCourses: 'Ce catalogue ne contient encore aucun cours.',
  clearFilters: 'Effacer les filtres',
  clearAll: 'Effacer la recherche et les filtres',
  feedHint: 'Page suivante et Page précédente passent d’un cours à l’autre\u202f; Entrée ouvre le cours.',
  endOfList: (count) => `Fin de la liste (${courses(count)}).`,
  recommended: 'Recommandé',
  recommendedFor: (person, role) => `Les cours recommandés pour ${person} (${role}) apparaissent en premier.`,
  closesGaps: (count, gaps, skills) => `Comble ${gapsOf(count, gaps)}\u202f: ${skills}.`,
  narrowsGaps: (count, gaps, skills) => `Réduit ${gapsOf(count, gaps)}\u202f: ${skills}.`,
  gapProgress: (skill, from, to) => `${skill} (${from} → ${to})`,
  unknownProfile: (attribute, id) =>
    `L’attribut ${attribute} indique ${quote(id)}, mais les données ne contiennent aucun profil avec cet identifiant.`,
  noRequiredProfile: (person) =>
    `La personne ${quote(person)} n’a pas de rôle\u202f: indiquez dans l’attribut required le profil dont les niveaux comptent.`,
};

export default courseCatalogue;
