import { css } from 'lit';

/**
 * What `<lp-skill-gap-matrix>` needs before its matrix: its surface and the loading skeleton. The
 * matrix's own styles come with the module that draws it (`matrix.styles.ts`).
 */
export const skillGapMatrixStyles = css`
  :host {
    /* Its own surface, so text keeps its contrast whatever the page behind it. */
    background: var(--_lp-color-surface);
  }

  .width-probe {
    block-size: 0;
  }

  .skeleton {
    display: grid;
    gap: var(--_lp-space);
  }

  .skeleton__row {
    block-size: 2rem;
    border-radius: var(--_lp-radius);
  }
`;
