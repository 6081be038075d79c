import type { CourseCatalogueTerms } from '../../course-catalogue/course-catalogue.terms.js';
import { isolate } from './base.js';

const plural = new Intl.PluralRules('he');
const number = new Intl.NumberFormat('he');
const courses = (count: number) => {
  const form = plural.select(count);
  if (form === 'one') return 'קורס אחד';
  if (form === 'two') return 'שני קורסים';
  return `${number.format(count)} קורסים`;
};
const gapsOf = (count: number, gaps: number) =>
  gaps === 1 ? 'את הפער' : `${number.format(count)} מתוך ${number.format(gaps)} פערים`;

const courseCatalogue: CourseCatalogueTerms = {
  catalogueName: 'קטלוג קורסים',
  searchLabel: 'חיפוש קורסים',
  searchHint: 'שם, קוד, מיומנות, מוסד או תיאור, בכל שפה',
  filters: 'מסננים',
  activeFilters: (count) => (plural.select(count) === 'one' ? 'אחד פעיל' : `${number.format(count)} פעילים`),
  any: 'הכול',
  language: 'שפה',
  mode: 'אופן לימוד',
  ectsFrom: 'מינימום',
  ectsTo: 'מקסימום',
  field: 'תחום',
  audience: 'קהל יעד',
  audienceName: {
    'learning-professionals': 'אנשי מקצוע בתחום הלמידה',
    researchers: 'חוקרים וחוקרות',
    professors: 'פרופסורים',
    managers: 'מנהלים',
    engineers: 'מהנדסים',
  },
  skill: 'מיומנות',
  timing: 'מועד',
  timingName: { upcoming: 'בקרוב', running: 'מתקיים כעת', 'self-paced': 'בקצב אישי' },
  startsWithin: 'מתחיל בתוך',
  freeOnly: 'קורסים בחינם בלבד',
  sort: 'מיון לפי',
  sortName: { relevance: 'רלוונטיות', start: 'תאריך התחלה', ects: 'ECTS (מהמעט אל הרב)', name: 'שם' },
  resultCount: courses,
  resultCountSoFar: (count) => `${courses(count)} עד כה, קורסים נוספים נבדקים…`,
  stillChecking: 'קורסים נוספים נבדקים…',
  noResults: 'אין קורס שמתאים לחיפוש ולמסננים.',
  noCourses: 'אין עדיין קורסים בקטלוג הזה.',
  clearFilters: 'ניקוי המסננים',
  clearAll: 'ניקוי החיפוש והמסננים',
  feedHint: 'המקשים Page Down ו-Page Up עוברים בין הקורסים; Enter פותח את הקורס.',
  endOfList: (count) => `סוף הרשימה (${courses(count)}).`,
  recommended: 'מומלץ',
  recommendedFor: (person, role) => `קורסים שמומלצים עבור ${person} (${role}) מוצגים ראשונים.`,
  closesGaps: (count, gaps, skills) => `סוגר ${gapsOf(count, gaps)}: ${skills}.`,
  narrowsGaps: (count, gaps, skills) => `מצמצם ${gapsOf(count, gaps)}: ${skills}.`,
  // Read right to left: from the current level, the arrow points on to the level reached.
  gapProgress: (skill, from, to) => `${skill} (${from} ← ${to})`,
  unknownProfile: (attribute, id) =>
    `המאפיין ${isolate(attribute)} מציין את "${isolate(id)}", אבל בנתונים אין פרופיל עם המזהה הזה.`,
  noRequiredProfile: (person) =>
    `ל-"${isolate(person)}" אין תפקיד: יש לציין במאפיין ${isolate('required')} את הפרופיל שהרמות שלו קובעות.`,
};

export default courseCatalogue;
