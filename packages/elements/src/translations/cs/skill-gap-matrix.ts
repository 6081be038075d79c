import type { SkillGapMatrixTerms } from '../../skill-gap-matrix/skill-gap-matrix.terms.js';

const plural = new Intl.PluralRules('cs');
const number = new Intl.NumberFormat('cs');
const n = (count: number) => number.format(count);
type Forms = Record<Intl.LDMLPluralRule, string>;
/** Czech nouns after a number: one (1), few (2–4), many (decimals) and other (5 and more). */
const forms = (one: string, few: string, many: string, other: string): Forms => ({
  zero: other,
  one,
  two: few,
  few,
  many,
  other,
});
const counted = (count: number, words: Forms) => `${n(count)} ${words[plural.select(count)]}`;
const people = forms('osoba', 'osoby', 'osoby', 'osob');
const levels = forms('úroveň', 'úrovně', 'úrovně', 'úrovní');
const values = forms('hodnotu atributu', 'hodnoty atributů', 'hodnoty atributu', 'hodnot atributů');
/** "z 12 požadovaných dovedností": after "z" the genitive, singular only for one. */
const ofRequired = (total: number) =>
  plural.select(total) === 'one' ? 'požadované dovednosti' : 'požadovaných dovedností';
const ofGaps = (total: number) => (plural.select(total) === 'one' ? 'mezery' : 'mezer');

const skillGapMatrix: SkillGapMatrixTerms = {
  matrixName: 'Mezery v dovednostech',
  personCaption: (person, required) => `${person} v porovnání s požadavky: ${required}`,
  teamCaption: (team, count, required) =>
    `${team ?? 'Tým'} (${counted(count, people)}) ${required === undefined ? 'v porovnání s potřebami týmu' : `v porovnání s požadavky: ${required}`}`,

  columnSkill: 'Dovednost',
  columnRequired: 'Požadováno',
  columnCurrent: 'Současná úroveň',
  columnGap: 'Rozdíl',
  columnMeeting: 'Splňuje',
  columnShortfall: 'Chybějící úrovně',
  rowSkillsMet: 'Splněné požadavky',
  countOf: (part, whole) => `${n(part)} z ${n(whole)}`,
  notAssessed: 'Nehodnoceno',
  otherSkills: 'Další dovednosti',
  gapBelow: 'pod požadavkem',
  gapMet: 'splňuje požadavek',
  gapAbove: 'nad požadavkem',

  summaryPersonMeets: (person, met, total) =>
    `${person === undefined ? 'Splňujete' : `${person} splňuje`} ${n(met)} z ${n(total)} ${ofRequired(total)}`,
  summaryTeamMeets: (meeting, count) =>
    `Všechny požadavky splňuje ${n(meeting)} z ${n(count)} ${plural.select(count) === 'one' ? 'osoby' : 'osob'}`,
  summaryLargestGaps: (count, list) =>
    plural.select(count) === 'one' ? `největší mezera je ${list}` : `největší mezery jsou ${list}`,
  summaryLargestShortfalls: (count, list) =>
    plural.select(count) === 'one' ? `největší nedostatek je ${list}` : `největší nedostatky jsou ${list}`,
  summaryGapItem: (skill, count) => `${skill} (${counted(count, levels)})`,
  summarySentence: (meets, gaps) => (gaps === undefined ? `${meets}.` : `${meets}; ${gaps}.`),
  levelSetTo: (skill, level) => `${skill}: nyní ${level}.`,
  sortedBy: (order) => `Seřazeno: ${order.toLowerCase()}.`,

  legendTitle: 'Úrovně a symboly',
  legendDescriptions: 'Co úrovně znamenají',

  sortLabel: 'Seřadit podle',
  sortByGroup: 'Skupina dovedností',
  sortByName: 'Název',
  sortByGap: 'Největší mezera',
  sortByCoverage: 'Nejnižší pokrytí',
  downloadCsv: 'Stáhnout CSV',

  editHint: (first, last) =>
    `Úroveň změníte klávesami ${n(first)} až ${n(last)}, + nebo −; klávesa Enter otevře seznam úrovní.`,
  chooseLevel: (skill, person) => (person === undefined ? `Vaše úroveň: ${skill}` : `Úroveň (${person}): ${skill}`),

  recommendationsTitle: 'Kurzy, které tyto mezery uzavřou',
  noRecommendations: 'Žádný kurz v katalogu zatím tyto mezery neuzavírá.',
  recommendationExplanation: (closed, closedList, narrowed, narrowedList, gaps) => {
    const of = `z ${n(gaps)} ${ofGaps(gaps)}`;
    if (closed === 0) return `zmenšuje ${n(narrowed)} ${of}: ${narrowedList}`;
    const closing = `uzavírá ${n(closed)} ${of}: ${closedList}`;
    return narrowed === 0 ? closing : `${closing}; zmenšuje ${n(narrowed)}: ${narrowedList}`;
  },
  gapProgress: (skill, from, to) => `${skill} (${n(from)} → ${n(to)})`,

  noSkills: 'Zatím není co porovnávat: data neobsahují žádný rámec kompetencí s dovednostmi.',
  nothingRequired: (required) => `${required} nevyžaduje žádnou dovednost z tohoto rámce.`,
  attributesIgnored: (count) => `${counted(count, values)} nebylo možné použít:`,
  unknownFramework: (id) => `žádný rámec nemá ID „${id}“`,
  missingCurrent: 'uveďte ID profilu jedné osoby, několik ID oddělených mezerami, nebo ID týmu',
  emptyTeam: (id) => `tým „${id}“ nemá v datech žádné členy`,
  missingRequired:
    'uveďte roli, program nebo kariérní krok, se kterým se má srovnávat: tyto osoby nemají společnou roli',
};

export default skillGapMatrix;
