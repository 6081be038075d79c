export {
  DataDocumentController,
  type DataDocumentOptions,
  type DataFailure,
  type SkippedNotice,
} from './data/data-document-controller.js';
export { dataProblemsStyles } from './data/data-problems.styles.js';
export type { DataSourceProperties, LoadedData } from './data/data-source.js';
export { renderDataFailure, renderSkippedNotice } from './data/render-data-problems.js';
export { define } from './define-element.js';
export { LpCourseSelectEvent, type CourseSelectDetail } from './events/course-select-event.js';
export { LpDataErrorEvent, type DataErrorDetail, type DataProblem } from './events/data-error-event.js';
export { LpLevelChangeEvent, type LevelChangeDetail } from './events/level-change-event.js';
export { LpEvent } from './events/lp-event.js';
export { LpModuleCompleteEvent, type ModuleCompleteDetail } from './events/module-complete-event.js';
export { LpModuleExitEvent } from './events/module-exit-event.js';
export { formatDate, formatList, formatNumber, formatRelativeToNow, toDate, type DateStyle } from './format.js';
export { isRtlLanguage, languageOf, type LanguageAndDirection } from './localize/language-of.js';
export { LocalizeController } from './localize/localize-controller.js';
export { matchLocale, registerTranslation } from './localize/locale-registry.js';
export type { BaseTerms } from './localize/base-terms.js';
export type { DataProblemMessages, DataTerms } from './localize/data-terms.js';
export type { LocaleMeta, Translation } from './localize/translation.js';
export { LpElement } from './lp-element.js';
export { baseStyles } from './theme/base.styles.js';
export { themeStylesheet, tokens, type TokenName } from './theme/tokens.js';
export { LP_ELEMENTS_VERSION } from './version.js';
