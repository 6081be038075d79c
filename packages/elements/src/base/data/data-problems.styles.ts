import { css } from 'lit';

/** Styles of the data failure panel and the notice of left-out parts (`::part(data-problems)`). */
export const dataProblemsStyles = css`
  .data-problems {
    margin-block: 0 calc(var(--_lp-space) * 2);
    padding: calc(var(--_lp-space) * 1.5) calc(var(--_lp-space) * 2);
    border: 1px solid var(--_lp-color-border);
    border-inline-start: 4px solid var(--_lp-color-danger);
    border-radius: var(--_lp-radius);
    background: var(--_lp-color-surface);
    color: var(--_lp-color-text);
  }

  .data-problems--failure {
    background: var(--_lp-color-danger-surface);
  }

  .data-problems--skipped {
    border-inline-start-color: var(--_lp-color-warning);
  }

  .data-problems__title,
  .data-problems summary {
    margin: 0;
    font-weight: 600;
  }

  .data-problems summary {
    cursor: pointer;
  }

  .data-problems__list {
    margin: var(--_lp-space) 0 0;
    display: grid;
    gap: calc(var(--_lp-space) / 2) var(--_lp-space);
  }

  .data-problems__list dd {
    margin: 0 0 var(--_lp-space);
    overflow-wrap: anywhere;
  }

  .data-problems__count {
    font-weight: 400;
    color: var(--_lp-color-text-muted);
  }

  .data-problems__retry {
    margin-block-start: var(--_lp-space);
    padding: calc(var(--_lp-space) / 2) calc(var(--_lp-space) * 1.5);
    border: 1px solid var(--_lp-color-accent);
    border-radius: var(--_lp-radius);
    background: var(--_lp-color-accent);
    color: var(--_lp-color-accent-contrast);
    font: inherit;
    cursor: pointer;
  }

  .data-problems__path {
    font-size: 0.875em;
    overflow-wrap: anywhere;
    unicode-bidi: isolate;
  }
`;
