import type { CareerTrackTerms } from '../../career-track/career-track.terms.js';

const plural = new Intl.PluralRules('et');
const number = new Intl.NumberFormat('et', { maximumFractionDigits: 1 });
const n = (value: number) => number.format(value);
const one = (count: number) => plural.select(count) === 'one';

const careerTrack: CareerTrackTerms = {
  trackProgressSummary: (person, achieved, total) =>
    `${person ? `${person}: ` : ''}läbitud samme ${n(achieved)}/${n(total)}`,
  trackStepOf: (position, total) => `Samm ${n(position)}/${n(total)}`,
  trackStatus: {
    achieved: 'Saavutatud',
    current: 'Praegune samm',
    available: 'Avatud',
    optional: 'Valikuline',
    locked: 'Lukus',
  },
  trackRequirementsMet: (met, required) => `Täidetud nõudeid: ${n(met)}/${n(required)}`,
  trackNoRequirements: 'Oskusnõudeid pole',
  trackCredential: (name, kind) => `Tunnistus: ${name} (${kind})`,
  trackCredentialKind: {
    certificate: 'tunnistus',
    'micro-credential': 'mikrokvalifikatsioon',
    badge: 'märk',
    degree: 'kraad',
    attendance: 'osalemistõend',
  },
  trackDuration: (duration) => `Kestab tavaliselt ${duration}`,
  trackEffort: (hours, ects, atLeast) =>
    `Töömaht: ${atLeast ? 'vähemalt ' : ''}${n(hours)} ${one(hours) ? 'tund' : 'tundi'} õpet, ${n(ects)} EAP`,
  trackEffortUnclosed: (count) => `${n(count)} nõude jaoks ei leitud kursust`,
  trackPaths: (count) => `Valida saab ${n(count)} tee vahel`,
  trackPathOf: (index, count) => `Tee ${n(index)}/${n(count)}`,
  trackJoins: (steps) => `Siia jõuab sammudest ${steps}`,
  trackContinuesAt: (step) => `Jätkub sammuga ${step}`,
  trackStraightTo: (step) => `Otse edasi sammuni ${step}`,
  trackPathEnds: 'See tee lõpeb siin',
  trackRequirements: 'Nõuded',
  trackCourses: 'Sinna viivad kursused',
  trackCredentialHeading: 'Tunnistus',
  trackLevels: (required, current) => `Nõutud: ${required} · Praegu: ${current}`,
  trackNotAssessed: 'hindamata',
  trackRequirementGap: (levelsBelow) => (levelsBelow === 0 ? 'Täidetud' : `${n(levelsBelow)} taseme võrra madalam`),
  trackNoCourses: 'Selle sammu jaoks pole kursusi märgitud.',
  trackEcts: (ects) => `${n(ects)} EAP`,
  trackEqf: (level) => `EKR ${n(level)}. tase`,
  trackAssessment: 'Hindamine:',
  trackStepAchieved: (step) => `Samm saavutatud: ${step}`,
  trackNone: 'Kuvatavat karjäärirada pole.',
  trackUnknown: (id) => `Andmetes pole karjäärirada „${id}“ (atribuut track).`,
  trackUnknownPerson: (id) =>
    `Andmetes pole profiili „${id}“ (atribuut current), seega kuvatakse rada ilma isikliku edenemiseta.`,
};

export default careerTrack;
