import type { ProblemParams, ValueType } from '@lp-elements/model';
import type { DataTerms } from '../../base/localize/data-terms.js';
import { isolate } from './base.js';

const plural = new Intl.PluralRules('he');
const number = new Intl.NumberFormat('he');
const quote = (value: string) => `"${isolate(value)}"`;

const counted = (count: number, one: string, two: string, other: (shown: string) => string) => {
  const form = plural.select(count);
  if (form === 'one') return one;
  if (form === 'two') return two;
  return other(number.format(count));
};
const characters = (count: number) => counted(count, 'תו אחד', 'שני תווים', (shown) => `${shown} תווים`);
const items = (count: number) => counted(count, 'פריט אחד', 'שני פריטים', (shown) => `${shown} פריטים`);

const typeNames: Record<ValueType, string> = {
  string: 'מחרוזת',
  number: 'מספר',
  integer: 'מספר שלם',
  boolean: `${isolate('true')} או ${isolate('false')}`,
  object: 'אובייקט',
  array: 'מערך',
  null: isolate('null'),
  text: 'מחרוזת או אובייקט של טקסטים לפי שפה',
  other: 'משהו שאינו קיים ב־JSON',
};

// Hebrew joins "מ־" (than) to the number that follows it.
const comparisons: Record<ProblemParams['out-of-range']['comparison'], (limit: string) => string> = {
  '<=': (limit) => `לכל היותר ${limit}`,
  '>=': (limit) => `לפחות ${limit}`,
  '<': (limit) => `קטן מ־${limit}`,
  '>': (limit) => `גדול מ־${limit}`,
};

