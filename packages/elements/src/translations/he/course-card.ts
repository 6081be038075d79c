import type { CourseCardTerms } from '../../course-card/course-card.terms.js';
import { isolate } from './base.js';

const courseCard: CourseCardTerms = {
  courseMode: { online: 'מקוון', onsite: 'פרונטלי', blended: 'משולב' },
  credentialKind: {
    certificate: 'תעודה',
    'micro-credential': 'מיקרו-תעודה',
    badge: 'תג דיגיטלי',
    degree: 'תואר',
    attendance: 'אישור השתתפות',
  },
  fieldName: {
    energy: 'אנרגיה',
    'health-tech': 'טכנולוגיות בריאות',
    biotech: 'ביוטכנולוגיה',
    'food-tech': 'טכנולוגיות מזון',
    climate: 'אקלים',
    sustainability: 'קיימות',
  },
  price: (category, amount) => {
    if (category === 'free') return 'חינם';
    if (category === 'partially-free') return amount ? `חינם בחלקו (${amount})` : 'חינם בחלקו';
    if (category === 'subscription') return amount ? `מנוי (${amount})` : 'מנוי';
    return amount || 'בתשלום';
  },
  runningUntil: (end) => (end ? `מתקיים עד ${end}` : 'מתקיים כעת'),
  startsOn: (date, relative) => `מתחיל ב-${date} (${relative})`,
  selfPaced: 'בקצב אישי: אפשר להתחיל בכל עת',
  endedOn: (date) => `הסתיים ב-${date}`,
  startsSoon: 'מתחיל בקרוב',
  workloadPerWeek: (total, weeks, perWeek) => `${total} · ${weeks} × ${perWeek}`,
  skillLevel: (level, name) => (name ? `${name} (${level})` : `רמה ${level}`),
  code: 'קוד קורס',
  provider: 'מוסד',
  ects: 'ECTS',
  eqfLevel: 'רמת EQF',
  workload: 'עומס לימודים',
  languages: 'שפות',
  credential: 'הסמכה',
  skillsTaught: 'מיומנויות שתרכשו',
  fields: 'תחומים',
  unknownCourse: (id) => `המאפיין ${isolate('course')} מציין את "${isolate(id)}", אבל בנתונים אין קורס עם המזהה הזה.`,
};

export default courseCard;
