import { css } from 'lit';

/** Styles of `<lp-course-card>`: a box that puts its picture beside the text once it is wide enough. */
export const courseCardStyles = css`
  :host {
    container-type: inline-size;
  }

  .card {
    display: grid;
    gap: var(--_lp-space) calc(var(--_lp-space) * 2);
    padding: calc(var(--_lp-space) * 2);
    border: 1px solid var(--_lp-color-border);
    border-radius: var(--_lp-radius);
    background: var(--_lp-color-surface);
    color: var(--_lp-color-text);
  }

  .card--link {
    cursor: pointer;
  }

  .card--link:hover {
    border-color: var(--_lp-color-accent);
  }

  .image {
    display: block;
    inline-size: 100%;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    border-radius: calc(var(--_lp-radius) / 2);
    background: var(--_lp-color-surface-muted);
  }

  @container (min-width: 34rem) {
    .card:has(> .image) {
      grid-template-columns: var(--lp-course-card-image-size, 12rem) minmax(0, 1fr);
      align-items: start;
    }
  }

  .body {
    display: flex;
    flex-direction: column;
    gap: var(--_lp-space);
    min-inline-size: 0;
  }

  .title {
    margin: 0;
    font-size: 1.125em;
    font-weight: 650;
    line-height: 1.3;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--lp-course-card-title-lines, 3);
    line-clamp: var(--lp-course-card-title-lines, 3);
    overflow: hidden;
    overflow-wrap: anywhere;
  }

  .title a {
    color: var(--_lp-color-accent);
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }

  .title a:hover {
    text-decoration-thickness: 2px;
  }

  /* The provider reads after the title (headings lead), but sits above it. */
  .eyebrow {
    order: -1;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 var(--_lp-space);
    margin: 0;
    font-size: 0.875em;
    color: var(--_lp-color-text-muted);
    overflow-wrap: anywhere;
  }

  .logo {
    block-size: 1.25em;
    inline-size: auto;
    max-inline-size: 4em;
  }

  .code {
    unicode-bidi: isolate;
    font-variant-numeric: tabular-nums;
  }

  .code::before {
    content: '·';
    margin-inline-end: var(--_lp-space);
  }

  .tags,
  .skills ul,
  .fields ul {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_lp-space) / 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .tag,
  .fields li {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 0.1em 0.6em;
    border: 1px solid var(--_lp-color-border);
    border-radius: 999px;
    font-size: 0.875em;
    background: var(--_lp-color-surface-muted);
  }

  .tag--running {
    border-color: var(--_lp-color-success);
  }

  .tag--running .glyph {
    color: var(--_lp-color-success);
  }

  .tag--soon {
    border-color: var(--_lp-color-warning);
    color: var(--_lp-color-warning);
    font-weight: 600;
  }

  .tag--past {
    color: var(--_lp-color-text-muted);
  }

  .tag--credential {
    border-color: var(--_lp-color-accent);
    color: var(--_lp-color-accent);
    font-weight: 600;
  }

  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_lp-space) calc(var(--_lp-space) * 3);
    margin: 0;
  }

  .fact dt,
  .label {
    margin: 0;
    font-size: 0.8125em;
    color: var(--_lp-color-text-muted);
  }

  .fact dd {
    margin: 0;
    font-weight: 600;
  }

  .skills,
  .fields {
    display: grid;
    gap: calc(var(--_lp-space) / 2);
  }

  .skills li {
    padding: 0.1em 0.6em;
    border-inline-start: 3px solid var(--_lp-color-accent);
    background: var(--_lp-color-surface-muted);
    font-size: 0.875em;
  }

  .level {
    color: var(--_lp-color-text-muted);
  }

  .level::before {
    content: '· ';
  }

  .actions ::slotted(*) {
    margin-block-start: var(--_lp-space);
  }

  .card--compact {
    gap: calc(var(--_lp-space) / 2);
    padding: var(--_lp-space) calc(var(--_lp-space) * 1.5);
  }

  .card--compact .title {
    font-size: 1em;
    -webkit-line-clamp: 2;
    line-clamp: 2;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.4em;
    margin: 0;
    font-size: 0.875em;
    color: var(--_lp-color-text-muted);
  }

  .status--running .glyph {
    color: var(--_lp-color-success);
  }

  .skeleton {
    gap: var(--_lp-space);
  }

  .bone--short {
    inline-size: 40%;
  }

  .bone--tags {
    inline-size: 70%;
  }
`;
