import type { SkillGapMatrixTerms } from '../../skill-gap-matrix/skill-gap-matrix.terms.js';

const plural = new Intl.PluralRules('fr');
const number = new Intl.NumberFormat('fr');
const one = (count: number) => plural.select(count) === 'one';
const n = (count: number) => number.format(count);
// French typography puts a narrow no-break space before a colon or semicolon, and no-break spaces inside guillemets.
const colon = '\u202f:';
const semicolon = '\u202f;';
const quote = (value: string) => `«\u00a0${value}\u00a0»`;
const counted = (count: number, singular: string, plural: string) => `${n(count)} ${one(count) ? singular : plural}`;

const skillGapMatrix: SkillGapMatrixTerms = {
  matrixName: 'Écarts de compétences',
  personCaption: (person, required) => `Niveaux de ${person} par rapport à ${required}`,
  teamCaption: (team, people, required) =>
    `Niveaux de ${team ?? 'l’équipe'} (${counted(people, 'personne', 'personnes')}) ${required === undefined ? 'par rapport aux besoins de l’équipe' : `par rapport à ${required}`}`,

  columnSkill: 'Compétence',
  columnRequired: 'Requis',
  columnCurrent: 'Niveau actuel',
  columnGap: 'Écart',
  columnMeeting: 'L’atteignent',
  columnShortfall: 'Niveaux manquants',
  rowSkillsMet: 'Exigences atteintes',
  countOf: (part, whole) => `${n(part)} sur ${n(whole)}`,
  notAssessed: 'Non évalué',
  otherSkills: 'Autres compétences',
  gapBelow: 'en dessous de l’exigence',
  gapMet: 'atteint l’exigence',
  gapAbove: 'au-dessus de l’exigence',

  summaryPersonMeets: (person, met, total) =>
    `${person === undefined ? 'Vous atteignez' : `${person} atteint`} le niveau requis pour ${counted(met, 'compétence', 'compétences')} sur ${n(total)}`,
  summaryTeamMeets: (meeting, people) =>
    one(meeting)
      ? `${n(meeting)} personne sur ${n(people)} atteint tous les niveaux requis`
      : `${n(meeting)} personnes sur ${n(people)} atteignent tous les niveaux requis`,
  summaryLargestGaps: (count, list) =>
    one(count) ? `le plus grand écart concerne ${list}` : `les plus grands écarts concernent ${list}`,
  summaryLargestShortfalls: (count, list) =>
    one(count) ? `le plus grand déficit concerne ${list}` : `les plus grands déficits concernent ${list}`,
  summaryGapItem: (skill, count) => `${skill} (${counted(count, 'niveau', 'niveaux')})`,
  summarySentence: (meets, gaps) => (gaps === undefined ? `${meets}.` : `${meets}${semicolon} ${gaps}.`),
  levelSetTo: (skill, level) => `${skill}${colon} désormais ${level}.`,
  sortedBy: (order) => `Tri${colon} ${order.toLowerCase()}.`,

  legendTitle: 'Niveaux et symboles',
  legendDescriptions: 'Signification des niveaux',

  sortLabel: 'Trier par',
  sortByGroup: 'Domaine de compétences',
  sortByName: 'Nom',
  sortByGap: 'Plus grand écart',
  sortByCoverage: 'Couverture la plus faible',
  downloadCsv: 'Télécharger en CSV',

  editHint: (first, last) =>
    `Pour changer un niveau, appuyez sur ${n(first)} à ${n(last)}, sur + ou −, ou sur Entrée pour ouvrir la liste des niveaux.`,
  chooseLevel: (skill, person) =>
    person === undefined ? `Votre niveau en ${skill}` : `Niveau de ${person} en ${skill}`,

  recommendationsTitle: 'Formations qui comblent ces écarts',
  noRecommendations: 'Aucune formation du catalogue ne comble encore ces écarts.',
  recommendationExplanation: (closed, closedList, narrowed, narrowedList, gaps) => {
    if (closed === 0) return `réduit ${counted(narrowed, 'écart', 'écarts')} sur ${n(gaps)}${colon} ${narrowedList}`;
    const closing = `comble ${counted(closed, 'écart', 'écarts')} sur ${n(gaps)}${colon} ${closedList}`;
    return narrowed === 0 ? closing : `${closing}${semicolon} en réduit ${n(narrowed)}${colon} ${narrowedList}`;
  },
  gapProgress: (skill, from, to) => `${skill} (${n(from)} → ${n(to)})`,

  noSkills: `Rien à comparer pour l’instant${colon} les données ne contiennent aucun référentiel de compétences avec des compétences.`,
  nothingRequired: (required) => `${required} n’exige aucune compétence de ce référentiel.`,
  attributesIgnored: (count) =>
    one(count)
      ? `${n(count)} valeur d’attribut n’a pas pu être utilisée${colon}`
      : `${n(count)} valeurs d’attribut n’ont pas pu être utilisées${colon}`,
  unknownFramework: (id) => `aucun référentiel n’a l’identifiant ${quote(id)}`,
  missingCurrent:
    'indiquez l’identifiant du profil d’une personne, plusieurs séparés par des espaces, ou celui d’une équipe',
  emptyTeam: (id) => `l’équipe ${quote(id)} n’a aucun membre dans les données`,
  missingRequired: `indiquez le rôle, le programme ou l’étape de carrière de référence${colon} ces personnes n’ont pas de rôle en commun`,
};

export default skillGapMatrix;
