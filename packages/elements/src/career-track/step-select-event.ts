import type { Step, StepStatus, Track } from '@lp-elements/model';
import { LpEvent } from '../base/events/lp-event.js';

export interface StepSelectDetail {
  /** The step the learner opened, as the data document describes it. */
  readonly step: Step;
  /** The track it belongs to. */
  readonly track: Track;
  /** Where the person shown stands on that step. */
  readonly status: StepStatus;
}

/** The learner opened a step of a career track to see what it takes. */
export class LpStepSelectEvent extends LpEvent<StepSelectDetail> {
  static readonly eventName = 'lp-step-select';

  constructor(detail: StepSelectDetail) {
    super(LpStepSelectEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lp-step-select': LpStepSelectEvent;
  }
}
