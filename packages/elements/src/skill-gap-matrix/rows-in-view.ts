/** Rows drawn beyond the edge of the view, so that the first scroll finds rows there. */
const MARGIN_ROWS = 2;

/**
 * How many more rows of a grid drawn in parts fit in what the user sees of it now: the space
 * from the bottom of its last row to the nearer of the window's bottom and the greatest height
 * of its scrolling box, counted in rows as tall as the last one (a row not drawn yet is as tall
 * as its intrinsic size, set near a real row's height in the styles), plus a small margin.
 * Nothing for a grid that is not laid out.
 */
export function rowsInView(scroller: Element, lastRow: Element): number {
  const row = lastRow.getBoundingClientRect();
  if (row.height <= 0) return 0;
  // A length in pixels (`70vh` computes to one); `none` or a percentage leave the window as the limit.
  const maxBlockSize = getComputedStyle(scroller).maxBlockSize;
  const limit = maxBlockSize.endsWith('px')
    ? scroller.getBoundingClientRect().top + Number.parseFloat(maxBlockSize)
    : Number.POSITIVE_INFINITY;
  const bottom = Math.min(window.innerHeight, limit);
  return Math.max(0, Math.ceil((bottom - row.bottom) / row.height)) + MARGIN_ROWS;
}
