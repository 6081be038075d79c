import { css } from 'lit';

/**
 * Styles of the matrix itself, loaded with the module that draws it. Level colours tint cells and
 * chips (mixed with the surface, so text keeps its contrast in light and dark); the glyph and the
 * name or value always say the level too, so forced colours, print and colour-blind readers lose
 * nothing. Declarations that many parts share are written once, for the parts together.
 */
export const matrixStyles = css`
  /* The level tints are mixed once here, not in each of thousands of cells. */
  :host {
    --_tint: var(--lp-matrix-tint, 30%);
    --_below: var(--lp-matrix-below, var(--_lp-color-danger));
    --_met: var(--lp-matrix-met, var(--_lp-color-success));
    --_above: var(--lp-matrix-above, var(--_lp-color-accent));
    --_tone-0: color-mix(in srgb, var(--lp-matrix-level-1, #440154) var(--_tint), var(--_lp-color-surface));
    --_tone-1: color-mix(in srgb, var(--lp-matrix-level-2, #3b528b) var(--_tint), var(--_lp-color-surface));
    --_tone-2: color-mix(in srgb, var(--lp-matrix-level-3, #21918c) var(--_tint), var(--_lp-color-surface));
    --_tone-3: color-mix(in srgb, var(--lp-matrix-level-4, #5ec962) var(--_tint), var(--_lp-color-surface));
    --_tone-4: color-mix(in srgb, var(--lp-matrix-level-5, #fde725) var(--_tint), var(--_lp-color-surface));
  }
  .tone-0 {
    background: var(--_tone-0);
  }
  .tone-1 {
    background: var(--_tone-1);
  }
  .tone-2 {
    background: var(--_tone-2);
  }
  .tone-3 {
    background: var(--_tone-3);
  }
  .tone-4 {
    background: var(--_tone-4);
  }

  /* Shared by many parts. */
  .summary,
  caption,
  thead th,
  .group-row th,
  tfoot th,
  tfoot td,
  .gap,
  .caption,
  .group-heading,
  .skill-item__name,
  .chooser__label,
  .legend__title {
    font-weight: 600;
  }

  .caption,
  .chooser__label,
  .legend__title {
    margin: 0 0 var(--_lp-space);
  }

  .skill-description,
  .edit-hint,
  .chooser__description,
  .course__meta,
  .course__why,
  .legend {
    font-size: 0.875em;
  }

  .skill-description,
  .edit-hint,
  .chooser__description,
  .course__meta,
  .course__why,
  .chip--none,
  .level--none,
  .legend__value,
  .group-heading,
  .skill-item__facts dt,
  .empty {
    color: var(--_lp-color-text-muted);
  }

  select,
  .toolbar__csv,
  .level-button,
  .scroller--team,
  .chooser,
  .legend,
  .skill-item,
  .empty {
    border: 1px solid var(--_lp-color-border);
    border-radius: var(--_lp-radius);
  }

  .chooser__options,
  .legend__items,
  .skill-items,
  .recommendations__list,
  .skill-item__facts,
  .skill-item__facts dd,
  .legend__descriptions dd,
  .edit-hint p,
  .chooser {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .chip,
  .gap {
    display: inline-flex;
    align-items: baseline;
  }

  .level,
  .count {
    text-align: center;
    white-space: nowrap;
  }

  .level,
  .count,
  .gap,
  .legend__value {
    font-variant-numeric: tabular-nums;
  }

  .toolbar,
  .legend__items,
  .skill-item__facts,
  .edit-hint__level {
    display: flex;
    flex-wrap: wrap;
  }

  .toolbar {
    align-items: center;
    justify-content: space-between;
    gap: var(--_lp-space) calc(var(--_lp-space) * 2);
    margin-block-end: var(--_lp-space);
  }

  .toolbar__sort {
    display: inline-flex;
    align-items: center;
    gap: var(--_lp-space);
  }

  select,
  .toolbar__csv,
  .level-button {
    font: inherit;
    color: var(--_lp-color-text);
    background: var(--_lp-color-surface);
    padding: calc(var(--_lp-space) / 2) var(--_lp-space);
    min-block-size: 2.25rem;
  }

  .toolbar__csv {
    border-color: var(--_lp-color-accent);
    color: var(--_lp-color-accent);
  }

  .summary {
    margin-block: 0 calc(var(--_lp-space) * 1.5);
  }

  .scroller {
    /* Holds the cells' screen-reader text, so it cannot widen the page. */
    position: relative;
    overflow-x: auto;
  }

  .scroller--team {
    max-block-size: var(--lp-matrix-max-block-size, 70vh);
    overflow: auto;
  }

  .matrix {
    border-collapse: separate;
    border-spacing: 0;
    inline-size: 100%;
  }

  caption {
    caption-side: top;
    text-align: start;
    padding-block-end: var(--_lp-space);
  }

  .scroller--team caption {
    padding: var(--_lp-space);
  }

  th,
  td {
    padding: calc(var(--_lp-space) * 0.75) var(--_lp-space);
    border-block-end: 1px solid var(--_lp-color-border);
    text-align: start;
    vertical-align: middle;
    background: var(--_lp-color-surface);
  }

  thead th {
    position: sticky;
    inset-block-start: 0;
    z-index: 2;
    vertical-align: bottom;
    border-block-end-width: 2px;
  }

  th[scope='row'] {
    font-weight: 400;
  }

  .sticky {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
  }

  thead .sticky {
    z-index: 3;
  }

  .matrix--team th.sticky {
    border-inline-end: 1px solid var(--_lp-color-border);
    min-inline-size: 10rem;
    max-inline-size: 16rem;
  }

  .person {
    min-inline-size: 4.5rem;
    max-inline-size: 8rem;
    font-size: 0.875em;
  }

  .group-row th {
    background: var(--_lp-color-surface-muted);
    padding-block-start: calc(var(--_lp-space) * 1.5);
  }

  tfoot th,
  tfoot td {
    border-block-start: 2px solid var(--_lp-color-border);
  }

  td:focus-visible,
  th:focus-visible,
  .matrix button:focus-visible {
    outline: var(--_lp-focus-ring-width) solid var(--_lp-color-focus);
    outline-offset: calc(var(--_lp-focus-ring-width) * -1);
  }

  .chip {
    gap: 0.35em;
    padding: 0.05em 0.55em;
    border: 1px solid transparent;
    border-radius: 999px;
    white-space: nowrap;
  }

  .chip--none {
    background: transparent;
    border: 1px dashed var(--_lp-color-border);
  }

  .glyph {
    font-size: 1.05em;
    line-height: 1;
  }

  .level--none {
    background: var(--_lp-color-surface);
  }

  .level--below {
    box-shadow: inset 0 -3px 0 var(--_below);
  }

  .gap {
    gap: 0.3em;
  }

  .gap--below {
    color: var(--_below);
  }

  .gap--met {
    color: var(--_met);
  }

  .gap--above {
    color: var(--_above);
  }

  /* An editable level opens a list: the same mark as a select's. */
  .editable .chip::after,
  .level-button .chip::after {
    content: '▾';
    content: '▾' / '';
    margin-inline-start: 0.15em;
  }

  .editable:hover,
  .matrix--editable .level:hover {
    outline: 1px solid var(--_lp-color-accent);
    outline-offset: -2px;
  }

  .skill-toggle {
    all: unset;
    text-decoration: underline dotted;
    text-underline-offset: 0.2em;
  }

  .skill-toggle::after {
    content: ' ▸';
    content: ' ▸' / '';
    color: var(--_lp-color-text-muted);
  }

  .skill-toggle[aria-expanded='true']::after {
    content: ' ▾';
    content: ' ▾' / '';
  }

  [dir='rtl'] .skill-toggle::after {
    content: ' ◂';
    content: ' ◂' / '';
  }

  /* After .skill-toggle, whose all: unset would take it away. */
  .toolbar__csv,
  .level-button,
  .editable,
  .matrix--editable .level,
  .skill-toggle,
  .chooser__option,
  .legend__descriptions summary,
  .course__link {
    cursor: pointer;
  }

  .skill-description {
    display: block;
    margin-block-start: calc(var(--_lp-space) / 2);
    max-inline-size: 40ch;
    white-space: normal;
  }

  .edit-hint {
    margin-block: var(--_lp-space) 0;
  }

  .edit-hint--active {
    position: sticky;
    inset-block-end: 0;
    z-index: 4;
    padding: var(--_lp-space);
    background: var(--_lp-color-surface);
    border-block-start: 2px solid var(--_lp-color-accent);
    color: var(--_lp-color-text);
  }

  .edit-hint__level {
    align-items: baseline;
    gap: calc(var(--_lp-space) / 2) var(--_lp-space);
    margin-block-start: calc(var(--_lp-space) / 2) !important;
  }

  .chooser-anchor {
    anchor-name: --lp-matrix-chooser;
  }

  .chooser {
    padding: var(--_lp-space);
    inline-size: min(24rem, calc(100vw - 2rem));
    background: var(--_lp-color-surface);
    color: var(--_lp-color-text);
    box-shadow: 0 0.5rem 1.5rem rgb(0 0 0 / 0.2);
    font-family: var(--_lp-font-family);
  }

  @supports (position-area: block-end) {
    .chooser {
      position-anchor: --lp-matrix-chooser;
      position-area: block-end span-inline-end;
      position-try-order: most-block-size;
      position-try-fallbacks:
        flip-block,
        flip-inline,
        flip-block flip-inline;
      /* The area beside the level is the containing block: the list scrolls within what fits. */
      max-block-size: 100%;
      overflow-y: auto;
    }
  }

  .chooser__options {
    display: grid;
    gap: 2px;
  }

  .chooser__option {
    display: grid;
    justify-items: start;
    gap: 0.25em;
    padding: calc(var(--_lp-space) * 0.75) var(--_lp-space);
    border: 1px solid transparent;
    border-radius: var(--_lp-radius);
  }

  .chooser__option:hover {
    background: var(--_lp-color-surface-muted);
  }

  .chooser__option[aria-selected='true'] {
    border-color: var(--_lp-color-accent);
  }

  .chooser__option[aria-selected='true'] .chip::after {
    content: '✓';
    content: '✓' / '';
  }

  .legend {
    margin-block-start: calc(var(--_lp-space) * 2);
    padding: var(--_lp-space) calc(var(--_lp-space) * 1.5);
  }

  .legend__items {
    gap: var(--_lp-space) calc(var(--_lp-space) * 2);
    margin-block-end: var(--_lp-space);
  }

  .legend__descriptions summary {
    color: var(--_lp-color-accent);
  }

  .legend__descriptions dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--_lp-space) calc(var(--_lp-space) * 1.5);
    margin: var(--_lp-space) 0 0;
  }

  .recommendations__title {
    margin: calc(var(--_lp-space) * 3) 0 var(--_lp-space);
    font-size: 1.125em;
  }

  .recommendations__list {
    display: grid;
    gap: calc(var(--_lp-space) * 1.5);
    padding-inline-start: 1.5em;
    list-style: decimal;
  }

  .course__link {
    font: inherit;
    font-weight: 600;
    color: var(--_lp-color-accent);
    text-decoration: underline;
    background: none;
    border: 0;
    padding: 0;
  }

  .course__meta {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0 var(--_lp-space);
    margin-inline-start: var(--_lp-space);
  }

  .course__code {
    unicode-bidi: isolate;
  }

  .course__why {
    margin: 0.25em 0 0;
  }

  .empty {
    padding: calc(var(--_lp-space) * 2);
    border-style: dashed;
  }

  .group-heading {
    margin: calc(var(--_lp-space) * 2) 0 var(--_lp-space);
  }

  .skill-items {
    display: grid;
    gap: var(--_lp-space);
  }

  .skill-item {
    padding: var(--_lp-space) calc(var(--_lp-space) * 1.5);
  }

  .skill-item__name {
    margin: 0 0 calc(var(--_lp-space) / 2);
  }

  .skill-item__facts {
    gap: calc(var(--_lp-space) / 2) calc(var(--_lp-space) * 1.5);
  }

  .skill-item__facts dt {
    font-size: 0.8125em;
  }

  .level-button {
    padding: 0.125rem 0.25rem;
  }

  /*
   * A large team grid (more than 1,000 level cells) is laid out as rows of fixed column tracks, not as a
   * table: a table's columns are sized from every cell, so it styles and lays out all of them on
   * the first render and again on every change. Here each row is a block of its own, so a row out
   * of view is skipped (content-visibility) until it is near or rendered by OffscreenRows, and a
   * level change lays out one row. The elements keep their table semantics (role="grid");
   * --_people and --_level-chars are set on the table. On paper it stays a table: every row
   * printed, its columns sized to the page.
   */
  @media screen {
    .scroller--rows {
      container-type: inline-size;
    }

    .matrix--rows {
      /* Narrow screens keep room for levels beside the sticky skill column. */
      --_skill-track: clamp(8rem, 45cqi, 14rem);
      /* The longest level name, its glyph, the chip's padding and the cell's. */
      --_required-track: max(7rem, calc(var(--_level-chars) * 1ch + 3.75rem));
      --_person-track: 5.25rem;
      --_count-tracks: 13rem;
      display: block;
      inline-size: max(
        100%,
        calc(
          var(--_skill-track) + var(--_required-track) + var(--_people) * var(--_person-track) + var(--_count-tracks)
        )
      );
    }

    .matrix--rows > caption,
    .matrix--rows > thead,
    .matrix--rows > tbody,
    .matrix--rows > tfoot,
    .matrix--rows .group-row,
    .matrix--rows .group-row th {
      display: block;
    }

    .matrix--rows tr[data-nav] {
      display: grid;
      grid-template-columns:
        var(--_skill-track) var(--_required-track) repeat(var(--_people), minmax(var(--_person-track), 1fr))
        minmax(7rem, 1fr) minmax(6rem, 1fr);
    }

    .matrix--rows tr[data-skill] {
      content-visibility: auto;
      contain-intrinsic-size: auto none auto 2.75rem;
    }

    .matrix--rows tr[data-skill][data-rendered] {
      content-visibility: visible;
      contain: layout style paint;
    }

    /* A column no longer grows to its longest text: names and counts wrap within it. */
    .matrix--rows th,
    .matrix--rows .count {
      overflow-wrap: anywhere;
      white-space: normal;
    }

    /* The header row as a whole stays at the top; its first cell also stays at the start. */
    .matrix--rows > thead {
      position: sticky;
      inset-block-start: 0;
      z-index: 2;
    }

    .matrix--rows thead th:not(.sticky) {
      position: static;
    }
  }

  @media (forced-colors: active) {
    .chip,
    .level--none,
    .chooser__option[aria-selected='true'] {
      border: 1px solid CanvasText;
    }
    .level--below {
      outline: 2px dashed CanvasText;
      outline-offset: -4px;
    }
  }

  @media print {
    .toolbar,
    .edit-hint,
    .chooser,
    .skill-toggle::after {
      display: none !important;
    }
    :host {
      font-size: 10pt;
    }
    .scroller,
    .scroller--team {
      overflow: visible;
      max-block-size: none;
      border: 0;
    }
    thead th,
    .sticky {
      position: static;
    }
    thead {
      display: table-header-group;
    }
    tr,
    .skill-item,
    .legend {
      break-inside: avoid;
    }
    .chip,
    .level,
    .gap {
      print-color-adjust: exact;
    }
    .legend__descriptions::details-content {
      content-visibility: visible;
      display: block;
    }
    .course__link[href]::after {
      content: ' (' attr(href) ')';
      font-weight: 400;
      color: var(--_lp-color-text-muted);
    }
  }
`;
