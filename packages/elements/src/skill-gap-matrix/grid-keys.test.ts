import { expect } from '@open-wc/testing';
import { moveInGrid, type GridKeyContext } from './grid-keys.js';

/** A grid of 30 rows of 5 cells whose last row (a footer) has 3. */
const grid = (options: Partial<GridKeyContext> = {}): GridKeyContext => ({
  rows: 30,
  columnsIn: (row) => (row === 29 ? 3 : 5),
  rtl: false,
  ctrlKey: false,
  ...options,
});

describe('moveInGrid', () => {
  const from = { row: 4, column: 2 };

  it('moves one cell with the arrows and stops at the edges', () => {
    expect(moveInGrid('ArrowRight', from, grid())).to.deep.equal({ row: 4, column: 3 });
    expect(moveInGrid('ArrowLeft', from, grid())).to.deep.equal({ row: 4, column: 1 });
    expect(moveInGrid('ArrowDown', from, grid())).to.deep.equal({ row: 5, column: 2 });
    expect(moveInGrid('ArrowUp', from, grid())).to.deep.equal({ row: 3, column: 2 });
    expect(moveInGrid('ArrowUp', { row: 0, column: 0 }, grid())).to.deep.equal({ row: 0, column: 0 });
    expect(moveInGrid('ArrowRight', { row: 0, column: 4 }, grid())).to.deep.equal({ row: 0, column: 4 });
  });

  it('swaps left and right in right-to-left layouts, and only those', () => {
    expect(moveInGrid('ArrowRight', from, grid({ rtl: true }))).to.deep.equal({ row: 4, column: 1 });
    expect(moveInGrid('ArrowLeft', from, grid({ rtl: true }))).to.deep.equal({ row: 4, column: 3 });
    expect(moveInGrid('ArrowDown', from, grid({ rtl: true }))).to.deep.equal({ row: 5, column: 2 });
    expect(moveInGrid('Home', from, grid({ rtl: true }))).to.deep.equal({ row: 4, column: 0 });
  });

  it('goes to the row’s ends with Home and End, and to the grid’s with Ctrl', () => {
    expect(moveInGrid('Home', from, grid())).to.deep.equal({ row: 4, column: 0 });
    expect(moveInGrid('End', from, grid())).to.deep.equal({ row: 4, column: 4 });
    expect(moveInGrid('Home', from, grid({ ctrlKey: true }))).to.deep.equal({ row: 0, column: 0 });
    expect(moveInGrid('End', from, grid({ ctrlKey: true }))).to.deep.equal({ row: 29, column: 2 });
  });

  it('pages by ten rows and keeps the column within a shorter row', () => {
    expect(moveInGrid('PageDown', from, grid())).to.deep.equal({ row: 14, column: 2 });
    expect(moveInGrid('PageUp', from, grid())).to.deep.equal({ row: 0, column: 2 });
    expect(moveInGrid('PageDown', { row: 25, column: 4 }, grid())).to.deep.equal({ row: 29, column: 2 });
  });

  it('ignores other keys', () => {
    for (const key of ['Enter', 'a', '3', 'Tab', 'Escape']) expect(moveInGrid(key, from, grid())).to.equal(undefined);
  });
});
