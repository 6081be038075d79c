import { css, type CSSResultGroup } from 'lit';

/**
 * The step cards, their status circles and the opened details. Block and single-line flex layouts
 * only, which browsers lay out in one pass. On long tracks, steps out of view are neither styled,
 * laid out nor painted until they come near it (`content-visibility` on the whole step: its circle,
 * card and line, rather than on the card and circle one by one, which still styled three boxes per
 * step); they stay in the accessibility tree, in find-in-page and in print. The disclosure chevron is two borders of a turned square,
 * pointing down, and up once the step is open: physical borders, as up and down do not mirror. The
 * element has its own surface, so dark colours never land on a light page (or the other way
 * round). `--_gap-h` runs from a card's end to the next circle, `--_gap-v` between rows;
 * `--_indent` is how far the paths of a fork stand in (vertical).
 */
const cards = css`
  :host {
    --_step-width: var(--lp-career-track-step-width, 12rem);
    --_details-width: max(var(--_step-width), 22rem);
    --_line-color: var(--lp-career-track-line-color, var(--_lp-color-text-muted));
    --_line: var(--lp-career-track-line-width, 2px);
    --_marker: var(--lp-career-track-marker-size, 2rem);
    --_centre: calc(var(--_marker) / 2 - var(--_line) / 2);
    --_gap-h: 2rem;
    --_gap-v: 1rem;
    --_indent: calc(var(--_marker) + 0.5rem);
    --_stub: 1rem;
    background: var(--_lp-color-surface);
  }

  ol,
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  p {
    margin: 0;
  }

  .track {
    display: grid;
    gap: calc(var(--_lp-space) * 1.5);
  }

  .header {
    display: grid;
    gap: calc(var(--_lp-space) / 2);
  }

  .track-title {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }

  .description,
  .progress-summary {
    color: var(--_lp-color-text-muted);
  }

  .scroller {
    overflow-x: auto;
    padding: calc(var(--_lp-focus-ring-width) + 2px);
  }

  .item,
  .path {
    position: relative;
  }

  .marker {
    position: relative;
    z-index: 1;
    display: grid;
    flex: none;
    place-items: center;
    inline-size: var(--_marker);
    block-size: var(--_marker);
    border: var(--_line) solid var(--_line-color);
    border-radius: 50%;
    background: var(--_lp-color-surface);
    color: var(--_lp-color-text-muted);
  }

  .icon {
    inline-size: 1rem;
    block-size: 1rem;
  }

  .step--achieved .marker {
    border-color: var(--_lp-color-success);
    background: var(--_lp-color-success);
    color: var(--_lp-color-surface);
  }

  .step--current .marker {
    border-color: var(--_lp-color-accent);
    background: var(--_lp-color-accent);
    color: var(--_lp-color-accent-contrast);
  }

  .step--available .marker,
  .step--optional .marker {
    border-color: var(--_lp-color-accent);
    color: var(--_lp-color-accent);
  }

  .step--optional .marker {
    border-style: dashed;
  }

  .card {
    min-inline-size: 0;
    padding: var(--_lp-space) calc(var(--_lp-space) * 1.5) calc(var(--_lp-space) * 1.25);
    border: 1px solid var(--_lp-color-border);
    border-radius: var(--_lp-radius);
    background: var(--_lp-color-surface);
  }

  /* A step skipped is as tall as a card of 9rem with what the layout adds around it, until drawn once. */
  .track--long .step {
    content-visibility: auto;
    contain-intrinsic-size: auto var(--_step-width) auto calc(9rem + var(--_gap-v));
  }

  .track--horizontal.track--long .step {
    contain-intrinsic-size: auto var(--_step-width) auto calc(9rem + var(--_marker) + var(--_lp-space));
  }

  .step--marked .card {
    border: 2px solid var(--_lp-color-accent);
  }

  .toggle {
    position: relative;
    display: block;
    inline-size: 100%;
    margin: 0;
    padding: 0;
    padding-inline-end: 1.5rem;
    border: 0;
    border-radius: calc(var(--_lp-radius) / 2);
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }

  .position,
  .title,
  .status {
    display: block;
  }

  .position {
    font-size: 0.8125em;
    color: var(--_lp-color-text-muted);
  }

  .title {
    font-weight: 600;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }

  .status {
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_lp-color-text-muted);
  }

  .step--achieved .status {
    color: var(--_lp-color-success);
  }

  .step--current .status,
  .step--available .status,
  .step--optional .status {
    color: var(--_lp-color-accent);
  }

  .toggle::after {
    content: '';
    position: absolute;
    inset-block-start: 0.35rem;
    inset-inline-end: 0.3rem;
    inline-size: 0.5rem;
    block-size: 0.5rem;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: rotate(45deg);
    transition: transform 150ms ease;
  }

  .step--open .toggle::after {
    inset-block-start: 0.6rem;
    transform: rotate(225deg);
  }

  .summary {
    margin-block-start: calc(var(--_lp-space) / 2);
    font-size: 0.875em;
  }

  .facts {
    margin-block-start: calc(var(--_lp-space) / 2);
    font-size: 0.8125em;
    color: var(--_lp-color-text-muted);
  }

  .joins,
  .path__note {
    font-size: 0.8125em;
    font-style: italic;
    color: var(--_lp-color-text-muted);
  }

  .joins {
    margin-block-start: calc(var(--_lp-space) / 2);
  }

  /* A fact that does not apply, or joins from fewer than two steps, is drawn as an empty item. */
  .fact:empty,
  .joins:empty {
    display: none;
  }

  .fork__label {
    font-size: 0.8125em;
    color: var(--_lp-color-text-muted);
  }

  .details {
    display: grid;
    gap: calc(var(--_lp-space) / 2);
    margin-block-start: var(--_lp-space);
    padding-block-start: var(--_lp-space);
    border-block-start: 1px solid var(--_lp-color-border);
    font-size: 0.875em;
  }

  .details__heading {
    margin-block-start: calc(var(--_lp-space) / 2);
    font-weight: 700;
  }

  .requirements,
  .courses {
    display: grid;
    gap: calc(var(--_lp-space) * 0.75);
  }

  .requirement {
    display: grid;
    grid-template-columns: 1.25em minmax(0, 1fr) auto;
    column-gap: calc(var(--_lp-space) / 2);
  }

  .requirement__mark {
    grid-row: span 2;
    font-weight: 700;
  }

  .requirement__levels {
    grid-column: 2 / 4;
  }

  .requirement--met .requirement__mark {
    color: var(--_lp-color-success);
  }

  .requirement--below .requirement__mark {
    color: var(--_lp-color-danger);
  }

  .requirement__skill {
    font-weight: 600;
  }

  .requirement__levels {
    font-size: 0.9375em;
  }

  .requirement__gap {
    font-weight: 600;
  }

  .requirement--met .requirement__gap {
    color: var(--_lp-color-success);
  }

  .requirement--below .requirement__gap {
    color: var(--_lp-color-danger);
  }

  .requirement__levels,
  .course__meta,
  .credential__facts {
    color: var(--_lp-color-text-muted);
  }

  .course__link,
  .credential a {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_lp-color-accent);
    font: inherit;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }

  .course__meta,
  .credential__facts {
    display: block;
  }

  .state__message {
    color: var(--_lp-color-text-muted);
  }

  .skeleton {
    display: grid;
    gap: var(--_lp-space);
  }

  .skeleton .bone {
    block-size: 3rem;
    max-inline-size: 24rem;
    border-radius: var(--_lp-radius);
  }
  .line {
    position: absolute;
    pointer-events: none;
  }

  .line::before,
  .line::after,
  .item::after {
    position: absolute;
    pointer-events: none;
  }
`;

