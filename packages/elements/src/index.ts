export * from './base/index.js';
export { LpXapiFailedEvent } from './base/events/xapi-failed-event.js';
export { LpXapiQueuedEvent } from './base/events/xapi-queued-event.js';
export { LpXapiSentEvent } from './base/events/xapi-sent-event.js';
export { LpXapiStatementEvent, type XapiStatementDetail } from './base/events/xapi-statement-event.js';
export { LpSkillGapMatrix } from './skill-gap-matrix/skill-gap-matrix.js';
export { LpXapiRecorder } from './xapi-recorder/xapi-recorder.js';
export {
  isFrameHeightMessage,
  parentOrigin,
  reportFrameHeight,
  type FrameHeightMessage,
} from './embed/report-frame-height.js';
export { LpCareerTrack } from './career-track/career-track.js';
export { LpStepSelectEvent, type StepSelectDetail } from './career-track/step-select-event.js';
export { LpCourseCard } from './course-card/course-card.js';
export { selectCourse } from './course-card/select-course.js';
export { LpCourseCatalogue } from './course-catalogue/course-catalogue.js';
export { LpTrainingModule } from './training-module/training-module.js';
export { connectTrainingElements, type TrainingElements } from './training-module/connect-training-elements.js';
export type { CompletionRule } from './training-module/training-progress.js';
