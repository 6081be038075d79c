import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { LocalizeController } from '../base/localize/localize-controller.js';
import type { MatrixRow, MatrixView } from './matrix-view.js';
import { dirOf, langOf } from './render-levels.js';
import type { RowGroup } from './row-order.js';

/** What the person and team renderers need from the element. */
export interface MatrixRenderContext {
  readonly localize: LocalizeController;
  readonly view: MatrixView;
  /** The rows drawn so far, in order and under their headings. */
  readonly groups: readonly RowGroup[];
  /**
   * More rows follow in later frames: the grid says it is busy, and its footer waits, so that
   * the rows drawn are always the first rows of the complete grid.
   */
  readonly rowsPending: boolean;
  readonly editable: boolean;
  readonly caption: string;
  /** Skills whose description is open. */
  readonly expanded: ReadonlySet<string>;
  /** What a row's rendering depends on: a row re-renders only when this changes (see `guard`). */
  readonly rowKey: (row: MatrixRow) => unknown[];
  readonly toggleDescription: (skill: string) => void;
  /** Id of the element that explains how to change levels. */
  readonly hintId: string;
}

/** The heading of a row group: the group's name, or "Other skills" for skills without one. */
export function groupName(group: RowGroup['group'], localize: LocalizeController) {
  if (!group) return nothing;
  if (!group.name) return localize.term('otherSkills');
  return html`<span lang=${ifDefined(langOf(group.name, localize))} dir=${ifDefined(dirOf(group.name, localize))}
    >${group.name.text}</span
  >`;
}

/**
 * A skill's name; with a description, the name is a disclosure button that shows it. Inside a
 * grid the button is not a tab stop of its own (the grid moves the focus to it).
 */
export function skillName(row: MatrixRow, context: MatrixRenderContext, inGrid: boolean) {
  const { localize } = context;
  const name = html`<span lang=${ifDefined(langOf(row.name, localize))} dir=${ifDefined(dirOf(row.name, localize))}
    >${row.name.text}</span
  >`;
  if (!row.description.text) return name;
  const open = context.expanded.has(row.skill);
  return html`<button
      type="button"
      class="skill-toggle"
      tabindex=${ifDefined(inGrid ? '-1' : undefined)}
      aria-expanded=${open ? 'true' : 'false'}
      @click=${() => {
        context.toggleDescription(row.skill);
      }}
    >
      ${name}
    </button>
    ${
      open
        ? html`<span
            class="skill-description"
            lang=${ifDefined(langOf(row.description, localize))}
            dir=${ifDefined(dirOf(row.description, localize))}
            >${row.description.text}</span
          >`
        : nothing
    }`;
}
