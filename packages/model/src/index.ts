export type * from './document.js';
export { pickText, type LanguageMap, type LocalizedText, type PickedText } from './text.js';
export type { Problem, ProblemCode, ProblemOf, ProblemParams, ValueType } from './problems/problem.js';
export { PROBLEM_CODES, problemMessage } from './problems/messages.js';
export type { Steps } from './steps.js';
export { parseDataDocument, type ParseOptions, type ParseResult } from './validate/parse-data-document.js';
export {
  salvageDataDocument,
  salvageDataDocumentSteps,
  type SalvageResult,
  type SkippedPart,
} from './salvage/salvage-data-document.js';
export { previewDataDocument } from './salvage/preview-data-document.js';
export { checkHttpUrl, checkIri, isSafeHttpUrl, type IriCheck, type UrlCheck } from './validate/iri.js';
export {
  courseById,
  frameworkOfSkill,
  indexedSkill,
  profileById,
  skillById,
  stepById,
  teamMembers,
  trackById,
  type IndexedSkill,
  type IndexedStep,
} from './lookup/document-index.js';
export { parseCalendarDate, type CalendarDate } from './time/calendar-date.js';
export { durationToHours, parseIsoDuration, type IsoDuration } from './time/duration.js';
export {
  courseTiming,
  startsWithin,
  type CourseTiming,
  type CourseTimingStatus,
  type TimingOptions,
} from './time/course-timing.js';
export { levelsOf, requiredLevels, type GapTarget, type LevelsSource } from './gaps/levels.js';
export { personGaps, type GapSummary, type PersonGaps, type SkillGap } from './gaps/person-gaps.js';
export { teamGaps, type LevelCount, type TeamGapOptions, type TeamGaps, type TeamSkillGap } from './gaps/team-gaps.js';
export type { CourseFilter } from './recommend/course-filter.js';
export { recommendCourses, type RecommendOptions } from './recommend/recommend-courses.js';
export type { GapProgress, Recommendation } from './recommend/recommendation.js';
export { explainRecommendation } from './recommend/explanation.js';
export { estimateEffort, type Effort, type EffortOptions } from './career/effort.js';
export {
  careerProgress,
  type CareerOptions,
  type CareerProgress,
  type StepProgress,
  type StepStatus,
} from './career/career-progress.js';
export { trackOrder, type TrackOrder } from './career/track-order.js';
export { DataLoadError, type DataLoadErrorKind } from './load/data-load-error.js';
export {
  clearDataDocumentCache,
  createDocumentLoader,
  loadDataDocument,
  loadDataDocumentJson,
  loadUsableDataDocument,
  type DocumentLoader,
  type DocumentReader,
  type LoaderOptions,
  type LoadOptions,
} from './load/load-data-document.js';
