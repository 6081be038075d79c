import type { TrainingModuleTerms } from '../../training-module/training-module.terms.js';

const number = new Intl.NumberFormat('en');
const n = (value: number) => number.format(value);

const trainingModule: TrainingModuleTerms = {
  moduleTitle: 'Your path as a Learning Professional',
  moduleLearner: 'You',
  moduleTrackHeading: 'Choose your next step',
  moduleGapsHeading: (step) => `Your skills for ${step}`,
  moduleCoursesHeading: 'Courses that close your gaps',
  moduleSkipToSkills: 'Skip to your skills',
  moduleTrackHint:
    'Open a step of the career track to see what it requires; the step you open is the one you work towards.',
  moduleGapsHint:
    'Set your current level in each skill: with the number keys or + and − on a level, or by choosing from the list.',
  moduleProgressAssessed: (done, total, step) => `${n(done)} of ${n(total)} skills for ${step} assessed`,
  moduleProgressMet: (done, total, step) => `${n(done)} of ${n(total)} skills for ${step} met`,
  moduleComplete: 'Module completed: well done.',
  moduleExit: 'Exit module',
  moduleReviewMode: 'Review mode: you can look at everything, but changes are not recorded.',
  moduleBrowseMode: 'Browse mode: try the module freely; it is not marked as completed.',
  moduleForget: 'Forget my answers',
  moduleForgetQuestion:
    'Forget every level and step you chose in this module, on this device and wherever they are saved?',
  moduleForgetConfirm: 'Forget them',
  moduleForgetCancel: 'Keep them',
  moduleForgotten: 'Your answers in this module were forgotten.',
  moduleRecordIgnored: (path) => `Part of your saved answers could not be read and was left out: ${path}`,
  moduleUnknownTrack: (id) => `The track “${id}” is not in the data.`,
  moduleUnknownStep: (id) => `The step “${id}” is not on the track.`,
  moduleUnknownPerson: (id) => `The person “${id}” is not in the data.`,
  moduleNoTrack: 'The data has no career track, which this module needs.',
};

export default trainingModule;
