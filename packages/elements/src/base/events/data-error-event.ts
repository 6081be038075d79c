import { LpEvent } from './lp-event.js';

/** One problem found in the data an element was given. */
export interface DataProblem {
  /** JSON path of the offending value, e.g. `$.courses[3].url`. */
  readonly path: string;
  /** A stable code for programs, e.g. `unknown-skill`. */
  readonly code: string;
  /** A human message in the element's language. */
  readonly message: string;
}

export interface DataErrorDetail {
  /** Where the data came from: the `src` URL, or `property` when it was set in code. */
  readonly source: string;
  readonly problems: readonly DataProblem[];
}

/** Fired when an element cannot use (part of) its data; the element shows the problems and keeps working. */
export class LpDataErrorEvent extends LpEvent<DataErrorDetail> {
  static readonly eventName = 'lp-data-error';

  constructor(detail: DataErrorDetail) {
    super(LpDataErrorEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lp-data-error': LpDataErrorEvent;
  }
}
