import type { TrainingModuleTerms } from '../../training-module/training-module.terms.js';

const number = new Intl.NumberFormat('et');
const n = (value: number) => number.format(value);

const trainingModule: TrainingModuleTerms = {
  moduleTitle: 'Sinu tee Learning Professionalina',
  moduleLearner: 'Sina',
  moduleTrackHeading: 'Vali oma järgmine samm',
  moduleGapsHeading: (step) => `Sinu oskused sammu ${step} jaoks`,
  moduleCoursesHeading: 'Kursused, mis katavad sinu lüngad',
  moduleSkipToSkills: 'Liigu oma oskuste juurde',
  moduleTrackHint: 'Ava karjääriraja samm, et näha, mida see nõuab; avatud samm on sinu eesmärk.',
  moduleGapsHint:
    'Märgi iga oskuse juures oma praegune tase: numbriklahvidega või + ja − tasemel või loendist valides.',
  moduleProgressAssessed: (done, total, step) => `Sammu ${step} ${n(total)} oskusest ${n(done)} hinnatud`,
  moduleProgressMet: (done, total, step) => `Sammu ${step} ${n(total)} oskusest ${n(done)} täidetud`,
  moduleComplete: 'Moodul on läbitud: tubli.',
  moduleExit: 'Lahku moodulist',
  moduleReviewMode: 'Ülevaatusrežiim: näed kõike, kuid muudatusi ei salvestata.',
  moduleBrowseMode: 'Sirvimisrežiim: proovi moodulit vabalt; seda ei märgita läbituks.',
  moduleForget: 'Unusta minu vastused',
  moduleForgetQuestion:
    'Kas unustada kõik selles moodulis valitud tasemed ja samm nii selles seadmes kui ka kõikjal, kuhu need on salvestatud?',
  moduleForgetConfirm: 'Unusta',
  moduleForgetCancel: 'Jäta alles',
  moduleForgotten: 'Sinu vastused selles moodulis on unustatud.',
  moduleRecordIgnored: (path) => `Osa salvestatud vastustest ei olnud loetav ja jäeti välja: ${path}`,
  moduleUnknownTrack: (id) => `Karjäärirada „${id}“ puudub andmetest.`,
  moduleUnknownStep: (id) => `Sammu „${id}“ pole karjäärirajal.`,
  moduleUnknownPerson: (id) => `Isikut „${id}“ pole andmetes.`,
  moduleNoTrack: 'Andmetes pole karjäärirada, mida see moodul vajab.',
};

export default trainingModule;
