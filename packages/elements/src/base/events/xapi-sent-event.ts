import type { SentDetail } from '@lp-elements/xapi';
import { LpEvent } from './lp-event.js';

/** The LRS confirmed statements; they have left the queue. */
export class LpXapiSentEvent extends LpEvent<SentDetail> {
  static readonly eventName = 'lp-xapi-sent';

  constructor(detail: SentDetail) {
    super(LpXapiSentEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lp-xapi-sent': LpXapiSentEvent;
  }
}
