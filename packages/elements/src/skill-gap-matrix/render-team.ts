import { html, nothing } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import { BELOW_NOTE_ID, levelCells } from './level-cells.js';
import type { MatrixRow, MatrixView } from './matrix-view.js';
import { groupName, skillName, type MatrixRenderContext } from './render-context.js';
import { dirOf, langOf, levelChip } from './render-levels.js';

/** The first column of the team view that holds a person's level. */
export const TEAM_FIRST_PERSON_COLUMN = 2;

function teamRow(row: MatrixRow, context: MatrixRenderContext) {
  const { localize, view } = context;
  return html`<tr data-nav data-skill=${row.skill}>
    <th scope="row" part="cell" class="skill sticky">${skillName(row, context, true)}</th>
    <td part="cell">${levelChip(view.scale, row.required, localize)}</td>
    ${levelCells(row.cells, view.scale)}
    <td part="cell" class="count">${localize.term('countOf', row.meeting, row.cells.length)}</td>
    <td part="cell" class="count">${localize.number(row.shortfall)}</td>
  </tr>`;
}

/** Per person, how many required skills they meet. */
function teamFooter({ localize, view }: MatrixRenderContext) {
  return html`<tfoot>
    <tr data-nav>
      <th scope="row" part="cell" class="sticky">${localize.term('rowSkillsMet')}</th>
      <td part="cell"></td>
      ${view.people.map(
        ({ summary }) =>
          html`<td part="cell" class="count">
            ${localize.term('countOf', summary.met + summary.above, summary.required)}
          </td>`,
      )}
      <td part="cell"></td>
      <td part="cell"></td>
    </tr>
  </tfoot>`;
}

/**
 * Above this many level cells the grid is drawn as rows of fixed column tracks that skip their
 * rendering while out of view (see the styles), and its rows are made over several frames (see
 * `ProgressiveRows`); smaller grids stay a table whose columns fit their text, which reads better
 * and costs little.
 */
const ROW_LAYOUT_CELLS = 1000;

/** Whether the team grid of this view is drawn as rows of fixed column tracks. */
export function teamRowLayout(view: MatrixView): boolean {
  return view.rows.length * view.people.length > ROW_LAYOUT_CELLS;
}

/**
 * What the grid's fixed column tracks are sized from (see the styles): how many people, and the
 * longest level name, which the required column shows whole.
 */
function columnTracks(view: MatrixView) {
  const levelChars = Math.max(4, ...(view.scale?.levels ?? []).map((level) => level.name.text.length));
  return styleMap({ '--_people': String(view.people.length), '--_level-chars': String(levelChars) });
}

/**
 * People side by side: a grid of skills × people, each cell the person's level against the
 * requirement, with per skill how many meet it and the levels short; per person (in the footer)
 * how many required skills they meet. Row and column headers stay in view while scrolling.
 */
export function renderTeamTable(context: MatrixRenderContext) {
  const { localize, view, groups, editable } = context;
  const columns = view.people.length + 4;
  const rowLayout = teamRowLayout(view);
  return html`<div
    class=${rowLayout ? 'scroller scroller--team scroller--rows' : 'scroller scroller--team'}
    part="scroller"
  >
    <span id=${BELOW_NOTE_ID} hidden>${localize.term('gapBelow')}</span>
    <table
      role="grid"
      part="table"
      class=${classMap({ matrix: true, 'matrix--team': true, 'matrix--rows': rowLayout, 'matrix--editable': editable })}
      aria-readonly=${editable ? 'false' : 'true'}
      aria-describedby=${ifDefined(editable ? context.hintId : undefined)}
      aria-busy=${ifDefined(context.rowsPending ? 'true' : undefined)}
      style=${rowLayout ? columnTracks(view) : nothing}
    >
      <caption>
        ${context.caption}
      </caption>
      <thead>
        <tr data-nav>
          <th scope="col" part="header" class="sticky">${localize.term('columnSkill')}</th>
          <th scope="col" part="header">${localize.term('columnRequired')}</th>
          ${view.people.map(
            (person) =>
              html`<th
                scope="col"
                part="header"
                class="person"
                lang=${ifDefined(langOf(person.name, localize))}
                dir=${ifDefined(dirOf(person.name, localize))}
              >
                ${person.name.text}
              </th>`,
          )}
          <th scope="col" part="header">${localize.term('columnMeeting')}</th>
          <th scope="col" part="header">${localize.term('columnShortfall')}</th>
        </tr>
      </thead>
      ${groups.map(
        ({ group, rows }) =>
          html`<tbody>
            ${
              group
                ? html`<tr class="group-row">
                    <th scope="rowgroup" colspan=${columns}>
                      <span class="sticky">${groupName(group, localize)}</span>
                    </th>
                  </tr>`
                : nothing
            }
            ${rows.map((row) => guard(context.rowKey(row), () => teamRow(row, context)))}
          </tbody>`,
      )}
      ${context.rowsPending ? nothing : teamFooter(context)}
    </table>
  </div>`;
}
