import type { TrainingModuleTerms } from '../../training-module/training-module.terms.js';

const number = new Intl.NumberFormat('nl');
const n = (value: number) => number.format(value);

const trainingModule: TrainingModuleTerms = {
  moduleTitle: 'Jouw weg als Learning Professional',
  moduleLearner: 'Jij',
  moduleTrackHeading: 'Kies je volgende stap',
  moduleGapsHeading: (step) => `Jouw vaardigheden voor ${step}`,
  moduleCoursesHeading: 'Cursussen die je tekorten wegwerken',
  moduleSkipToSkills: 'Ga naar je vaardigheden',
  moduleTrackHint: 'Open een stap van het loopbaanpad om te zien wat die vraagt; de stap die je opent is je doel.',
  moduleGapsHint:
    'Geef per vaardigheid je huidige niveau aan: met de cijfertoetsen of + en − op een niveau, of kies uit de lijst.',
  moduleProgressAssessed: (done, total, step) => `${n(done)} van ${n(total)} vaardigheden voor ${step} ingeschat`,
  moduleProgressMet: (done, total, step) => `${n(done)} van ${n(total)} vaardigheden voor ${step} behaald`,
  moduleComplete: 'Module afgerond: goed gedaan.',
  moduleExit: 'Module verlaten',
  moduleReviewMode: 'Terugkijkmodus: je kunt alles bekijken, maar wijzigingen worden niet vastgelegd.',
  moduleBrowseMode: 'Verkenmodus: probeer de module vrij uit; hij wordt niet als afgerond gemarkeerd.',
  moduleForget: 'Mijn antwoorden vergeten',
  moduleForgetQuestion:
    'Alle niveaus en de stap die je in deze module koos vergeten, op dit apparaat en overal waar ze zijn opgeslagen?',
  moduleForgetConfirm: 'Vergeten',
  moduleForgetCancel: 'Bewaren',
  moduleForgotten: 'Je antwoorden in deze module zijn vergeten.',
  moduleRecordIgnored: (path) => `Een deel van je opgeslagen antwoorden was onleesbaar en is weggelaten: ${path}`,
  moduleUnknownTrack: (id) => `Het loopbaanpad ‘${id}’ staat niet in de gegevens.`,
  moduleUnknownStep: (id) => `De stap ‘${id}’ staat niet op het loopbaanpad.`,
  moduleUnknownPerson: (id) => `De persoon ‘${id}’ staat niet in de gegevens.`,
  moduleNoTrack: 'De gegevens bevatten geen loopbaanpad, dat deze module nodig heeft.',
};

export default trainingModule;
