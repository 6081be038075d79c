import { LpEvent } from './lp-event.js';

/**
 * The learner chose to leave a training module. Under a cmi5 launch the recorder sends
 * `terminated`, delivers what is queued and returns to the LMS; elsewhere it delivers what is
 * queued. Cancel it to keep the learner on the page.
 */
export class LpModuleExitEvent extends LpEvent<null> {
  static readonly eventName = 'lp-module-exit';

  constructor() {
    super(LpModuleExitEvent.eventName, null, { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lp-module-exit': LpModuleExitEvent;
  }
}
