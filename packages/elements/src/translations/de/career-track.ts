import type { CareerTrackTerms } from '../../career-track/career-track.terms.js';

const plural = new Intl.PluralRules('de');
const number = new Intl.NumberFormat('de', { maximumFractionDigits: 1 });
const n = (value: number) => number.format(value);
const one = (count: number) => plural.select(count) === 'one';

const careerTrack: CareerTrackTerms = {
  trackProgressSummary: (person, achieved, total) =>
    `${person ? `${person}: ` : ''}${n(achieved)} von ${n(total)} ${one(total) ? 'Schritt' : 'Schritten'} erreicht`,
  trackStepOf: (position, total) => `Schritt ${n(position)} von ${n(total)}`,
  trackStatus: {
    achieved: 'Erreicht',
    current: 'Aktueller Schritt',
    available: 'Offen',
    optional: 'Optional',
    locked: 'Gesperrt',
  },
  trackRequirementsMet: (met, required) =>
    `${n(met)} von ${n(required)} ${one(required) ? 'Anforderung' : 'Anforderungen'} erfüllt`,
  trackNoRequirements: 'Keine Kompetenzanforderungen',
  trackCredential: (name, kind) => `Nachweis: ${name} (${kind})`,
  trackCredentialKind: {
    certificate: 'Zertifikat',
    'micro-credential': 'Micro-Credential',
    badge: 'Badge',
    degree: 'Studienabschluss',
    attendance: 'Teilnahmebescheinigung',
  },
  trackDuration: (duration) => `Dauer: in der Regel ${duration}`,
  trackEffort: (hours, ects, atLeast) =>
    `Aufwand: ${atLeast ? 'mindestens ' : ''}${n(hours)} ${one(hours) ? 'Stunde' : 'Stunden'} Lernzeit, ${n(ects)} ECTS`,
  trackEffortUnclosed: (count) =>
    one(count)
      ? 'Für 1 Anforderung wurde kein Kurs gefunden'
      : `Für ${n(count)} Anforderungen wurde kein Kurs gefunden`,
  trackPaths: (count) => `${n(count)} Wege zur Auswahl`,
  trackPathOf: (index, count) => `Weg ${n(index)} von ${n(count)}`,
  trackJoins: (steps) => `Erreichbar über ${steps}`,
  trackContinuesAt: (step) => `Weiter bei ${step}`,
  trackStraightTo: (step) => `Direkt weiter zu ${step}`,
  trackPathEnds: 'Dieser Weg endet hier',
  trackRequirements: 'Anforderungen',
  trackCourses: 'Kurse, die dorthin führen',
  trackCredentialHeading: 'Nachweis',
  trackLevels: (required, current) => `Gefordert: ${required} · Aktuell: ${current}`,
  trackNotAssessed: 'nicht eingeschätzt',
  trackRequirementGap: (levelsBelow) =>
    levelsBelow === 0 ? 'Erfüllt' : `${n(levelsBelow)} ${one(levelsBelow) ? 'Stufe' : 'Stufen'} darunter`,
  trackNoCourses: 'Für diesen Schritt sind keine Kurse angegeben.',
  trackEcts: (ects) => `${n(ects)} ECTS`,
  trackEqf: (level) => `EQR-Niveau ${n(level)}`,
  trackAssessment: 'Prüfungsform:',
  trackStepAchieved: (step) => `Schritt erreicht: ${step}`,
  trackNone: 'Es gibt keinen Karrierepfad, der angezeigt werden kann.',
  trackUnknown: (id) => `Die Daten enthalten keinen Karrierepfad „${id}“ (Attribut track).`,
  trackUnknownPerson: (id) =>
    `Die Daten enthalten kein Profil „${id}“ (Attribut current); der Pfad wird ohne persönlichen Fortschritt angezeigt.`,
};

export default careerTrack;
