import type { TrainingModuleTerms } from '../../training-module/training-module.terms.js';

const number = new Intl.NumberFormat('cs');
const n = (value: number) => number.format(value);

const trainingModule: TrainingModuleTerms = {
  moduleTitle: 'Vaše cesta k roli Learning Professional',
  moduleLearner: 'Vy',
  moduleTrackHeading: 'Vyberte svůj další krok',
  moduleGapsHeading: (step) => `Vaše dovednosti pro ${step}`,
  moduleCoursesHeading: 'Kurzy, které doplní vaše mezery',
  moduleSkipToSkills: 'Přejít na vaše dovednosti',
  moduleTrackHint: 'Otevřete krok kariérní dráhy a uvidíte, co vyžaduje; otevřený krok je váš cíl.',
  moduleGapsHint:
    'U každé dovednosti nastavte svou současnou úroveň: číselnými klávesami nebo + a − na úrovni, nebo výběrem ze seznamu.',
  moduleProgressAssessed: (done, total, step) => `Ohodnoceno ${n(done)} z ${n(total)} dovedností pro ${step}`,
  moduleProgressMet: (done, total, step) => `Splněno ${n(done)} z ${n(total)} dovedností pro ${step}`,
  moduleComplete: 'Modul dokončen: výborně.',
  moduleExit: 'Opustit modul',
  moduleReviewMode: 'Režim kontroly: můžete si vše prohlédnout, ale změny se nezaznamenávají.',
  moduleBrowseMode: 'Režim procházení: modul si volně vyzkoušejte; nebude označen jako dokončený.',
  moduleForget: 'Zapomenout mé odpovědi',
  moduleForgetQuestion:
    'Zapomenout všechny úrovně a krok, které jste v tomto modulu zvolili, na tomto zařízení i všude, kde jsou uloženy?',
  moduleForgetConfirm: 'Zapomenout',
  moduleForgetCancel: 'Ponechat',
  moduleForgotten: 'Vaše odpovědi v tomto modulu byly zapomenuty.',
  moduleRecordIgnored: (path) => `Část uložených odpovědí nešla přečíst a byla vynechána: ${path}`,
  moduleUnknownTrack: (id) => `Kariérní dráha „${id}“ v datech není.`,
  moduleUnknownStep: (id) => `Krok „${id}“ na kariérní dráze není.`,
  moduleUnknownPerson: (id) => `Osoba „${id}“ v datech není.`,
  moduleNoTrack: 'Data neobsahují kariérní dráhu, kterou tento modul potřebuje.',
};

export default trainingModule;
