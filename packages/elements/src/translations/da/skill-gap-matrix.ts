import type { SkillGapMatrixTerms } from '../../skill-gap-matrix/skill-gap-matrix.terms.js';

const plural = new Intl.PluralRules('da');
const number = new Intl.NumberFormat('da');
const one = (count: number) => plural.select(count) === 'one';
const n = (count: number) => number.format(count);

const skillGapMatrix: SkillGapMatrixTerms = {
  matrixName: 'Kompetencegab',
  personCaption: (person, required) => `${person} sammenlignet med ${required}`,
  teamCaption: (team, people, required) =>
    `${team ?? 'Teamet'} (${n(people)} ${one(people) ? 'person' : 'personer'}) sammenlignet med ${required ?? 'teamets behov'}`,

  columnSkill: 'Kompetence',
  columnRequired: 'Krævet',
  columnCurrent: 'Nuværende niveau',
  columnGap: 'Gab',
  columnMeeting: 'Opfylder det',
  columnShortfall: 'Manglende niveauer',
  rowSkillsMet: 'Opfyldte krav',
  countOf: (part, whole) => `${n(part)} af ${n(whole)}`,
  notAssessed: 'Ikke vurderet',
  otherSkills: 'Andre kompetencer',
  gapBelow: 'under kravet',
  gapMet: 'opfylder kravet',
  gapAbove: 'over kravet',

  summaryPersonMeets: (person, met, total) =>
    `${person ?? 'Du'} opfylder ${n(met)} af ${n(total)} ${one(total) ? 'krævet kompetence' : 'krævede kompetencer'}`,
  summaryTeamMeets: (meeting, people) =>
    `${n(meeting)} af ${n(people)} ${one(people) ? 'person' : 'personer'} opfylder alle krav`,
  summaryLargestGaps: (count, list) => (one(count) ? `det største gab er ${list}` : `de største gab er ${list}`),
  summaryLargestShortfalls: (count, list) =>
    one(count) ? `det største efterslæb er ${list}` : `de største efterslæb er ${list}`,
  summaryGapItem: (skill, count) => `${skill} (${n(count)} ${one(count) ? 'niveau' : 'niveauer'})`,
  summarySentence: (meets, gaps) => (gaps === undefined ? `${meets}.` : `${meets}; ${gaps}.`),
  levelSetTo: (skill, level) => `${skill}: nu ${level}.`,
  sortedBy: (order) => `Sorteret efter ${order.toLowerCase()}.`,

  legendTitle: 'Niveauer og symboler',
  legendDescriptions: 'Hvad niveauerne betyder',

  sortLabel: 'Sortér efter',
  sortByGroup: 'Kompetenceområde',
  sortByName: 'Navn',
  sortByGap: 'Største gab',
  sortByCoverage: 'Laveste dækning',
  downloadCsv: 'Download CSV',

  editHint: (first, last) =>
    `Tryk på ${n(first)} til ${n(last)}, + eller − for at ændre et niveau, eller på Enter for listen over niveauer.`,
  chooseLevel: (skill, person) => (person === undefined ? `Dit niveau i ${skill}` : `Niveau for ${person} i ${skill}`),

  recommendationsTitle: 'Kurser, der lukker disse gab',
  noRecommendations: 'Endnu lukker intet kursus i kataloget disse gab.',
  recommendationExplanation: (closed, closedList, narrowed, narrowedList, gaps) => {
    if (closed === 0) return `mindsker ${n(narrowed)} af ${n(gaps)} gab: ${narrowedList}`;
    const closing = `lukker ${n(closed)} af ${n(gaps)} gab: ${closedList}`;
    return narrowed === 0 ? closing : `${closing}; mindsker ${n(narrowed)}: ${narrowedList}`;
  },
  gapProgress: (skill, from, to) => `${skill} (${n(from)} → ${n(to)})`,

  noSkills: 'Der er endnu intet at sammenligne: Dataene har ingen kompetenceramme med kompetencer.',
  nothingRequired: (required) => `${required} kræver ingen kompetencer fra denne kompetenceramme.`,
  attributesIgnored: (count) =>
    one(count) ? `${n(count)} attributværdi kunne ikke bruges:` : `${n(count)} attributværdier kunne ikke bruges:`,
  unknownFramework: (id) => `Der findes ingen kompetenceramme med id'et »${id}«`,
  missingCurrent: "Angiv id'et på en persons profil, flere adskilt af mellemrum, eller et teams id",
  emptyTeam: (id) => `Teamet »${id}« har ingen medlemmer i dataene`,
  missingRequired:
    'Angiv den rolle, det program eller det karrieretrin, der skal sammenlignes med: Personerne har ingen fælles rolle',
};

export default skillGapMatrix;
