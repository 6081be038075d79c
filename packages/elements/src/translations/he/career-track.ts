import type { CareerTrackTerms } from '../../career-track/career-track.terms.js';
import { isolate } from './base.js';

const plural = new Intl.PluralRules('he');
const number = new Intl.NumberFormat('he', { maximumFractionDigits: 1 });
const n = (value: number) => number.format(value);
/** Hebrew counts one and two with words of their own: שעה אחת, שעתיים, 5 שעות. */
const counted = (count: number, one: string, two: string, other: (shown: string) => string) => {
  const rule = plural.select(count);
  if (rule === 'one') return one;
  if (rule === 'two') return two;
  return other(n(count));
};

const careerTrack: CareerTrackTerms = {
  trackProgressSummary: (person, achieved, total) =>
    `${person ? `${isolate(person)}: ` : ''}הושלמו ${n(achieved)} מתוך ${n(total)} שלבים`,
  trackStepOf: (position, total) => `שלב ${n(position)} מתוך ${n(total)}`,
  trackStatus: {
    achieved: 'הושג',
    current: 'השלב הנוכחי',
    available: 'פתוח',
    optional: 'רשות',
    locked: 'נעול',
  },
  trackRequirementsMet: (met, required) => `מולאו ${n(met)} מתוך ${n(required)} דרישות`,
  trackNoRequirements: 'אין דרישות מיומנות',
  trackCredential: (name, kind) => `הסמכה: ${isolate(name)} (${kind})`,
  trackCredentialKind: {
    certificate: 'תעודה',
    'micro-credential': 'מיקרו־תעודה',
    badge: 'תג',
    degree: 'תואר',
    attendance: 'אישור השתתפות',
  },
  trackDuration: (duration) => `משך אופייני: ${duration}`,
  trackEffort: (hours, ects, atLeast) =>
    `היקף: ${atLeast ? 'לפחות ' : ''}${counted(hours, 'שעת לימוד אחת', 'שעתיים של לימוד', (shown) => `${shown} שעות לימוד`)}, ${n(ects)} נקודות ECTS`,
  trackEffortUnclosed: (count) =>
    counted(count, 'לא נמצא קורס לדרישה אחת', 'לא נמצא קורס לשתי דרישות', (shown) => `לא נמצא קורס ל־${shown} דרישות`),
  trackPaths: (count) => counted(count, 'מסלול אחד לבחירה', 'שני מסלולים לבחירה', (shown) => `${shown} מסלולים לבחירה`),
  trackPathOf: (index, count) => `מסלול ${n(index)} מתוך ${n(count)}`,
  // The element isolates each step's name inside the list.
  trackJoins: (steps) => `מגיעים לכאן מ: ${steps}`,
  trackContinuesAt: (step) => `ממשיך בשלב ${isolate(step)}`,
  trackStraightTo: (step) => `ישירות אל ${isolate(step)}`,
  trackPathEnds: 'המסלול מסתיים כאן',
  trackRequirements: 'דרישות',
  trackCourses: 'קורסים שמובילים לשם',
  trackCredentialHeading: 'הסמכה',
  trackLevels: (required, current) => `נדרש: ${isolate(required)} · נוכחי: ${isolate(current)}`,
  trackNotAssessed: 'לא הוערך',
  trackRequirementGap: (levelsBelow) =>
    levelsBelow === 0
      ? 'מולאה'
      : counted(levelsBelow, 'רמה אחת מתחת', 'שתי רמות מתחת', (shown) => `${shown} רמות מתחת`),
  trackNoCourses: 'לא צוינו קורסים לשלב הזה.',
  trackEcts: (ects) => counted(ects, 'נקודת ECTS אחת', '2 נקודות ECTS', (shown) => `${shown} נקודות ECTS`),
  trackEqf: (level) => `רמת EQF ${n(level)}`,
  trackAssessment: 'הערכה:',
  trackStepAchieved: (step) => `שלב הושג: ${isolate(step)}`,
  trackNone: 'אין מסלול קריירה להצגה.',
  trackUnknown: (id) => `בנתונים אין מסלול קריירה "${isolate(id)}" (המאפיין track).`,
  trackUnknownPerson: (id) =>
    `בנתונים אין פרופיל "${isolate(id)}" (המאפיין current), ולכן המסלול מוצג ללא התקדמות אישית.`,
};

export default careerTrack;
