import type { PartialStatement } from '@lp-elements/xapi';
import { LpEvent } from './lp-event.js';

export interface XapiStatementDetail {
  /** What happened, as far as the element knows it; the recorder completes the rest. A host may change it. */
  statement: PartialStatement;
}

/**
 * An element says what the learner did. The nearest `<lp-xapi-recorder>` (or a page-level
 * recorder) completes, validates, queues and sends the statement after the event has finished,
 * so a host listening further out can still change `detail.statement` or cancel the event to drop it.
 */
export class LpXapiStatementEvent extends LpEvent<XapiStatementDetail> {
  static readonly eventName = 'lp-xapi-statement';

  constructor(statement: PartialStatement) {
    super(LpXapiStatementEvent.eventName, { statement }, { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lp-xapi-statement': LpXapiStatementEvent;
  }
}