/**
 * Vertical layout: steps down the page. A line runs from each circle to the next step; the line
 * a fork leaves from runs on past its label and its paths (past the last path only when the
 * paths join again below; from the first path's branch-off when nothing comes before), with a
 * branch-off into each path's first circle; a path that joins turns back into that line at its
 * end, and the line goes on to the step they join at.
 */
const vertical = css`
  .track--vertical .step {
    display: flex;
    align-items: flex-start;
    gap: var(--_lp-space);
    padding-block-end: var(--_gap-v);
  }

  .track--vertical .sequence > .item:last-child {
    padding-block-end: 0;
  }

  .track--vertical .card {
    flex: 1;
    max-inline-size: 40rem;
  }

  .track--vertical .step:not(:last-child)::after,
  .track--vertical .path--joins > .sequence > .step:last-child::after {
    content: '';
    inset-block: var(--_marker) 0;
    inset-inline-start: var(--_centre);
    border-inline-start: var(--_line) solid var(--_line-color);
  }

  .track--vertical .path--joins > .sequence > .step:last-child {
    padding-block-end: var(--_gap-v);
  }

  .track--vertical .fork__label {
    position: relative;
    padding-inline-start: var(--_indent);
    padding-block-end: calc(var(--_lp-space) / 2);
  }

  .track--vertical .fork__label::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: var(--_centre);
    border-inline-start: var(--_line) solid var(--_line-color);
  }

  .track--vertical .fork--start > .fork__label::before {
    content: none;
  }

  .track--vertical .fork--start > .paths > .path:first-child > .line--fork {
    inset-block-start: calc(var(--_marker) / 2);
  }

  .track--vertical .fork--start > .paths > .path:first-child > .line--fork::after {
    inset-block-start: calc(var(--_line) * -1);
  }

  .track--vertical .path--empty > .line--join {
    display: none;
  }

  .track--vertical .path {
    padding-inline-start: var(--_indent);
    padding-block-end: var(--_gap-v);
  }

  .track--vertical .line--fork {
    inset-block: 0;
    inset-inline-start: var(--_centre);
    border-inline-start: var(--_line) solid var(--_line-color);
  }

  .track--vertical .fork:not(.fork--joins) > .paths > .path:last-child > .line--fork {
    inset-block-end: auto;
    block-size: calc(var(--_marker) / 2);
  }

  .track--vertical .line--fork::after {
    content: '';
    inset-block-start: calc(var(--_centre) - var(--_line) / 2);
    inset-inline-start: calc(var(--_line) * -1);
    inline-size: calc(var(--_indent) - var(--_centre));
    border-block-start: var(--_line) solid var(--_line-color);
  }

  .track--vertical .path--joins > .line--join {
    inset-block-end: var(--_gap-v);
    inset-inline-start: var(--_centre);
    inline-size: calc(var(--_indent) + var(--_marker) / 2 - var(--_centre));
    border-block-end: var(--_line) solid var(--_line-color);
  }

  .track--vertical .path__note {
    padding-inline-start: calc(var(--_marker) + var(--_lp-space));
    padding-block-start: calc(var(--_lp-space) / 2);
  }

  .track--vertical .path > .path__note:first-of-type:not(.path__end) {
    padding-block-start: 0;
    padding-inline-start: 0;
  }
`;

