import type { TrainingModuleTerms } from '../../training-module/training-module.terms.js';

const number = new Intl.NumberFormat('he');
const n = (value: number) => number.format(value);

const trainingModule: TrainingModuleTerms = {
  moduleTitle: 'הדרך שלכם כ־Learning Professional',
  moduleLearner: 'את/ה',
  moduleTrackHeading: 'בחרו את הצעד הבא שלכם',
  moduleGapsHeading: (step) => `הכישורים שלכם עבור \u2068${step}\u2069`,
  moduleCoursesHeading: 'קורסים שסוגרים את הפערים שלכם',
  moduleSkipToSkills: 'דלגו לכישורים שלכם',
  moduleTrackHint: 'פתחו צעד במסלול הקריירה כדי לראות מה הוא דורש; הצעד שתפתחו הוא היעד שלכם.',
  moduleGapsHint: 'קבעו את הרמה הנוכחית שלכם בכל כישור: במקשי הספרות או ב־+ ו־− על רמה, או בבחירה מהרשימה.',
  moduleProgressAssessed: (done, total, step) => `הוערכו ${n(done)} מתוך ${n(total)} כישורים עבור \u2068${step}\u2069`,
  moduleProgressMet: (done, total, step) => `הושגו ${n(done)} מתוך ${n(total)} כישורים עבור \u2068${step}\u2069`,
  moduleComplete: 'היחידה הושלמה: כל הכבוד.',
  moduleExit: 'יציאה מהיחידה',
  moduleReviewMode: 'מצב סקירה: אפשר לראות הכול, אך שינויים אינם נרשמים.',
  moduleBrowseMode: 'מצב עיון: נסו את היחידה בחופשיות; היא לא תסומן כהושלמה.',
  moduleForget: 'שכחו את התשובות שלי',
  moduleForgetQuestion: 'לשכוח את כל הרמות והשלב שבחרתם ביחידה זו, במכשיר הזה ובכל מקום שבו הם שמורים?',
  moduleForgetConfirm: 'לשכוח',
  moduleForgetCancel: 'להשאיר',
  moduleForgotten: 'התשובות שלכם ביחידה זו נשכחו.',
  moduleRecordIgnored: (path) => `חלק מהתשובות השמורות לא היה קריא והושמט: ${path}`,
  moduleUnknownTrack: (id) => `המסלול \u2068${id}\u2069 אינו בנתונים.`,
  moduleUnknownStep: (id) => `הצעד \u2068${id}\u2069 אינו במסלול.`,
  moduleUnknownPerson: (id) => `האדם \u2068${id}\u2069 אינו בנתונים.`,
  moduleNoTrack: 'בנתונים אין מסלול קריירה, והיחידה זקוקה לו.',
};

export default trainingModule;
