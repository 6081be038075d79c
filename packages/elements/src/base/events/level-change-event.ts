import { LpEvent } from './lp-event.js';

export interface LevelChangeDetail {
  /** Id of the person profile whose level changed. */
  readonly person: string;
  /** IRI of the skill. */
  readonly skill: string;
  /** The level before, or undefined when none was set. */
  readonly oldLevel: number | undefined;
  readonly newLevel: number;
}

/**
 * A person set one of their own skill levels (self-assessment). Other elements on the page for
 * the same person (a career track, recommendations) follow it without a reload.
 */
export class LpLevelChangeEvent extends LpEvent<LevelChangeDetail> {
  static readonly eventName = 'lp-level-change';

  constructor(detail: LevelChangeDetail) {
    super(LpLevelChangeEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lp-level-change': LpLevelChangeEvent;
  }
}
