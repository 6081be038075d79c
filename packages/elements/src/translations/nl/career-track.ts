import type { CareerTrackTerms } from '../../career-track/career-track.terms.js';

const plural = new Intl.PluralRules('nl');
const number = new Intl.NumberFormat('nl', { maximumFractionDigits: 1 });
const n = (value: number) => number.format(value);
const one = (count: number) => plural.select(count) === 'one';

const careerTrack: CareerTrackTerms = {
  trackProgressSummary: (person, achieved, total) =>
    `${person ? `${person}: ` : ''}${n(achieved)} van ${n(total)} ${one(total) ? 'stap' : 'stappen'} bereikt`,
  trackStepOf: (position, total) => `Stap ${n(position)} van ${n(total)}`,
  trackStatus: {
    achieved: 'Bereikt',
    current: 'Huidige stap',
    available: 'Beschikbaar',
    optional: 'Optioneel',
    locked: 'Vergrendeld',
  },
  trackRequirementsMet: (met, required) => `${n(met)} van ${n(required)} ${one(required) ? 'eis' : 'eisen'} vervuld`,
  trackNoRequirements: 'Geen vaardigheidseisen',
  trackCredential: (name, kind) => `Kwalificatie: ${name} (${kind})`,
  trackCredentialKind: {
    certificate: 'certificaat',
    'micro-credential': 'microcredential',
    badge: 'badge',
    degree: 'graad',
    attendance: 'bewijs van deelname',
  },
  trackDuration: (duration) => `Duurt meestal ${duration}`,
  trackEffort: (hours, ects, atLeast) => `Studielast: ${atLeast ? 'minstens ' : ''}${n(hours)} uur, ${n(ects)} ECTS`,
  trackEffortUnclosed: (count) => `Geen cursus gevonden voor ${n(count)} ${one(count) ? 'eis' : 'eisen'}`,
  trackPaths: (count) => `${n(count)} paden om uit te kiezen`,
  trackPathOf: (index, count) => `Pad ${n(index)} van ${n(count)}`,
  trackJoins: (steps) => `Bereikbaar via ${steps}`,
  trackContinuesAt: (step) => `Gaat verder bij ${step}`,
  trackStraightTo: (step) => `Rechtstreeks naar ${step}`,
  trackPathEnds: 'Dit pad eindigt hier',
  trackRequirements: 'Eisen',
  trackCourses: 'Cursussen die ertoe leiden',
  trackCredentialHeading: 'Kwalificatie',
  trackLevels: (required, current) => `Vereist: ${required} · Huidig: ${current}`,
  trackNotAssessed: 'niet beoordeeld',
  trackRequirementGap: (levelsBelow) =>
    levelsBelow === 0 ? 'Vervuld' : `${n(levelsBelow)} ${one(levelsBelow) ? 'niveau' : 'niveaus'} te laag`,
  trackNoCourses: 'Voor deze stap zijn geen cursussen vermeld.',
  trackEcts: (ects) => `${n(ects)} ECTS`,
  trackEqf: (level) => `EQF-niveau ${n(level)}`,
  trackAssessment: 'Toetsing:',
  trackStepAchieved: (step) => `Stap bereikt: ${step}`,
  trackNone: 'Er is geen loopbaanpad om te tonen.',
  trackUnknown: (id) => `De gegevens bevatten geen loopbaanpad “${id}” (attribuut track).`,
  trackUnknownPerson: (id) =>
    `De gegevens bevatten geen profiel “${id}” (attribuut current); het pad wordt getoond zonder persoonlijke voortgang.`,
};

export default careerTrack;
