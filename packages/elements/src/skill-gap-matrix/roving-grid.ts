import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { moveInGrid, type GridPosition } from './grid-keys.js';

/** Rows that take part in keyboard navigation carry this attribute; group headings do not. */
export const NAV_ROW = 'data-nav';

/** A grid whose later rows are drawn over several frames (see `ProgressiveRows`). */
export interface LaterRows {
  /** How many navigable rows the complete grid has; undefined once every row is drawn. */
  readonly total: () => number | undefined;
  /** Draws the grid at once up to this navigable row (counted from 0, the header row). */
  readonly drawUpTo: (row: number) => void;
}

/**
 * Roving focus over a `<table role="grid">`: the grid is one tab stop, the arrow keys (mirrored
 * right to left), Home/End, Ctrl+Home/End and Page Up/Down move between cells, and a click moves
 * the focus where it lands. A cell holding a button passes the focus to that button (APG).
 *
 * Only the cell that holds the tab stop is touched, so a grid of thousands of cells costs nothing
 * until someone navigates it. After each update of its host the tab stop is put back on its cell
 * (kept within the grid), which the render may have made anew.
 */
export class RovingGrid implements ReactiveController {
  private position: GridPosition = { row: 1, column: 0 };
  private holder: HTMLElement | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly table: () => HTMLTableElement | null | undefined,
    private readonly rtl: () => boolean,
    private readonly laterRows?: LaterRows,
  ) {
    host.addController(this);
  }

  private rows(): HTMLTableRowElement[] {
    return [...(this.table()?.querySelectorAll<HTMLTableRowElement>(`tr[${NAV_ROW}]`) ?? [])];
  }

  /** The element of a cell that takes the focus: its button or link if it holds one, else the cell. */
  private static target(cell: HTMLTableCellElement): HTMLElement {
    return cell.querySelector<HTMLElement>('button, a[href]') ?? cell;
  }

  /** The cell that holds the tab stop. */
  get activeCell(): HTMLTableCellElement | undefined {
    const rows = this.rows();
    return rows[this.position.row]?.cells[this.position.column];
  }

  get activePosition(): GridPosition {
    return this.position;
  }

  hostUpdated(): void {
    this.sync();
  }

  /** Puts the tab stop on the current position, kept within the grid. */
  private sync(): void {
    const rows = this.rows();
    if (rows.length === 0) return;
    const row = Math.min(this.position.row, rows.length - 1);
    const cells = rows[row]?.cells.length ?? 1;
    this.position = { row, column: Math.min(this.position.column, cells - 1) };
    this.place(false);
  }

  private place(focus: boolean): void {
    const cell = this.activeCell;
    if (!cell) return;
    const target = RovingGrid.target(cell);
    if (this.holder !== target) {
      this.holder?.setAttribute('tabindex', '-1');
      this.holder = target;
    }
    target.setAttribute('tabindex', '0');
    if (focus) target.focus();
  }

  /** Moves the focus to a cell. */
  moveTo(position: GridPosition): void {
    this.position = position;
    this.place(true);
  }

  /**
   * Handles a navigation key; returns whether it was one. A key that leads to a row not drawn yet
   * (Ctrl+End, Page Down, an arrow down at the last row drawn) draws up to it first, so the focus
   * lands where it would in the complete grid.
   */
  handleKey(event: KeyboardEvent): boolean {
    if (event.altKey || event.metaKey) return false;
    const key = (rows: readonly HTMLTableRowElement[], total = rows.length) =>
      moveInGrid(event.key, this.position, {
        rows: total,
        // Rows not drawn yet have as many cells as the last one drawn.
        columnsIn: (row) => (rows[row] ?? rows.at(-1))?.cells.length ?? 0,
        rtl: this.rtl(),
        ctrlKey: event.ctrlKey,
      });
    const rows = this.rows();
    let next = key(rows, Math.max(rows.length, this.laterRows?.total() ?? 0));
    if (!next) return false;
    event.preventDefault();
    if (next.row >= rows.length && this.laterRows) {
      this.laterRows.drawUpTo(next.row);
      next = key(this.rows()) ?? next;
    }
    this.moveTo(next);
    return true;
  }

  /** Follows the focus or a click into a cell, so the tab stop stays where the user is. */
  follow(element: Element): void {
    const cell = element.closest('td, th');
    const row = cell?.parentElement;
    if (!(cell instanceof HTMLTableCellElement) || !(row instanceof HTMLTableRowElement) || !row.hasAttribute(NAV_ROW))
      return;
    const index = this.rows().indexOf(row);
    if (index < 0) return;
    this.position = { row: index, column: cell.cellIndex };
    const root = cell.getRootNode() as unknown as DocumentOrShadowRoot;
    this.place(!cell.contains(root.activeElement));
  }
}
