import type { TrainingModuleTerms } from '../../training-module/training-module.terms.js';

const number = new Intl.NumberFormat('fr');
const plural = new Intl.PluralRules('fr');
const s = (count: number) => (plural.select(count) === 'one' ? '' : 's');
const n = (value: number) => number.format(value);

const trainingModule: TrainingModuleTerms = {
  moduleTitle: 'Votre parcours de Learning Professional',
  moduleLearner: 'Vous',
  moduleTrackHeading: 'Choisissez votre prochaine étape',
  moduleGapsHeading: (step) => `Vos compétences pour ${step}`,
  moduleCoursesHeading: 'Les cours qui comblent vos écarts',
  moduleSkipToSkills: 'Aller à vos compétences',
  moduleTrackHint:
    'Ouvrez une étape du parcours pour voir ce qu’elle demande ; l’étape ouverte devient votre objectif.',
  moduleGapsHint:
    'Indiquez votre niveau actuel pour chaque compétence : touches numériques ou + et − sur un niveau, ou choix dans la liste.',
  moduleProgressAssessed: (done, total, step) =>
    `${n(done)} compétence${s(done)} sur ${n(total)} évaluée${s(done)} pour ${step}`,
  moduleProgressMet: (done, total, step) =>
    `${n(done)} compétence${s(done)} sur ${n(total)} atteinte${s(done)} pour ${step}`,
  moduleComplete: 'Module terminé : bravo.',
  moduleExit: 'Quitter le module',
  moduleReviewMode: 'Mode revue : vous pouvez tout consulter, mais les modifications ne sont pas enregistrées.',
  moduleBrowseMode: 'Mode découverte : essayez librement le module ; il n’est pas marqué comme terminé.',
  moduleForget: 'Oublier mes réponses',
  moduleForgetQuestion:
    'Oublier tous les niveaux et l’étape choisis dans ce module, sur cet appareil et partout où ils sont enregistrés ?',
  moduleForgetConfirm: 'Oublier',
  moduleForgetCancel: 'Conserver',
  moduleForgotten: 'Vos réponses dans ce module ont été oubliées.',
  moduleRecordIgnored: (path) => `Une partie de vos réponses enregistrées était illisible et a été ignorée : ${path}`,
  moduleUnknownTrack: (id) => `Le parcours «\u202f${id}\u202f» ne figure pas dans les données.`,
  moduleUnknownStep: (id) => `L’étape «\u202f${id}\u202f» ne figure pas dans le parcours.`,
  moduleUnknownPerson: (id) => `La personne «\u202f${id}\u202f» ne figure pas dans les données.`,
  moduleNoTrack: 'Les données ne contiennent aucun parcours de carrière, nécessaire à ce module.',
};

export default trainingModule;
