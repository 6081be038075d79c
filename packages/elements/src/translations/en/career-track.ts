import type { CareerTrackTerms } from '../../career-track/career-track.terms.js';

const plural = new Intl.PluralRules('en');
const number = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
const counted = (count: number, one: string, other: string) =>
  `${number.format(count)} ${plural.select(count) === 'one' ? one : other}`;

const careerTrack: CareerTrackTerms = {
  trackProgressSummary: (person, achieved, total) =>
    `${person ? `${person}: ` : ''}${number.format(achieved)} of ${counted(total, 'step', 'steps')} achieved`,
  trackStepOf: (position, total) => `Step ${number.format(position)} of ${number.format(total)}`,
  trackStatus: {
    achieved: 'Achieved',
    current: 'Current step',
    available: 'Available',
    optional: 'Optional',
    locked: 'Locked',
  },
  trackRequirementsMet: (met, required) =>
    `${number.format(met)} of ${counted(required, 'requirement', 'requirements')} met`,
  trackNoRequirements: 'No skill requirements',
  trackCredential: (name, kind) => `Credential: ${name} (${kind})`,
  trackCredentialKind: {
    certificate: 'certificate',
    'micro-credential': 'micro-credential',
    badge: 'badge',
    degree: 'degree',
    attendance: 'certificate of attendance',
  },
  trackDuration: (duration) => `Usually takes ${duration}`,
  trackEffort: (hours, ects, atLeast) =>
    `Effort: ${atLeast ? 'at least ' : ''}${counted(hours, 'hour', 'hours')} of study, ${number.format(ects)} ECTS`,
  trackEffortUnclosed: (count) =>
    plural.select(count) === 'one'
      ? 'No course found for 1 requirement'
      : `No course found for ${number.format(count)} requirements`,
  trackPaths: (count) => `${number.format(count)} paths to choose from`,
  trackPathOf: (index, count) => `Path ${number.format(index)} of ${number.format(count)}`,
  trackJoins: (steps) => `Reached from ${steps}`,
  trackContinuesAt: (step) => `Continues at ${step}`,
  trackStraightTo: (step) => `Straight on to ${step}`,
  trackPathEnds: 'This path ends here',
  trackRequirements: 'Requirements',
  trackCourses: 'Courses that lead there',
  trackCredentialHeading: 'Credential',
  trackLevels: (required, current) => `Required: ${required} · Current: ${current}`,
  trackNotAssessed: 'not assessed',
  trackRequirementGap: (levelsBelow) =>
    levelsBelow === 0 ? 'Met' : `${counted(levelsBelow, 'level', 'levels')} below`,
  trackNoCourses: 'No courses are listed for this step.',
  trackEcts: (ects) => `${number.format(ects)} ECTS`,
  trackEqf: (level) => `EQF level ${number.format(level)}`,
  trackAssessment: 'Assessment:',
  trackStepAchieved: (step) => `Step achieved: ${step}`,
  trackNone: 'There is no career track to show.',
  trackUnknown: (id) => `The data has no career track "${id}" (attribute track).`,
  trackUnknownPerson: (id) =>
    `The data has no profile "${id}" (attribute current), so the track is shown without personal progress.`,
};

export default careerTrack;
