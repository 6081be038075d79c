import type { SkillGapMatrixTerms } from '../../skill-gap-matrix/skill-gap-matrix.terms.js';

const plural = new Intl.PluralRules('et');
const number = new Intl.NumberFormat('et');
const one = (count: number) => plural.select(count) === 'one';
const n = (count: number) => number.format(count);
// After a number above one, Estonian nouns take the partitive singular: 1 tase, 2 taset.
const counted = (count: number, singular: string, partitive: string) =>
  `${n(count)} ${one(count) ? singular : partitive}`;

const skillGapMatrix: SkillGapMatrixTerms = {
  matrixName: 'Oskuste lüngad',
  personCaption: (person, required) => `${person} – nõuded: ${required}`,
  teamCaption: (team, people, required) =>
    `${team ?? 'Meeskond'} (${counted(people, 'inimene', 'inimest')}) – nõuded: ${required ?? 'meeskonna vajadused'}`,

  columnSkill: 'Oskus',
  columnRequired: 'Nõutud',
  columnCurrent: 'Praegune tase',
  columnGap: 'Vahe',
  columnMeeting: 'Vastab nõudele',
  columnShortfall: 'Puuduvad tasemed',
  rowSkillsMet: 'Täidetud nõuded',
  countOf: (part, whole) => `${n(part)}/${n(whole)}`,
  notAssessed: 'Hindamata',
  otherSkills: 'Muud oskused',
  gapBelow: 'nõudest madalam',
  gapMet: 'vastab nõudele',
  gapAbove: 'nõudest kõrgem',

  summaryPersonMeets: (person, met, total) =>
    `${person === undefined ? 'Vastad' : `${person} vastab`} nõuetele ${n(met)} oskuses ${n(total)}-st`,
  summaryTeamMeets: (meeting, people) => `${n(people)}-st inimesest vastab kõigile nõuetele ${n(meeting)}`,
  summaryLargestGaps: (count, list) => (one(count) ? `suurim lünk on ${list}` : `suurimad lüngad on ${list}`),
  summaryLargestShortfalls: (count, list) =>
    one(count) ? `suurim puudujääk on ${list}` : `suurimad puudujäägid on ${list}`,
  summaryGapItem: (skill, count) => `${skill} (${counted(count, 'tase', 'taset')})`,
  summarySentence: (meets, gaps) => (gaps === undefined ? `${meets}.` : `${meets}; ${gaps}.`),
  levelSetTo: (skill, level) => `${skill}: nüüd ${level}.`,
  sortedBy: (order) => `Sorditud: ${order.toLowerCase()}.`,

  legendTitle: 'Tasemed ja sümbolid',
  legendDescriptions: 'Mida tasemed tähendavad',

  sortLabel: 'Sortimine',
  sortByGroup: 'Oskuste rühm',
  sortByName: 'Nimi',
  sortByGap: 'Suurim lünk',
  sortByCoverage: 'Väikseim kaetus',
  downloadCsv: 'Laadi alla CSV',

  editHint: (first, last) =>
    `Taseme muutmiseks vajuta klahve ${n(first)}–${n(last)}, + või − või Enter, et avada tasemete loend.`,
  chooseLevel: (skill, person) => (person === undefined ? `Sinu tase: ${skill}` : `${person} – tase: ${skill}`),

  recommendationsTitle: 'Kursused, mis need lüngad sulgevad',
  noRecommendations: 'Kataloogis pole veel ühtegi kursust, mis need lüngad sulgeks.',
  recommendationExplanation: (closed, closedList, narrowed, narrowedList, gaps) => {
    if (closed === 0) return `vähendab ${counted(narrowed, 'lünga', 'lünka')} ${n(gaps)}-st: ${narrowedList}`;
    const closing = `sulgeb ${counted(closed, 'lünga', 'lünka')} ${n(gaps)}-st: ${closedList}`;
    return narrowed === 0 ? closing : `${closing}; vähendab ${n(narrowed)}: ${narrowedList}`;
  },
  gapProgress: (skill, from, to) => `${skill} (${n(from)} → ${n(to)})`,

  noSkills: 'Veel pole midagi võrrelda: andmetes pole oskustega pädevusraamistikku.',
  nothingRequired: (required) => `${required} ei nõua ühtegi selle raamistiku oskust.`,
  attributesIgnored: (count) => `${n(count)} atribuudi väärtust ei saanud kasutada:`,
  unknownFramework: (id) => `ühelgi raamistikul ei ole ID-d „${id}“`,
  missingCurrent: 'anna ühe inimese profiili ID, mitu tühikutega eraldatuna või meeskonna ID',
  emptyTeam: (id) => `meeskonnal „${id}“ pole andmetes liikmeid`,
  missingRequired: 'anna roll, programm või karjääriaste, millega võrrelda: neil inimestel pole ühist rolli',
};

export default skillGapMatrix;
