import { waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LpSkillGapMatrix } from '../../skill-gap-matrix/skill-gap-matrix.js';
import type { LpTrainingModule } from '../training-module.js';

/** What the module's tests read and press: the parts in a shadow root, the progress line, the matrix's levels. */
export const press = (key: string) => sendKeys({ press: key });

export const inside = (host: Element, selector: string) =>
  host.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;

function found<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`no ${what}`);
  return value;
}

export const progressOf = (module: LpTrainingModule) =>
  inside(module, '[part="progress"]')?.textContent.replace(/\s+/g, ' ').trim();

/** The module's matrix once it has drawn its table. */
export async function matrixOf(module: LpTrainingModule, timeout = 15_000): Promise<LpSkillGapMatrix> {
  await waitUntil(() => inside(module, 'lp-skill-gap-matrix'), 'the module composes its elements', { timeout });
  const matrix = found(module.shadowRoot?.querySelector('lp-skill-gap-matrix'), 'matrix in the module');
  await waitUntil(() => inside(matrix, 'table'), 'the matrix renders', { timeout });
  return matrix;
}

/** Sets the learner's level in the first `rows` skills the matrix lists (all by default), with the keyboard. */
export async function assess(matrix: LpSkillGapMatrix, level = '3', rows = Infinity): Promise<void> {
  const count = Math.min(rows, matrix.shadowRoot?.querySelectorAll('tbody tr[data-skill]').length ?? 0);
  found(inside(matrix, '.toolbar__csv'), "matrix's CSV button").focus();
  await press('Tab');
  await sendKeys({ down: 'Control' });
  await press('Home');
  await sendKeys({ up: 'Control' });
  await press('ArrowDown');
  await press('ArrowRight');
  await press('ArrowRight');
  for (let row = 0; row < count; row += 1) {
    await press(level);
    await press('ArrowDown');
  }
}
