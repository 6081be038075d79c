import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Marks a team row the browser renders even out of view (see `OffscreenRows`). */
const RENDERED_ROW = 'data-rendered';

/**
 * About this many cells are styled and laid out per frame: 20–40 ms of main-thread time on a busy
 * two-core machine, under the 50 ms of a long task. Smaller steps cost more in all, as every
 * frame also updates what is already drawn: 240 cells per frame took 1.6 times the CPU time.
 */
const CELLS_PER_FRAME = 600;

/**
 * The team grid's rows start with `content-visibility: auto`, so a first render styles and lays
 * out only the rows near the view. Chromium leaves the cells of a skipped row out of the
 * accessibility tree, though, so that a screen reader's browse mode would not find them. From
 * the second frame after the grid has all its rows (see `ProgressiveRows`) this renders the
 * remaining rows a step per frame (each row marked `data-rendered`, which the styles turn into
 * `content-visibility: visible`), so that every cell is soon there for assistive technologies
 * while no frame takes long. Rows keep their layout containment, so a level change still lays
 * out one row.
 */
export class OffscreenRows implements ReactiveController {
  private frame?: number;

  constructor(
    host: ReactiveControllerHost,
    private readonly rows: () => Iterable<Element>,
    private readonly columns: () => number,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.schedule();
  }

  hostUpdated(): void {
    this.schedule();
  }

  private schedule(): void {
    if (this.frame !== undefined || this.waiting().length === 0) return;
    // The frame after this update shows the rows in view; the rest follow from the next one.
    this.frame = requestAnimationFrame(() => {
      this.frame = requestAnimationFrame(() => {
        this.step();
      });
    });
  }

  hostDisconnected(): void {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }

  private waiting(): Element[] {
    return [...this.rows()].filter((row) => !row.hasAttribute(RENDERED_ROW));
  }

  private step(): void {
    const perFrame = Math.max(1, Math.floor(CELLS_PER_FRAME / Math.max(1, this.columns())));
    const waiting = this.waiting();
    for (const row of waiting.slice(0, perFrame)) row.setAttribute(RENDERED_ROW, '');
    this.frame =
      waiting.length > perFrame
        ? requestAnimationFrame(() => {
            this.step();
          })
        : undefined;
  }
}
