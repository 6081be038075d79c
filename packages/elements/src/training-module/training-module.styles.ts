import { css } from 'lit';

export const trainingModuleStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }

  .module {
    display: grid;
    gap: var(--lp-training-module-gap, 1.5rem);
    min-inline-size: 0;
  }

  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.5rem 1rem;
    padding-block-end: 0.75rem;
    border-block-end: 1px solid var(--_lp-color-border);
  }

  .title {
    flex: 1 1 16rem;
    margin: 0;
    font-size: 1.375rem;
    line-height: 1.25;
  }

  .progress {
    flex: 1 1 100%;
    order: 3;
    margin: 0;
    color: var(--_lp-color-text-muted);
  }

  .forget {
    display: grid;
    gap: 0.25rem;
    justify-items: start;
  }

  /* The module's own buttons: Exit, and the three of "Forget my answers". */
  .exit,
  .forget-button,
  .forget-confirm,
  .forget-keep {
    font: inherit;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_lp-color-border);
    border-radius: var(--_lp-radius);
    background: var(--_lp-color-surface);
    color: var(--_lp-color-text);
    cursor: pointer;
  }

  .exit {
    padding: 0.375rem 0.875rem;
  }

  .exit:hover,
  .forget-button:hover,
  .forget-keep:hover {
    background: var(--_lp-color-surface-muted);
  }

  .forget-confirmation {
    justify-self: stretch;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_lp-color-accent);
    background: var(--_lp-color-surface-muted);
  }

  .forget-question {
    flex: 1 1 100%;
    margin: 0;
  }

  .forget-confirm {
    font-weight: 600;
  }

  .forget-notice {
    margin: 0;
    color: var(--_lp-color-text-muted);
  }

  .mode-notice {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_lp-color-accent);
    background: var(--_lp-color-surface-muted);
  }

  .section {
    display: grid;
    gap: 0.5rem;
    min-inline-size: 0;
    align-content: start;
  }

  .section h3 {
    margin: 0;
    font-size: 1.125rem;
  }

  .hint {
    margin: 0;
    color: var(--_lp-color-text-muted);
  }

  .work {
    display: grid;
    gap: var(--lp-training-module-gap, 1.5rem);
    min-inline-size: 0;
  }

  /* Side by side once both have room: the matrix next to the courses that close its gaps. */
  @container (min-width: 64rem) {
    .work {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    }
  }

  /* Shown only while it has the focus: it is for keyboard users, who meet it first in the track. */
  .skip {
    justify-self: start;
    font: inherit;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_lp-color-border);
    border-radius: var(--_lp-radius);
    background: var(--_lp-color-surface);
    color: var(--_lp-color-text);
  }

  .skip:not(:focus) {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    padding: 0;
    border: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .loading {
    margin: 0;
    color: var(--_lp-color-text-muted);
  }
`;
