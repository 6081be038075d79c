import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { MatrixRow } from './matrix-view.js';
import { groupName, skillName, type MatrixRenderContext } from './render-context.js';
import { gapBadge, levelChip } from './render-levels.js';

/** The column of the person view that holds the current level (the one a person edits). */
export const PERSON_CURRENT_COLUMN = 2;

function personRow(row: MatrixRow, context: MatrixRenderContext) {
  const { localize, view, editable } = context;
  const [cell] = row.cells;
  return html`<tr data-nav data-skill=${row.skill}>
    <th scope="row" part="cell" class="skill">${skillName(row, context, true)}</th>
    <td part="cell">${levelChip(view.scale, row.required, localize)}</td>
    <td
      part="cell"
      class=${editable ? 'current editable' : 'current'}
      aria-haspopup=${ifDefined(editable ? 'listbox' : undefined)}
      aria-describedby=${ifDefined(editable ? context.hintId : undefined)}
    >
      ${levelChip(view.scale, cell?.level, localize)}
    </td>
    <td part="cell">${gapBadge(cell?.gap ?? 0, localize)}</td>
  </tr>`;
}

/** One person against the requirement: a grid of skills × required, current and gap. */
export function renderPersonTable(context: MatrixRenderContext) {
  const { localize, groups } = context;
  return html`<div class="scroller">
    <table role="grid" part="table" class="matrix matrix--person" aria-readonly=${context.editable ? 'false' : 'true'}>
      <caption>
        ${context.caption}
      </caption>
      <thead>
        <tr data-nav>
          <th scope="col" part="header">${localize.term('columnSkill')}</th>
          <th scope="col" part="header">${localize.term('columnRequired')}</th>
          <th scope="col" part="header">${localize.term('columnCurrent')}</th>
          <th scope="col" part="header">${localize.term('columnGap')}</th>
        </tr>
      </thead>
      ${groups.map(
        ({ group, rows }) =>
          html`<tbody>
            ${
              group
                ? html`<tr class="group-row">
                    <th scope="rowgroup" colspan="4">${groupName(group, localize)}</th>
                  </tr>`
                : nothing
            }
            ${rows.map((row) => guard(context.rowKey(row), () => personRow(row, context)))}
          </tbody>`,
      )}
    </table>
  </div>`;
}

/**
 * The person view at 480 px and less: one list item per skill with the same facts as the table
 * (required, current, gap), under the group headings. An editable level is a button.
 */
export function renderPersonList(
  context: MatrixRenderContext,
  levelButton: (row: MatrixRow) => ReturnType<typeof html>,
) {
  const { localize, view, groups, editable } = context;
  const item = (row: MatrixRow) => {
    const [cell] = row.cells;
    return html`<li class="skill-item" part="cell" data-skill=${row.skill}>
      <p class="skill-item__name">${skillName(row, context, false)}</p>
      <dl class="skill-item__facts">
        <div>
          <dt>${localize.term('columnRequired')}</dt>
          <dd>${levelChip(view.scale, row.required, localize)}</dd>
        </div>
        <div>
          <dt>${localize.term('columnCurrent')}</dt>
          <dd>${editable ? levelButton(row) : levelChip(view.scale, cell?.level, localize)}</dd>
        </div>
        <div>
          <dt>${localize.term('columnGap')}</dt>
          <dd>${gapBadge(cell?.gap ?? 0, localize)}</dd>
        </div>
      </dl>
    </li>`;
  };
  return html`<div class="skill-list" part="table" role="group" aria-labelledby="list-caption">
    <p class="caption" id="list-caption">${context.caption}</p>
    ${groups.map(
      ({ group, rows }, index) =>
        html`${group ? html`<p class="group-heading" id="group-${index}">${groupName(group, localize)}</p>` : nothing}
          <ul class="skill-items" aria-labelledby=${ifDefined(group ? `group-${index}` : undefined)}>
            ${rows.map(item)}
          </ul>`,
    )}
  </div>`;
}
