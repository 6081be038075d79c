import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * About this many cells are appended per frame. Rows out of view are appended without being
 * drawn (`OffscreenRows` draws them once the last one is there), yet each frame also lays out and
 * paints the grid around them again: 1,200 cells per frame made frames of 80 ms on a busy
 * two-core machine, 600 stay under the 50 ms of a long task.
 */
const CELLS_PER_FRAME = 600;

/**
 * Renders a large team grid over several frames. Making, styling and laying out all of its rows
 * at once takes longer than a plain table of the same cells; here an update makes the header and
 * the first row, the first frame adds the rows that fit what the user sees of the grid (measured
 * then, before anything is painted), and from the frame after it each frame appends the next
 * slice of about 600 cells until the DOM is the complete grid. The host renders `count` rows,
 * marks the grid busy while `pending`, and leaves the footer out until then, so that the rows it
 * has are always the first rows of the complete grid (the keyboard's row numbers stay right).
 *
 * The fill belongs to the grid, not to one table: new data, another team, a level change, a sort
 * or an attribute change keep the rows drawn (a view or the focus never jumps back), and the fill
 * goes on over the new rows. It starts from the first screen when the grid appears anew (after
 * the skeleton, a data failure, a person's view or a small grid).
 */
export class ProgressiveRows implements ReactiveController {
  private total = 0;
  private perFrame = 1;
  /** Rows made so far; undefined while no grid is drawn this way. */
  private drawn?: number;
  /** Whether the next frame is the first one of the grid, which adds the rows in view. */
  private firstScreen = false;
  private frame?: number;

  /**
   * @param updateNow Updates the host at once (`performUpdate`), for rows needed before the next frame.
   * @param rowsInView How many more rows would fit what the user sees of the grid, as it is now.
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly updateNow: () => void,
    private readonly rowsInView: () => number,
  ) {
    host.addController(this);
  }

  /** How many rows the host renders now. */
  get count(): number {
    return Math.min(this.drawn ?? Number.POSITIVE_INFINITY, this.total);
  }

  /** Whether rows of the grid are still to come. */
  get pending(): boolean {
    return this.drawn !== undefined && this.drawn < this.total;
  }

  /** How many rows the complete grid has. */
  get rows(): number {
    return this.total;
  }

  /**
   * Called on every render of a grid drawn this way, with its size. A grid that appears starts
   * with at least `keep` rows, the ones the keyboard has reached, so that the focus stays.
   */
  fill(rows: number, columns: number, keep: number): void {
    this.total = rows;
    this.perFrame = Math.max(1, Math.floor(CELLS_PER_FRAME / Math.max(1, columns)));
    if (this.drawn !== undefined) return;
    this.drawn = Math.max(keep, 1);
    this.firstScreen = true;
  }

  /** No grid drawn this way (a small one, the person view, nothing): no rows to fill. */
  stop(): void {
    this.cancel();
    this.drawn = undefined;
  }

  /** Renders at least `rows` rows at once: the keyboard moves into them. */
  drawNow(rows: number): void {
    if (this.drawn === undefined || !this.pending) return;
    this.drawn = Math.max(this.drawn, rows);
    this.updateNow();
  }

  /** A page is printed as it is when printing starts: every row is there first. */
  private readonly drawAll = () => {
    this.drawNow(this.total);
  };

  hostConnected(): void {
    window.addEventListener('beforeprint', this.drawAll);
    this.schedule();
  }

  hostUpdated(): void {
    this.schedule();
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.drawAll);
    this.cancel();
  }

  private schedule(): void {
    if (this.frame !== undefined || !this.pending) return;
    this.frame = requestAnimationFrame(() => {
      if (this.firstScreen) {
        // Before this frame is painted: the rows in view join it; the rest follow from the next one.
        this.firstScreen = false;
        this.drawn = this.count + this.rowsInView();
        this.host.requestUpdate();
      }
      this.next();
    });
  }

  /** The next slice, in the next frame, while rows are still to come. */
  private next(): void {
    this.frame = this.pending
      ? requestAnimationFrame(() => {
          this.drawn = this.count + this.perFrame;
          this.host.requestUpdate();
          this.next();
        })
      : undefined;
  }

  private cancel(): void {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }
}
