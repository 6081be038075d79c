import type { TrainingModuleTerms } from '../../training-module/training-module.terms.js';

const number = new Intl.NumberFormat('da');
const n = (value: number) => number.format(value);

const trainingModule: TrainingModuleTerms = {
  moduleTitle: 'Din vej som Learning Professional',
  moduleLearner: 'Dig',
  moduleTrackHeading: 'Vælg dit næste trin',
  moduleGapsHeading: (step) => `Dine kompetencer til ${step}`,
  moduleCoursesHeading: 'Kurser, der lukker dine huller',
  moduleSkipToSkills: 'Spring til dine kompetencer',
  moduleTrackHint: 'Åbn et trin på karrierevejen for at se, hvad det kræver; det trin, du åbner, er dit mål.',
  moduleGapsHint:
    'Angiv dit nuværende niveau i hver kompetence: med taltasterne eller + og − på et niveau, eller ved at vælge på listen.',
  moduleProgressAssessed: (done, total, step) => `${n(done)} af ${n(total)} kompetencer til ${step} vurderet`,
  moduleProgressMet: (done, total, step) => `${n(done)} af ${n(total)} kompetencer til ${step} opfyldt`,
  moduleComplete: 'Modulet er gennemført: godt gået.',
  moduleExit: 'Forlad modulet',
  moduleReviewMode: 'Gennemsynstilstand: du kan se alt, men ændringer registreres ikke.',
  moduleBrowseMode: 'Prøvetilstand: prøv modulet frit; det markeres ikke som gennemført.',
  moduleForget: 'Glem mine svar',
  moduleForgetQuestion:
    'Glem alle niveauer og det trin, du valgte i dette modul, på denne enhed og overalt, hvor de er gemt?',
  moduleForgetConfirm: 'Glem dem',
  moduleForgetCancel: 'Behold dem',
  moduleForgotten: 'Dine svar i dette modul er glemt.',
  moduleRecordIgnored: (path) => `En del af dine gemte svar kunne ikke læses og blev udeladt: ${path}`,
  moduleUnknownTrack: (id) => `Karrierevejen “${id}” findes ikke i dataene.`,
  moduleUnknownStep: (id) => `Trinnet “${id}” findes ikke på karrierevejen.`,
  moduleUnknownPerson: (id) => `Personen “${id}” findes ikke i dataene.`,
  moduleNoTrack: 'Dataene har ingen karrierevej, som dette modul har brug for.',
};

export default trainingModule;
