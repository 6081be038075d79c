import { css } from 'lit';

/**
 * The one loading placeholder every element shows while its data or logic loads: `.bone` boxes
 * (Shoelace's `sl-skeleton` with its sheen effect is the model) that each element sizes and lays
 * out itself. A band of light runs across them; it stands still when less motion is asked for,
 * and in forced colours the bones are boxes outlined in the system's text colour.
 */
export const skeletonStyles = css`
  .bone {
    display: block;
    block-size: 1.25em;
    border-radius: calc(var(--_lp-radius) / 2);
    background: linear-gradient(
      90deg,
      var(--_lp-color-border) 0%,
      var(--_lp-color-border) 35%,
      var(--_lp-color-surface-muted) 50%,
      var(--_lp-color-border) 65%,
      var(--_lp-color-border) 100%
    );
    background-size: 300% 100%;
    animation: lp-skeleton-sheen 1.6s linear infinite;
  }

  @keyframes lp-skeleton-sheen {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: 0% 0;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .bone {
      animation: none;
      background: var(--_lp-color-border);
    }
  }

  @media (forced-colors: active) {
    .bone {
      animation: none;
      background: Canvas;
      border: 1px solid CanvasText;
    }
  }
`;
