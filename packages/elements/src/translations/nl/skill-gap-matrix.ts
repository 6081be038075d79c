import type { SkillGapMatrixTerms } from '../../skill-gap-matrix/skill-gap-matrix.terms.js';

const plural = new Intl.PluralRules('nl');
const number = new Intl.NumberFormat('nl');
const one = (count: number) => plural.select(count) === 'one';
const n = (count: number) => number.format(count);

const skillGapMatrix: SkillGapMatrixTerms = {
  matrixName: 'Competentiekloof',
  personCaption: (person, required) => `${person} vergeleken met ${required}`,
  teamCaption: (team, people, required) =>
    `${team ?? 'Team'} (${n(people)} ${one(people) ? 'persoon' : 'personen'}) vergeleken met ${required ?? 'wat het team nodig heeft'}`,

  columnSkill: 'Competentie',
  columnRequired: 'Vereist',
  columnCurrent: 'Huidig niveau',
  columnGap: 'Verschil',
  columnMeeting: 'Voldoen',
  columnShortfall: 'Ontbrekende niveaus',
  rowSkillsMet: 'Eisen behaald',
  countOf: (part, whole) => `${n(part)} van ${n(whole)}`,
  notAssessed: 'Niet beoordeeld',
  otherSkills: 'Overige competenties',
  gapBelow: 'onder de eis',
  gapMet: 'voldoet aan de eis',
  gapAbove: 'boven de eis',

  summaryPersonMeets: (person, met, total) =>
    `${person === undefined ? 'Je voldoet' : `${person} voldoet`} aan ${n(met)} van de ${n(total)} ${one(total) ? 'vereiste competentie' : 'vereiste competenties'}`,
  summaryTeamMeets: (meeting, people) =>
    `${n(meeting)} van de ${n(people)} ${one(people) ? 'persoon' : 'personen'} ${one(meeting) ? 'voldoet' : 'voldoen'} aan alle eisen`,
  summaryLargestGaps: (count, list) =>
    one(count) ? `het grootste verschil is ${list}` : `de grootste verschillen zijn ${list}`,
  summaryLargestShortfalls: (count, list) =>
    one(count) ? `het grootste tekort is ${list}` : `de grootste tekorten zijn ${list}`,
  summaryGapItem: (skill, count) => `${skill} (${n(count)} ${one(count) ? 'niveau' : 'niveaus'})`,
  summarySentence: (meets, gaps) => (gaps === undefined ? `${meets}.` : `${meets}; ${gaps}.`),
  levelSetTo: (skill, level) => `${skill}: nu ${level}.`,
  sortedBy: (order) => `Gesorteerd op ${order.toLowerCase()}.`,

  legendTitle: 'Niveaus en symbolen',
  legendDescriptions: 'Wat de niveaus betekenen',

  sortLabel: 'Sorteren op',
  sortByGroup: 'Competentiegebied',
  sortByName: 'Naam',
  sortByGap: 'Grootste verschil',
  sortByCoverage: 'Laagste dekking',
  downloadCsv: 'CSV downloaden',

  editHint: (first, last) =>
    `Druk op ${n(first)} tot en met ${n(last)}, + of − om een niveau te wijzigen, of op Enter voor de lijst met niveaus.`,
  chooseLevel: (skill, person) =>
    person === undefined ? `Jouw niveau in ${skill}` : `Niveau van ${person} in ${skill}`,

  recommendationsTitle: 'Cursussen die deze verschillen wegwerken',
  noRecommendations: 'Nog geen cursus in de catalogus werkt deze verschillen weg.',
  recommendationExplanation: (closed, closedList, narrowed, narrowedList, gaps) => {
    const of = `van ${n(gaps)} ${one(gaps) ? 'verschil' : 'verschillen'}`;
    if (closed === 0) return `verkleint ${n(narrowed)} ${of}: ${narrowedList}`;
    const closing = `werkt ${n(closed)} ${of} weg: ${closedList}`;
    return narrowed === 0 ? closing : `${closing}; verkleint ${n(narrowed)}: ${narrowedList}`;
  },
  gapProgress: (skill, from, to) => `${skill} (${n(from)} → ${n(to)})`,

  noSkills: 'Er valt nog niets te vergelijken: de gegevens bevatten geen competentiekader met competenties.',
  nothingRequired: (required) => `${required} vereist geen competenties uit dit kader.`,
  attributesIgnored: (count) =>
    one(count)
      ? `${n(count)} attribuutwaarde kon niet worden gebruikt:`
      : `${n(count)} attribuutwaarden konden niet worden gebruikt:`,
  unknownFramework: (id) => `er is geen competentiekader met de ID “${id}”`,
  missingCurrent: 'geef de profiel-ID van een persoon op, meerdere gescheiden door spaties, of de ID van een team',
  emptyTeam: (id) => `het team “${id}” heeft geen leden in de gegevens`,
  missingRequired:
    'geef de rol, het programma of de loopbaanstap op om mee te vergelijken: deze personen hebben geen gemeenschappelijke rol',
};

export default skillGapMatrix;
