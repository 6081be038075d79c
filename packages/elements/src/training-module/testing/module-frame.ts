/**
 * A second page of the same origin with the sample module, for tests of what outlives a page: it
 * shares the test page's localStorage and hears its `storage` events, as another tab would.
 */
import { LpLevelChangeEvent } from '../../base/events/level-change-event.js';
import '../define.js';
import { LEARNER_ID } from '../learner-document.js';
import type { LpTrainingModule } from '../training-module.js';

export interface ModuleFrame {
  readonly module: LpTrainingModule;
  /** Completion events this page's module fired. */
  readonly completions: number;
  /** The learner's levels and the goal step as the matrix shows them. */
  levels(): Record<string, number>;
  step(): string | undefined;
  /** Sets a level as the matrix does when the learner picks one (its `lp-level-change`). */
  setLevel(skill: string, level: number): void;
}

declare global {
  interface Window {
    lpModuleFrame?: ModuleFrame;
  }
}

const sample = (await (await fetch('/packages/model/sample/lp-sample.json')).json()) as unknown;
const module = document.createElement('lp-training-module');
module.data = sample;
let completions = 0;
module.addEventListener('lp-module-complete', () => (completions += 1));
document.body.append(module);
await module.updateComplete;
const matrix = () => module.shadowRoot?.querySelector('lp-skill-gap-matrix');
await new Promise<void>((resolve) => {
  const check = () => {
    if (matrix()?.shadowRoot?.querySelector('table')) resolve();
    else setTimeout(check, 20);
  };
  check();
});

window.lpModuleFrame = {
  module,
  get completions() {
    return completions;
  },
  levels: () => ({ ...matrix()?.levels[LEARNER_ID] }),
  step: () => matrix()?.required,
  setLevel(skill, level) {
    const oldLevel = matrix()?.levels[LEARNER_ID]?.[skill];
    matrix()?.dispatchEvent(new LpLevelChangeEvent({ person: LEARNER_ID, skill, oldLevel, newLevel: level }));
  },
};
