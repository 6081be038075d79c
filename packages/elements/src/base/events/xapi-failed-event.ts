import type { FailedDetail } from '@lp-elements/xapi';
import { LpEvent } from './lp-event.js';

/**
 * Statements did not reach the LRS (yet): `detail.reason` says whether they were refused before
 * queueing (`invalid`, `queue-full`, `storage`), set aside as dead letters (`rejected`), or stay
 * queued for another try (`retrying`, `unauthorized`).
 */
export class LpXapiFailedEvent extends LpEvent<FailedDetail> {
  static readonly eventName = 'lp-xapi-failed';

  constructor(detail: FailedDetail) {
    super(LpXapiFailedEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lp-xapi-failed': LpXapiFailedEvent;
  }
}
