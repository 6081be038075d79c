import type { SkillGapMatrixTerms } from '../../skill-gap-matrix/skill-gap-matrix.terms.js';
import { isolate } from './base.js';

const plural = new Intl.PluralRules('he');
const number = new Intl.NumberFormat('he');
const n = (count: number) => number.format(count);
const counted = (count: number, one: string, two: string, other: (shown: string) => string) => {
  const form = plural.select(count);
  if (form === 'one') return one;
  if (form === 'two') return two;
  return other(n(count));
};
/** A range of keys stays "1–5" left to right; without the isolate a right-to-left line shows "5–1". */
const range = (first: number, last: number) => `\u2066${n(first)}–${n(last)}\u2069`;

const skillGapMatrix: SkillGapMatrixTerms = {
  matrixName: 'פערי מיומנויות',
  personCaption: (person, required) => `${isolate(person)} לעומת ${isolate(required)}`,
  teamCaption: (team, people, required) =>
    `${team === undefined ? 'הצוות' : isolate(team)} (${counted(people, 'אדם אחד', 'שני אנשים', (shown) => `${shown} אנשים`)}) ${required === undefined ? 'לעומת צורכי הצוות' : `לעומת ${isolate(required)}`}`,

  columnSkill: 'מיומנות',
  columnRequired: 'נדרש',
  columnCurrent: 'רמה נוכחית',
  columnGap: 'פער',
  columnMeeting: 'עומדים בדרישה',
  columnShortfall: 'רמות חסרות',
  rowSkillsMet: 'דרישות שמולאו',
  countOf: (part, whole) => `${n(part)} מתוך ${n(whole)}`,
  notAssessed: 'לא הוערך',
  otherSkills: 'מיומנויות נוספות',
  gapBelow: 'מתחת לדרישה',
  gapMet: 'עומד בדרישה',
  gapAbove: 'מעל הדרישה',

  summaryPersonMeets: (person, met, total) => {
    const whose = person === undefined ? 'הרמה שלך' : `הרמה של ${isolate(person)}`;
    const of = plural.select(total) === 'one' ? 'מתוך מיומנות נדרשת אחת' : `מתוך ${n(total)} מיומנויות נדרשות`;
    return `${whose} עונה על הדרישה ב־${n(met)} ${of}`;
  },
  summaryTeamMeets: (meeting, people) =>
    plural.select(meeting) === 'one'
      ? `אדם אחד מתוך ${n(people)} עומד בכל הדרישות`
      : `${n(meeting)} מתוך ${n(people)} אנשים עומדים בכל הדרישות`,
  summaryLargestGaps: (count, list) =>
    plural.select(count) === 'one' ? `הפער הגדול ביותר: ${list}` : `הפערים הגדולים ביותר: ${list}`,
  summaryLargestShortfalls: (count, list) =>
    plural.select(count) === 'one' ? `החוסר הגדול ביותר: ${list}` : `החוסרים הגדולים ביותר: ${list}`,
  summaryGapItem: (skill, count) =>
    `${isolate(skill)} (${counted(count, 'רמה אחת', 'שתי רמות', (shown) => `${shown} רמות`)})`,
  summarySentence: (meets, gaps) => (gaps === undefined ? `${meets}.` : `${meets}; ${gaps}.`),
  levelSetTo: (skill, level) => `${isolate(skill)}: כעת ${isolate(level)}.`,
  sortedBy: (order) => `מיון: ${order}.`,

  legendTitle: 'רמות וסמלים',
  legendDescriptions: 'מה המשמעות של כל רמה',

  sortLabel: 'מיון לפי',
  sortByGroup: 'קבוצת מיומנויות',
  sortByName: 'שם',
  sortByGap: 'הפער הגדול ביותר',
  sortByCoverage: 'הכיסוי הנמוך ביותר',
  downloadCsv: 'הורדת CSV',

  editHint: (first, last) => `כדי לשנות רמה יש להקיש ${range(first, last)}, + או −, או Enter לרשימת הרמות.`,
  chooseLevel: (skill, person) =>
    person === undefined ? `הרמה שלך ב־${isolate(skill)}` : `הרמה של ${isolate(person)} ב־${isolate(skill)}`,

  recommendationsTitle: 'קורסים שסוגרים את הפערים האלה',
  noRecommendations: 'עדיין אין בקטלוג קורס שסוגר את הפערים האלה.',
  recommendationExplanation: (closed, closedList, narrowed, narrowedList, gaps) => {
    const count = (value: number) => counted(value, 'פער אחד', 'שני פערים', (shown) => `${shown} פערים`);
    if (closed === 0) return `מצמצם ${count(narrowed)} מתוך ${n(gaps)}: ${narrowedList}`;
    const closing = `סוגר ${count(closed)} מתוך ${n(gaps)}: ${closedList}`;
    return narrowed === 0 ? closing : `${closing}; מצמצם ${count(narrowed)}: ${narrowedList}`;
  },
  // Read from right to left, the arrow from the current level to the one reached points left.
  gapProgress: (skill, from, to) => `${isolate(skill)} (${n(from)} ← ${n(to)})`,

  noSkills: 'עדיין אין מה להשוות: בנתונים אין מסגרת מיומנויות עם מיומנויות.',
  nothingRequired: (required) => `${isolate(required)} אינו דורש אף מיומנות מהמסגרת הזו.`,
  attributesIgnored: (count) =>
    counted(
      count,
      'לא ניתן היה להשתמש בערך מאפיין אחד:',
      'לא ניתן היה להשתמש בשני ערכי מאפיינים:',
      (shown) => `לא ניתן היה להשתמש ב־${shown} ערכי מאפיינים:`,
    ),
  unknownFramework: (id) => `אין מסגרת עם המזהה "${isolate(id)}"`,
  missingCurrent: 'יש לציין מזהה פרופיל של אדם, כמה מזהים מופרדים ברווחים, או מזהה של צוות',
  emptyTeam: (id) => `לצוות "${isolate(id)}" אין חברים בנתונים`,
  missingRequired: 'יש לציין את התפקיד, התוכנית או שלב הקריירה להשוואה: לאנשים האלה אין תפקיד משותף',
};

export default skillGapMatrix;
