import type { SkillGapMatrixTerms } from '../../skill-gap-matrix/skill-gap-matrix.terms.js';

const plural = new Intl.PluralRules('de');
const number = new Intl.NumberFormat('de');
const one = (count: number) => plural.select(count) === 'one';
const n = (count: number) => number.format(count);
const levels = (count: number) => `${n(count)} ${one(count) ? 'Stufe' : 'Stufen'}`;

const skillGapMatrix: SkillGapMatrixTerms = {
  matrixName: 'Kompetenzlücken',
  personCaption: (person, required) => `${person} im Vergleich mit ${required}`,
  teamCaption: (team, people, required) =>
    `${team ?? 'Team'} (${n(people)} ${one(people) ? 'Person' : 'Personen'}) im Vergleich mit ${required ?? 'dem Bedarf des Teams'}`,

  columnSkill: 'Kompetenz',
  columnRequired: 'Gefordert',
  columnCurrent: 'Aktuelle Stufe',
  columnGap: 'Abstand',
  columnMeeting: 'Erfüllen es',
  columnShortfall: 'Fehlende Stufen',
  rowSkillsMet: 'Erfüllte Anforderungen',
  countOf: (part, whole) => `${n(part)} von ${n(whole)}`,
  notAssessed: 'Nicht eingeschätzt',
  otherSkills: 'Weitere Kompetenzen',
  gapBelow: 'unter der Anforderung',
  gapMet: 'erfüllt die Anforderung',
  gapAbove: 'über der Anforderung',

  summaryPersonMeets: (person, met, total) =>
    `${person === undefined ? 'Sie erfüllen' : `${person} erfüllt`} ${n(met)} von ${n(total)} ${one(total) ? 'geforderten Kompetenz' : 'geforderten Kompetenzen'}`,
  summaryTeamMeets: (meeting, people) =>
    `${n(meeting)} von ${n(people)} ${one(people) ? 'Person' : 'Personen'} ${one(meeting) ? 'erfüllt' : 'erfüllen'} alle Anforderungen`,
  summaryLargestGaps: (count, list) =>
    one(count) ? `die größte Lücke ist ${list}` : `die größten Lücken sind ${list}`,
  summaryLargestShortfalls: (count, list) =>
    one(count) ? `der größte Rückstand ist ${list}` : `die größten Rückstände sind ${list}`,
  summaryGapItem: (skill, count) => `${skill} (${levels(count)})`,
  summarySentence: (meets, gaps) => (gaps === undefined ? `${meets}.` : `${meets}; ${gaps}.`),
  levelSetTo: (skill, level) => `${skill}: jetzt ${level}.`,
  sortedBy: (order) => `Sortierung: ${order}.`,

  legendTitle: 'Stufen und Symbole',
  legendDescriptions: 'Was die Stufen bedeuten',

  sortLabel: 'Sortieren nach',
  sortByGroup: 'Kompetenzbereich',
  sortByName: 'Name',
  sortByGap: 'Größte Lücke',
  sortByCoverage: 'Geringste Abdeckung',
  downloadCsv: 'CSV herunterladen',

  editHint: (first, last) =>
    `Eine Stufe ändern Sie mit den Tasten ${n(first)} bis ${n(last)}, + oder −; die Eingabetaste öffnet die Liste der Stufen.`,
  chooseLevel: (skill, person) => (person === undefined ? `Ihre Stufe in ${skill}` : `Stufe von ${person} in ${skill}`),

  recommendationsTitle: 'Kurse, die diese Lücken schließen',
  noRecommendations: 'Noch schließt kein Kurs im Katalog diese Lücken.',
  recommendationExplanation: (closed, closedList, narrowed, narrowedList, gaps) => {
    const of = `von ${n(gaps)} ${one(gaps) ? 'Lücke' : 'Lücken'}`;
    if (closed === 0) return `verkleinert ${n(narrowed)} ${of}: ${narrowedList}`;
    const closing = `schließt ${n(closed)} ${of}: ${closedList}`;
    return narrowed === 0 ? closing : `${closing}; verkleinert ${n(narrowed)}: ${narrowedList}`;
  },
  gapProgress: (skill, from, to) => `${skill} (${n(from)} → ${n(to)})`,

  noSkills: 'Noch gibt es nichts zu vergleichen: Die Daten enthalten keinen Kompetenzrahmen mit Kompetenzen.',
  nothingRequired: (required) => `${required} fordert keine Kompetenz dieses Kompetenzrahmens.`,
  attributesIgnored: (count) =>
    one(count)
      ? '1 Attributwert konnte nicht verwendet werden:'
      : `${n(count)} Attributwerte konnten nicht verwendet werden:`,
  unknownFramework: (id) => `Es gibt keinen Kompetenzrahmen mit der ID „${id}“`,
  missingCurrent:
    'Geben Sie die Profil-ID einer Person an, mehrere durch Leerzeichen getrennt, oder die ID eines Teams',
  emptyTeam: (id) => `Das Team „${id}“ hat in den Daten keine Mitglieder`,
  missingRequired:
    'Geben Sie die Rolle, das Programm oder den Karriereschritt an, mit dem verglichen werden soll: Die Personen haben keine gemeinsame Rolle',
};

export default skillGapMatrix;
