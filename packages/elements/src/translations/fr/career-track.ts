import type { CareerTrackTerms } from '../../career-track/career-track.terms.js';

const plural = new Intl.PluralRules('fr');
const number = new Intl.NumberFormat('fr', { maximumFractionDigits: 1 });
const n = (value: number) => number.format(value);
const one = (count: number) => plural.select(count) === 'one';
// French typography puts a narrow no-break space before a colon or semicolon, and no-break spaces inside guillemets.
const colon = '\u202f:';
const semicolon = '\u202f;';
const quote = (value: string) => `«\u00a0${value}\u00a0»`;

const careerTrack: CareerTrackTerms = {
  trackProgressSummary: (person, achieved, total) =>
    `${person ? `${person}${colon} ` : ''}${n(achieved)} ${one(achieved) ? 'étape validée' : 'étapes validées'} sur ${n(total)}`,
  trackStepOf: (position, total) => `Étape ${n(position)} sur ${n(total)}`,
  trackStatus: {
    achieved: 'Validée',
    current: 'Étape en cours',
    available: 'Accessible',
    optional: 'Facultative',
    locked: 'Verrouillée',
  },
  trackRequirementsMet: (met, required) =>
    `${n(met)} ${one(met) ? 'exigence remplie' : 'exigences remplies'} sur ${n(required)}`,
  trackNoRequirements: 'Aucune compétence exigée',
  trackCredential: (name, kind) => `Certification${colon} ${name} (${kind})`,
  trackCredentialKind: {
    certificate: 'certificat',
    'micro-credential': 'micro-certification',
    badge: 'badge',
    degree: 'diplôme',
    attendance: 'attestation de participation',
  },
  trackDuration: (duration) => `Durée habituelle${colon} ${duration}`,
  trackEffort: (hours, ects, atLeast) =>
    `Charge de travail${colon} ${atLeast ? 'au moins ' : ''}${n(hours)} ${one(hours) ? 'heure' : 'heures'} d’étude, ${n(ects)} ECTS`,
  trackEffortUnclosed: (count) => `Aucun cours trouvé pour ${n(count)} ${one(count) ? 'exigence' : 'exigences'}`,
  trackPaths: (count) => `${n(count)} parcours au choix`,
  trackPathOf: (index, count) => `Parcours ${n(index)} sur ${n(count)}`,
  trackJoins: (steps) => `Accessible depuis ${steps}`,
  trackContinuesAt: (step) => `Se poursuit à l’étape ${step}`,
  trackStraightTo: (step) => `Directement vers ${step}`,
  trackPathEnds: 'Ce parcours s’arrête ici',
  trackRequirements: 'Exigences',
  trackCourses: 'Cours qui y mènent',
  trackCredentialHeading: 'Certification',
  trackLevels: (required, current) => `Requis${colon} ${required} · Actuel${colon} ${current}`,
  trackNotAssessed: 'non évalué',
  trackRequirementGap: (levelsBelow) =>
    levelsBelow === 0 ? 'Remplie' : `${n(levelsBelow)} ${one(levelsBelow) ? 'niveau' : 'niveaux'} en dessous`,
  trackNoCourses: 'Aucun cours n’est indiqué pour cette étape.',
  trackEcts: (ects) => `${n(ects)} ECTS`,
  trackEqf: (level) => `niveau CEC ${n(level)}`,
  trackAssessment: `Évaluation${colon}`,
  trackStepAchieved: (step) => `Étape validée${colon} ${step}`,
  trackNone: 'Aucun parcours professionnel à afficher.',
  trackUnknown: (id) => `Les données ne contiennent aucun parcours professionnel ${quote(id)} (attribut track).`,
  trackUnknownPerson: (id) =>
    `Les données ne contiennent aucun profil ${quote(id)} (attribut current)${semicolon} le parcours est affiché sans progression personnelle.`,
};

export default careerTrack;
