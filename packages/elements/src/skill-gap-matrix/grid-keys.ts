/** A cell of the grid: row and column from the top left (top right in right-to-left layouts). */
export interface GridPosition {
  readonly row: number;
  readonly column: number;
}

/** What a key press needs to know about the grid and the press. */
export interface GridKeyContext {
  readonly rows: number;
  /** Cells in each row (rows may differ, e.g. a footer). */
  readonly columnsIn: (row: number) => number;
  readonly rtl: boolean;
  readonly ctrlKey: boolean;
}

/** Rows a Page Up or Page Down moves. */
const PAGE = 10;

const clamp = (value: number, max: number) => Math.min(Math.max(value, 0), Math.max(max, 0));

/**
 * Where a navigation key moves the focus in a data grid (WAI-ARIA APG): arrows one cell (left
 * and right swap in right-to-left layouts, as the columns do), Home/End to the row's ends,
 * Ctrl+Home/End to the first and last cell, Page Up/Down by ten rows. Undefined for other keys.
 */
export function moveInGrid(key: string, from: GridPosition, grid: GridKeyContext): GridPosition | undefined {
  const lastRow = grid.rows - 1;
  const at = (row: number, column: number): GridPosition => {
    const clampedRow = clamp(row, lastRow);
    return { row: clampedRow, column: clamp(column, grid.columnsIn(clampedRow) - 1) };
  };
  const forward = grid.rtl ? -1 : 1;
  switch (key) {
    case 'ArrowRight':
      return at(from.row, from.column + forward);
    case 'ArrowLeft':
      return at(from.row, from.column - forward);
    case 'ArrowDown':
      return at(from.row + 1, from.column);
    case 'ArrowUp':
      return at(from.row - 1, from.column);
    case 'PageDown':
      return at(from.row + PAGE, from.column);
    case 'PageUp':
      return at(from.row - PAGE, from.column);
    case 'Home':
      return grid.ctrlKey ? at(0, 0) : at(from.row, 0);
    case 'End':
      return grid.ctrlKey ? at(lastRow, grid.columnsIn(lastRow) - 1) : at(from.row, grid.columnsIn(from.row) - 1);
    default:
      return undefined;
  }
}
