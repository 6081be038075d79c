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
