import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ChildPart, type PartInfo } from 'lit/directive.js';
import type { LevelScale } from './level-scale.js';
import type { MatrixCell } from './matrix-view.js';
import { GAP_GLYPHS, NOT_ASSESSED_GLYPH } from './render-levels.js';

/** Id of the one element that says "below the requirement" for every cell below it. */
export const BELOW_NOTE_ID = 'below-note';

/** What one cell shows: its classes, its text, and whether it is below the requirement. */
interface CellLook {
  readonly className: string;
  readonly text: string;
  readonly below: boolean;
}

function lookOf(cell: MatrixCell, scale: LevelScale | undefined): CellLook {
  const level = cell.level === undefined ? undefined : scale?.level(cell.level);
  const below = cell.gap < 0;
  const tone = level ? `level tone-${level.tone}` : 'level level--none';
  return {
    className: below ? `${tone} level--below` : tone,
    text: `${level ? `${level.glyph} ${level.value}` : NOT_ASSESSED_GLYPH}${below ? ` ${GAP_GLYPHS.below}` : ''}`,
    below,
  };
}

function paint(td: HTMLTableCellElement, look: CellLook): void {
  if (td.className !== look.className) td.className = look.className;
  if (td.textContent !== look.text) td.textContent = look.text;
  if (look.below) td.setAttribute('aria-describedby', BELOW_NOTE_ID);
  else td.removeAttribute('aria-describedby');
}

/**
 * A row's level cells, made with the DOM directly. This is the hot path of a large matrix (6,000
 * cells for 150 skills × 40 people): one `<td>` with a class and a text per cell — the glyph, the
 * value and, below the requirement, ▼ as text, the colour from the class, and for screen readers
 * a description shared by every cell below. A template instance per cell cost about twice as much
 * to render, and an extra element or pseudo-element per cell doubled the time to lay the grid out.
 * The first render hands Lit one fragment of the row's cells (an array would give every cell
 * markers of its own and an insertion of its own); later renders patch the same cells in place,
 * so the focus and the tab stop stay put.
 */
class LevelCellsDirective extends Directive {
  private cells: HTMLTableCellElement[] = [];

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('levelCells() belongs between a row’s cells');
  }

  render(_cells: readonly MatrixCell[], _scale: LevelScale | undefined) {
    return nothing;
  }

  override update(part: ChildPart, [cells, scale]: Parameters<this['render']>) {
    const owner = part.parentNode.ownerDocument ?? document;
    const added = owner.createDocumentFragment();
    for (const removed of this.cells.splice(cells.length)) removed.remove();
    cells.forEach((cell, index) => {
      let td = this.cells[index];
      if (!td) {
        td = owner.createElement('td');
        td.setAttribute('part', 'cell');
        this.cells[index] = td;
        added.append(td);
      }
      paint(td, lookOf(cell, scale));
    });
    part.parentNode.insertBefore(added, part.endNode);
    return noChange;
  }
}

/** The level cells of one row of the team grid. */
export const levelCells = directive(LevelCellsDirective);
