import { LpEvent } from './lp-event.js';

export interface ModuleCompleteDetail {
  /** IRI of the training module whose completion rule the learner met. */
  readonly module: string;
  /** The module's name, for the statement. */
  readonly name?: string;
  /** The language of `name`. */
  readonly lang?: string;
}

/**
 * The learner met a training module's completion rule. The recorder turns it into the module's
 * `completed` statement — or, when the page was launched as a cmi5 unit, the unit's cmi5
 * `completed` — once.
 */
export class LpModuleCompleteEvent extends LpEvent<ModuleCompleteDetail> {
  static readonly eventName = 'lp-module-complete';

  constructor(detail: ModuleCompleteDetail) {
    super(LpModuleCompleteEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lp-module-complete': LpModuleCompleteEvent;
  }
}