const data: DataTerms = {
  dataProblems: {
    'invalid-json': ({ reason, line, column }) =>
      line === undefined
        ? `הטקסט אינו JSON תקין: ${isolate(reason)}`
        : `הטקסט אינו JSON תקין (שורה ${number.format(line)}, עמודה ${number.format(column ?? 1)}): ${isolate(reason)}`,
    unreadable: ({ reason }) => `לא ניתן לקרוא את הערך: ${isolate(reason)}`,
    'wrong-type': ({ expected, actual }) => `הערך צריך להיות ${typeNames[expected]}, אבל הוא ${typeNames[actual]}`,
    'missing-property': ({ property }) => `חסר המאפיין הנדרש ${quote(property)}`,
    'unknown-property': ({ property }) => `המאפיין ${quote(property)} אינו מוכר (הרחבות מתחילות ב־${isolate('x-')})`,
    'invalid-value': ({ value, allowed }) =>
      allowed.length === 0
        ? `הערך ${quote(value)} אינו מותר כאן`
        : `הערך ${quote(value)} אינו אחד מהערכים המותרים: ${allowed.map(isolate).join(', ')}`,
    'too-long': ({ length, limit }) => `אורך הערך ${characters(length)}, ומותרים לכל היותר ${number.format(limit)}`,
    'too-short': ({ limit }) =>
      limit === 1 ? 'הערך לא יכול להיות ריק' : `אורך הערך צריך להיות ${characters(limit)} לפחות`,
    'too-many-items': ({ count, limit }) => `יש כאן ${items(count)}, ומותרים לכל היותר ${number.format(limit)}`,
    'too-few-items': ({ count, limit }) => `יש כאן ${items(count)}, ונדרשים לפחות ${number.format(limit)}`,
    'out-of-range': ({ value, comparison, limit }) =>
      `הערך ${number.format(value)} מחוץ לטווח המותר: הוא צריך להיות ${comparisons[comparison](number.format(limit))}`,
    'invalid-language-tag': ({ value }) =>
      `הערך ${quote(value)} אינו קוד שפה כגון ${isolate('en')}, ${isolate('de')} או ${isolate('fr-CH')}`,
    'invalid-id': ({ value }) => `הערך ${quote(value)} אינו מזהה תקין: מזהים לא יכולים להכיל רווחים`,
    'invalid-keyword': ({ value }) =>
      `הערך ${quote(value)} אינו מילה באותיות לטיניות קטנות כגון ${isolate('health-tech')}`,
    'invalid-date': ({ value }) =>
      `הערך ${quote(value)} אינו תאריך תקין כגון ${isolate('2027-03-01')} או ${isolate('2027-03-01T09:00:00+01:00')}`,
    'invalid-duration': ({ value }) =>
      `הערך ${quote(value)} אינו משך זמן בתקן ISO 8601 כגון ${isolate('PT125H')} או ${isolate('P6W')}`,
    'invalid-currency': ({ value }) => `הערך ${quote(value)} אינו קוד מטבע כגון ${isolate('EUR')}`,
    'invalid-country': ({ value }) => `הערך ${quote(value)} אינו קוד מדינה כגון ${isolate('DE')}`,
    'invalid-esco-uri': ({ value }) =>
      `הערך ${quote(value)} אינו URI של מיומנות ב־ESCO (${isolate('http://data.europa.eu/esco/skill/…')})`,
    'invalid-iri': ({ value }) => `הערך ${quote(value)} אינו IRI תקין`,
    'relative-iri': ({ value }) =>
      `הערך ${quote(value)} הוא כתובת יחסית; מזהים חייבים להיות IRI מוחלטים כגון ${isolate('https://example.org/skills/networking')}`,
    'invalid-url': ({ value }) => `הערך ${quote(value)} אינו כתובת URL מוחלטת מסוג http או https`,
    'unsafe-url': ({ value, scheme }) =>
      `הערך ${quote(value)} משתמש ב־${isolate(scheme)}; מותרים רק קישורים מסוג http ו־https`,
    'duplicate-id': ({ id, first }) => `המזהה ${quote(id)} כבר נמצא בשימוש ב־${isolate(first)}`,
    'duplicate-level': ({ value }) => `הרמה ${number.format(value)} מופיעה בסולם יותר מפעם אחת`,
    'unknown-skill': ({ id }) => `אין מיומנות עם המזהה ${quote(id)}`,
    'unknown-profile': ({ id }) => `אין פרופיל עם המזהה ${quote(id)}`,
    'unknown-course': ({ id }) => `אין קורס עם המזהה ${quote(id)}`,
    'unknown-step': ({ id }) => `אין במסלול הזה שלב עם המזהה ${quote(id)}`,
    'unknown-group': ({ id }) => `אין במסגרת הזו קבוצה עם המזהה ${quote(id)}`,
    'level-not-on-scale': ({ level, scale }) =>
      `הרמה ${number.format(level)} אינה בסולם (${scale.map((step) => number.format(step)).join(', ')})`,
    'end-before-start': ({ start, end }) => `מועד הסיום (${isolate(end)}) מוקדם ממועד ההתחלה (${isolate(start)})`,
    // Read from right to left, the cycle's arrows point left.
    'track-cycle': ({ steps }) => `השלבים יוצרים מעגל: ${steps.map(isolate).join(' ← ')}`,
    'too-many-problems': ({ limit }) =>
      `יש בעיות נוספות; ${counted(limit, 'מוצגת רק הראשונה', 'מוצגות רק שתי הראשונות', (shown) => `מוצגות רק ${shown} הראשונות`)}`,
  },
  dataSkipped: (count) =>
    counted(
      count,
      'חלק אחד מהנתונים הושמט:',
      'שני חלקים מהנתונים הושמטו:',
      (shown) => `${shown} חלקים מהנתונים הושמטו:`,
    ),
  loadFailedStatus: (url, status) => `לא ניתן לטעון את ${isolate(url)} (קוד סטטוס HTTP ${status}).`,
  dataNotJson: (url) => `${isolate(url)} אינו מסמך נתונים בפורמט JSON.`,
};

export default data;