/**
 * Horizontal layout: steps along the line of text, the paths of a fork stacked, each a row. A
 * line runs from each circle along to the next step; a fork is a line across its paths where
 * they start (reaching over the space between two paths) with a short line into each, a join
 * the same where the paths that lead on end, followed by the line to the step after the fork.
 * An open step widens to make room for its requirements and courses. The label of a fork and
 * the end of a path that leads nowhere else are for screen readers only here: the lines say it.
 */
const horizontal = css`
  .track--horizontal .sequence {
    display: flex;
    align-items: flex-start;
  }

  .track--horizontal .step {
    flex: none;
    inline-size: calc(var(--_step-width) + var(--_gap-h));
    padding-inline-end: var(--_gap-h);
  }

  .track--horizontal .marker {
    margin-block-end: var(--_lp-space);
  }

  .track--horizontal .card {
    inline-size: var(--_step-width);
  }

  .track--horizontal .step--open {
    inline-size: calc(var(--_details-width) + var(--_gap-h));
  }

  .track--horizontal .step--open .card {
    inline-size: var(--_details-width);
  }

  .track--horizontal .step:not(:last-child)::after,
  .track--horizontal .path--joins > .sequence > .step:last-child::after {
    content: '';
    inset-block-start: var(--_centre);
    inset-inline: var(--_marker) 0;
    border-block-start: var(--_line) solid var(--_line-color);
  }

  .track--horizontal .sequence--main > .step:last-child {
    padding-inline-end: 0;
    inline-size: auto;
  }

  .track--horizontal .fork {
    flex: none;
  }

  .track--horizontal .fork--joins:not(:last-child) {
    padding-inline-end: var(--_gap-h);
  }

  .track--horizontal .fork--joins:not(:last-child)::after {
    content: '';
    inset-block-start: var(--_centre);
    inset-inline-end: 0;
    inline-size: var(--_gap-h);
    border-block-start: var(--_line) solid var(--_line-color);
  }

  .track--horizontal .path {
    display: flex;
    align-items: flex-start;
  }

  .track--horizontal .path:not(:last-child) {
    margin-block-end: var(--_gap-v);
  }

  .track--horizontal .line {
    position: relative;
    flex: none;
    align-self: stretch;
    inline-size: var(--_stub);
  }

  .track--horizontal .line--join {
    flex: 1 0 var(--_stub);
  }

  .track--horizontal .line--fork::before,
  .track--horizontal .path--joins > .line--join::before {
    content: '';
    inset-block: 0;
    border-inline-start: var(--_line) solid var(--_line-color);
  }

  .track--horizontal .line--fork::before {
    inset-inline-start: 0;
  }

  .track--horizontal .path:first-child > .line--fork::before,
  .track--horizontal .path--join-first > .line--join::before {
    inset-block-start: var(--_centre);
  }

  .track--horizontal .path:last-child > .line--fork::before,
  .track--horizontal .path--join-last > .line--join::before {
    inset-block-end: auto;
    block-size: calc(var(--_centre) + var(--_line));
  }

  .track--horizontal .path:not(:last-child) > .line--fork::before,
  .track--horizontal .path--joins:not(.path--join-last) > .line--join::before {
    inset-block-end: calc(var(--_gap-v) * -1);
  }

  .track--horizontal .path:first-child:last-child > .line--fork::before,
  .track--horizontal .path--join-first.path--join-last > .line--join::before {
    display: none;
  }

  .track--horizontal .line--fork::after,
  .track--horizontal .path--joins > .line--join::after {
    content: '';
    inset-block-start: var(--_centre);
    inset-inline: 0;
    border-block-start: var(--_line) solid var(--_line-color);
  }

  .track--horizontal .path--joins > .line--join::before {
    inset-inline-end: 0;
  }

  .track--horizontal .path__note {
    flex: none;
    max-inline-size: var(--_step-width);
    padding-block-start: calc(var(--_marker) / 2 - 0.65em);
    padding-inline-end: var(--_lp-space);
  }
`;

/** Less motion when asked; in forced colours, borders in the system's text colour. */
const preferences = css`
  @media (prefers-reduced-motion: reduce) {
    .toggle::after {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .marker,
    .card,
    .step--marked .card {
      border-color: CanvasText;
    }

    .step--marked .card {
      border-width: 3px;
    }
  }
`;

/**
 * The track's look. Lines are borders of empty, `aria-hidden` boxes and pseudo-elements, placed
 * with logical properties only, so forks and joins mirror in right-to-left languages. Every line
 * sits at the centre of a status circle: `--_marker` / 2 from the start of its row or column.
 */
export const careerTrackStyles: CSSResultGroup = [cards, vertical, horizontal, preferences];
