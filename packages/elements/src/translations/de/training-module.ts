import type { TrainingModuleTerms } from '../../training-module/training-module.terms.js';

const number = new Intl.NumberFormat('de');
const n = (value: number) => number.format(value);

const trainingModule: TrainingModuleTerms = {
  moduleTitle: 'Ihr Weg als Learning Professional',
  moduleLearner: 'Sie',
  moduleTrackHeading: 'Wählen Sie Ihren nächsten Schritt',
  moduleGapsHeading: (step) => `Ihre Kompetenzen für ${step}`,
  moduleCoursesHeading: 'Kurse, die Ihre Lücken schließen',
  moduleSkipToSkills: 'Weiter zu Ihren Kompetenzen',
  moduleTrackHint:
    'Öffnen Sie einen Schritt des Karrierepfads, um zu sehen, was er verlangt; der geöffnete Schritt ist Ihr Ziel.',
  moduleGapsHint:
    'Geben Sie Ihr aktuelles Niveau je Kompetenz an: mit den Zifferntasten oder + und − auf einem Niveau, oder aus der Liste.',
  moduleProgressAssessed: (done, total, step) => `${n(done)} von ${n(total)} Kompetenzen für ${step} eingeschätzt`,
  moduleProgressMet: (done, total, step) => `${n(done)} von ${n(total)} Kompetenzen für ${step} erfüllt`,
  moduleComplete: 'Modul abgeschlossen: gut gemacht.',
  moduleExit: 'Modul verlassen',
  moduleReviewMode: 'Überprüfungsmodus: Sie können alles ansehen, Änderungen werden aber nicht erfasst.',
  moduleBrowseMode: 'Ansichtsmodus: Probieren Sie das Modul frei aus; es wird nicht als abgeschlossen gewertet.',
  moduleForget: 'Meine Antworten vergessen',
  moduleForgetQuestion:
    'Alle Niveaus und den Schritt, die Sie in diesem Modul gewählt haben, auf diesem Gerät und überall, wo sie gespeichert sind, vergessen?',
  moduleForgetConfirm: 'Vergessen',
  moduleForgetCancel: 'Behalten',
  moduleForgotten: 'Ihre Antworten in diesem Modul wurden vergessen.',
  moduleRecordIgnored: (path) =>
    `Ein Teil Ihrer gespeicherten Antworten war nicht lesbar und wurde ausgelassen: ${path}`,
  moduleUnknownTrack: (id) => `Der Karrierepfad „${id}“ ist nicht in den Daten.`,
  moduleUnknownStep: (id) => `Der Schritt „${id}“ ist nicht auf dem Karrierepfad.`,
  moduleUnknownPerson: (id) => `Die Person „${id}“ ist nicht in den Daten.`,
  moduleNoTrack: 'Die Daten enthalten keinen Karrierepfad, den dieses Modul braucht.',
};

export default trainingModule;
