import type { SkillGapMatrixTerms } from '../../skill-gap-matrix/skill-gap-matrix.terms.js';

const plural = new Intl.PluralRules('en');
const number = new Intl.NumberFormat('en');
const one = (count: number) => plural.select(count) === 'one';
const levels = (count: number) => `${number.format(count)} ${one(count) ? 'level' : 'levels'}`;

const skillGapMatrix: SkillGapMatrixTerms = {
  matrixName: 'Skill gaps',
  personCaption: (person, required) => `${person} against ${required}`,
  teamCaption: (team, people, required) =>
    `${team ?? 'Team'} (${number.format(people)} ${one(people) ? 'person' : 'people'}) against ${required ?? 'the team’s needs'}`,

  columnSkill: 'Skill',
  columnRequired: 'Required',
  columnCurrent: 'Current level',
  columnGap: 'Gap',
  columnMeeting: 'Meet it',
  columnShortfall: 'Levels short',
  rowSkillsMet: 'Required skills met',
  countOf: (part, whole) => `${number.format(part)} of ${number.format(whole)}`,
  notAssessed: 'Not assessed',
  otherSkills: 'Other skills',
  gapBelow: 'below the requirement',
  gapMet: 'meets the requirement',
  gapAbove: 'above the requirement',

  summaryPersonMeets: (person, met, total) =>
    `${person ?? 'You'} ${person === undefined ? 'meet' : 'meets'} ${number.format(met)} of ${number.format(total)} required ${one(total) ? 'skill' : 'skills'}`,
  summaryTeamMeets: (meeting, people) =>
    `${number.format(meeting)} of ${number.format(people)} ${one(people) ? 'person meets' : 'people meet'} every required skill`,
  summaryLargestGaps: (count, list) => (one(count) ? `the largest gap is ${list}` : `the largest gaps are ${list}`),
  summaryLargestShortfalls: (count, list) =>
    one(count) ? `the largest shortfall is ${list}` : `the largest shortfalls are ${list}`,
  summaryGapItem: (skill, count) => `${skill} (${levels(count)})`,
  summarySentence: (meets, gaps) => (gaps === undefined ? `${meets}.` : `${meets}; ${gaps}.`),
  levelSetTo: (skill, level) => `${skill}: now ${level}.`,
  sortedBy: (order) => `Sorted by ${order.toLowerCase()}.`,

  legendTitle: 'Levels and symbols',
  legendDescriptions: 'What the levels mean',

  sortLabel: 'Sort by',
  sortByGroup: 'Skill group',
  sortByName: 'Name',
  sortByGap: 'Largest gap',
  sortByCoverage: 'Fewest meeting it',
  downloadCsv: 'Download CSV',

  editHint: (first, last) =>
    `To change a level, press ${number.format(first)} to ${number.format(last)}, + or −, or Enter for the list of levels.`,
  chooseLevel: (skill, person) => (person === undefined ? `Your level in ${skill}` : `Level of ${person} in ${skill}`),

  recommendationsTitle: 'Courses that close these gaps',
  noRecommendations: 'No course in the catalogue closes these gaps yet.',
  recommendationExplanation: (closed, closedList, narrowed, narrowedList, gaps) => {
    const of = `of ${gaps} ${gaps === 1 ? 'gap' : 'gaps'}`;
    if (closed === 0) return `narrows ${narrowed} ${of}: ${narrowedList}`;
    const closing = `closes ${closed} ${of}: ${closedList}`;
    return narrowed === 0 ? closing : `${closing}; narrows ${narrowed}: ${narrowedList}`;
  },
  gapProgress: (skill, from, to) => `${skill} (${from} → ${to})`,

  noSkills: 'There are no skills to compare yet: the data has no skills framework with skills.',
  nothingRequired: (required) => `${required} requires no skill of this framework.`,
  attributesIgnored: (count) =>
    one(count)
      ? 'One attribute value could not be used:'
      : `${number.format(count)} attribute values could not be used:`,
  unknownFramework: (id) => `no framework has the id "${id}"`,
  missingCurrent: 'name a person’s profile id, several separated by spaces, or a team’s id',
  emptyTeam: (id) => `the team "${id}" has no members in the data`,
  missingRequired: 'name the role, programme or career step to compare with: the people have no role in common',
};

export default skillGapMatrix;
