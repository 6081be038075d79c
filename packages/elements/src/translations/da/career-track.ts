import type { CareerTrackTerms } from '../../career-track/career-track.terms.js';

const plural = new Intl.PluralRules('da');
const number = new Intl.NumberFormat('da', { maximumFractionDigits: 1 });
const n = (value: number) => number.format(value);
const one = (count: number) => plural.select(count) === 'one';

const careerTrack: CareerTrackTerms = {
  trackProgressSummary: (person, achieved, total) =>
    `${person ? `${person}: ` : ''}${n(achieved)} af ${n(total)} trin nået`,
  trackStepOf: (position, total) => `Trin ${n(position)} af ${n(total)}`,
  trackStatus: {
    achieved: 'Nået',
    current: 'Nuværende trin',
    available: 'Åbent',
    optional: 'Valgfrit',
    locked: 'Låst',
  },
  trackRequirementsMet: (met, required) => `${n(met)} af ${n(required)} krav opfyldt`,
  trackNoRequirements: 'Ingen kompetencekrav',
  trackCredential: (name, kind) => `Bevis: ${name} (${kind})`,
  trackCredentialKind: {
    certificate: 'certifikat',
    'micro-credential': 'mikrobevis',
    badge: 'badge',
    degree: 'akademisk grad',
    attendance: 'deltagerbevis',
  },
  trackDuration: (duration) => `Tager normalt ${duration}`,
  trackEffort: (hours, ects, atLeast) =>
    `Arbejdsindsats: ${atLeast ? 'mindst ' : ''}${n(hours)} ${one(hours) ? 'time' : 'timer'}, ${n(ects)} ECTS`,
  trackEffortUnclosed: (count) => `Intet kursus fundet til ${n(count)} krav`,
  trackPaths: (count) => `${n(count)} veje at vælge imellem`,
  trackPathOf: (index, count) => `Vej ${n(index)} af ${n(count)}`,
  trackJoins: (steps) => `Nås fra ${steps}`,
  trackContinuesAt: (step) => `Fortsætter ved ${step}`,
  trackStraightTo: (step) => `Direkte videre til ${step}`,
  trackPathEnds: 'Denne vej slutter her',
  trackRequirements: 'Krav',
  trackCourses: 'Kurser, der fører dertil',
  trackCredentialHeading: 'Bevis',
  trackLevels: (required, current) => `Krævet: ${required} · Nuværende: ${current}`,
  trackNotAssessed: 'ikke vurderet',
  trackRequirementGap: (levelsBelow) =>
    levelsBelow === 0 ? 'Opfyldt' : `${n(levelsBelow)} ${one(levelsBelow) ? 'niveau' : 'niveauer'} under`,
  trackNoCourses: 'Der er ikke angivet kurser til dette trin.',
  trackEcts: (ects) => `${n(ects)} ECTS`,
  trackEqf: (level) => `EQF-niveau ${n(level)}`,
  trackAssessment: 'Bedømmelse:',
  trackStepAchieved: (step) => `Trin nået: ${step}`,
  trackNone: 'Der er ingen karrierevej at vise.',
  trackUnknown: (id) => `Dataene indeholder ingen karrierevej »${id}« (attributten track).`,
  trackUnknownPerson: (id) =>
    `Dataene indeholder ingen profil »${id}« (attributten current), så karrierevejen vises uden personlige fremskridt.`,
};

export default careerTrack;
