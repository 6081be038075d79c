import type { QueuedDetail } from '@lp-elements/xapi';
import { LpEvent } from './lp-event.js';

/** Statements are stored in the recorder's queue and wait for the LRS. */
export class LpXapiQueuedEvent extends LpEvent<QueuedDetail> {
  static readonly eventName = 'lp-xapi-queued';

  constructor(detail: QueuedDetail) {
    super(LpXapiQueuedEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lp-xapi-queued': LpXapiQueuedEvent;
  }
}
