/**
 * A learner's hands on the training module in Chromium (puppeteer-core): Tab to a place, choose
 * the first step on the track, set levels in the matrix by keyboard, read the progress line. Shared
 * by the Node tests that walk the built module page.
 */
/* global document -- page.evaluate and page.waitForFunction run these functions in the browser */
import assert from 'node:assert/strict';

/** The deepest focused element, through shadow roots: what a learner's keys act on. */
export function focusedDescription(page) {
  return page.evaluate(() => {
    let active = document.activeElement;
    const hosts = [];
    while (active?.shadowRoot?.activeElement) {
      hosts.push(active.localName);
      active = active.shadowRoot.activeElement;
    }
    return {
      hosts,
      tag: active?.localName,
      step: active?.closest('[data-step]')?.getAttribute('data-step') ?? null,
      part: active?.getAttribute('part') ?? null,
      inGrid: Boolean(active?.closest('table')),
    };
  });
}

/** Presses Tab until the focus is where `wanted` says, or fails after `limit` presses. */
export async function tabTo(page, wanted, limit = 150) {
  const visited = [];
  for (let presses = 0; presses < limit; presses += 1) {
    const focus = await focusedDescription(page);
    if (wanted(focus)) return;
    visited.push(`${focus.hosts.at(-1) ?? ''}>${focus.tag}${focus.part ? `[${focus.part}]` : ''}`);
    await page.keyboard.press('Tab');
  }
  assert.fail(`the focus never got there by Tab; it went ${visited.join(' ')}`);
}

export const inMatrixGrid = (focus) => focus.hosts.includes('lp-skill-gap-matrix') && focus.inGrid;

/** The text of the module's progress line. */
export const progress = (page) =>
  page.evaluate(
    () =>
      document
        .querySelector('lp-training-module')
        ?.shadowRoot?.querySelector('[part="progress"]')
        ?.textContent.replace(/\s+/g, ' ')
        .trim() ?? '',
  );

/** Moves the grid's focus to the current level of row `row` (0 is the first skill). */
export async function toLevelCell(page, row) {
  await page.keyboard.down('Control');
  await page.keyboard.press('Home');
  await page.keyboard.up('Control');
  for (let down = 0; down <= row; down += 1) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
}

/** Chooses the first step on the track (Tab to it, Enter opens it); resolves with how many skills it requires. */
export async function chooseFirstStep(page) {
  await tabTo(page, (focus) => focus.hosts.includes('lp-career-track') && focus.step !== null);
  const step = (await focusedDescription(page)).step;
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    (id) =>
      document.querySelector('lp-training-module')?.shadowRoot?.querySelector('lp-skill-gap-matrix')?.required === id,
    {},
    step,
  );
  const rows = await page.evaluate(
    () =>
      document
        .querySelector('lp-training-module')
        .shadowRoot.querySelector('lp-skill-gap-matrix')
        .shadowRoot.querySelectorAll('tbody tr[data-skill]').length,
  );
  assert.ok(rows >= 3, `the step requires skills (${rows})`);
  return rows;
}

/** The step the module's matrix shows the requirements of. */
export const requiredStep = (page) =>
  page.evaluate(
    () => document.querySelector('lp-training-module')?.shadowRoot?.querySelector('lp-skill-gap-matrix')?.required,
  );

/** Sets level 3 by keyboard for the skills in rows `from` up to (not including) `to`. */
export async function assessFrom(page, from, to) {
  await tabTo(page, inMatrixGrid);
  await toLevelCell(page, from);
  for (let row = from; row < to; row += 1) {
    await page.keyboard.press('3');
    await page.keyboard.press('ArrowDown');
  }
}

/** The module has rendered its track and its matrix's rows. */
export async function moduleShown(page) {
  await page.waitForFunction(
    () => {
      const module = document.querySelector('lp-training-module')?.shadowRoot;
      const matrix = module?.querySelector('lp-skill-gap-matrix')?.shadowRoot;
      const track = module?.querySelector('lp-career-track')?.shadowRoot;
      return Boolean(matrix?.querySelector('tbody tr[data-skill]') && track?.querySelector('[data-step] .toggle'));
    },
    { timeout: 20_000 },
  );
}

/** Waits until the module's progress line starts with `prefix` (levels may arrive after the first screen). */
export function progressStartsWith(page, prefix) {
  return page.waitForFunction(
    (expected) =>
      document
        .querySelector('lp-training-module')
        ?.shadowRoot?.querySelector('[part="progress"]')
        ?.textContent.replace(/\s+/g, ' ')
        .trim()
        .startsWith(expected),
    { timeout: 20_000 },
    prefix,
  );
}
