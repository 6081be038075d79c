import { css } from 'lit';

/** Styles of `<lp-course-catalogue>`: a toolbar, a filter disclosure and a one-column list that works from 320 px up. */
export const courseCatalogueStyles = css`
  :host {
    --_lp-filter-width: var(--lp-course-catalogue-filter-width, 12rem);
  }

  /* Its own surface, so its text keeps its contrast in the dark theme on any page. */
  .root {
    background: var(--_lp-color-surface);
    color: var(--_lp-color-text);
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    gap: var(--_lp-space) calc(var(--_lp-space) * 2);
    margin-block-end: var(--_lp-space);
  }

  .search {
    flex: 1 1 16rem;
  }

  /* One column that never grows past its box: a select is as wide as its longest option otherwise. */
  .search,
  .sort,
  .filter {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_lp-space) / 2);
    align-content: start;
    min-inline-size: 0;
  }

  label,
  legend,
  summary {
    font-weight: 600;
  }

  .hint {
    font-size: 0.8125em;
    color: var(--_lp-color-text-muted);
  }

  input,
  select,
  button {
    font: inherit;
    color: inherit;
  }

  input[type='search'],
  input[type='number'],
  select {
    box-sizing: border-box;
    block-size: 2.5rem;
    inline-size: 100%;
    min-inline-size: 0;
    padding: 0 0.6em;
    font-weight: 400;
    border: 1px solid var(--_lp-color-border);
    border-radius: var(--_lp-radius);
    background: var(--_lp-color-surface);
  }

  input[type='search']:hover,
  input[type='number']:hover,
  select:hover {
    border-color: var(--_lp-color-text-muted);
  }

  .filters {
    margin-block: var(--_lp-space);
    border: 1px solid var(--_lp-color-border);
    border-radius: var(--_lp-radius);
    background: var(--_lp-color-surface-muted);
  }

  .filters summary {
    padding: var(--_lp-space) calc(var(--_lp-space) * 1.5);
    cursor: pointer;
  }

  .active {
    font-weight: 400;
    color: var(--_lp-color-text-muted);
  }

  .filter-grid {
    display: grid;
    align-items: start;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_lp-filter-width)), 1fr));
    gap: calc(var(--_lp-space) * 1.5);
    padding: 0 calc(var(--_lp-space) * 1.5) calc(var(--_lp-space) * 1.5);
  }

  .filter span {
    font-weight: 600;
  }

  .filter--range {
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    column-gap: var(--_lp-space);
    margin: 0;
    padding: 0;
    border: 0;
  }

  .filter--range legend {
    padding: 0;
    margin-block-end: calc(var(--_lp-space) / 2);
  }

  .filter--range span {
    font-weight: 400;
  }

  .filter--check {
    display: flex;
    align-items: center;
    gap: var(--_lp-space);
    align-self: end;
    min-block-size: 2.5rem;
  }

  .filter--check input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    accent-color: var(--_lp-color-accent);
  }

  .clear {
    margin: 0 calc(var(--_lp-space) * 1.5) calc(var(--_lp-space) * 1.5);
    padding: 0.35em 1em;
    border: 1px solid var(--_lp-color-accent);
    border-radius: var(--_lp-radius);
    background: var(--_lp-color-surface);
    color: var(--_lp-color-accent);
    cursor: pointer;
  }

  .clear:disabled {
    border-color: var(--_lp-color-border);
    color: var(--_lp-color-text-muted);
    cursor: default;
  }

  .count,
  .recommending {
    margin: var(--_lp-space) 0;
  }

  .count {
    font-weight: 600;
  }

  .feed {
    display: grid;
    gap: calc(var(--_lp-space) * 1.5);
  }

  /* The virtualiser places each course itself; it needs the full width and a gap of its own. */
  .feed--virtual {
    display: block;
  }

  .feed--virtual > .result {
    inline-size: 100%;
    padding-block-end: calc(var(--_lp-space) * 1.5);
  }

  .result {
    display: grid;
    gap: calc(var(--_lp-space) / 2);
    border-radius: var(--_lp-radius);
  }

  .result:focus-visible {
    outline-offset: 3px;
  }

  .why {
    margin: 0;
    font-size: 0.9375em;
  }

  .tag--recommended {
    display: inline-block;
    margin-inline-end: calc(var(--_lp-space) / 2);
    padding: 0.05em 0.6em;
    border: 1px solid var(--_lp-color-success);
    border-radius: 999px;
    color: var(--_lp-color-success);
    font-weight: 600;
  }

  .tag--recommended::before {
    content: '✓ ' / '';
  }

  .empty {
    padding: calc(var(--_lp-space) * 3) calc(var(--_lp-space) * 2);
    border: 1px dashed var(--_lp-color-border);
    border-radius: var(--_lp-radius);
    text-align: center;
  }

  .empty .clear {
    margin: 0;
  }

  .end {
    margin: calc(var(--_lp-space) * 2) 0 0;
    font-size: 0.875em;
    color: var(--_lp-color-text-muted);
  }

  .skeleton-list {
    display: grid;
    gap: calc(var(--_lp-space) * 1.5);
  }

  @media (forced-colors: active) {
    .filters,
    .empty,
    .tag--recommended {
      border-color: CanvasText;
    }
  }
`;
