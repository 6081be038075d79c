import { css, unsafeCSS } from 'lit';
import { elementTokenStylesheet } from './tokens.js';

/** Token defaults for light, dark and forced colours, generated from the one token table. */
const tokenStyles = unsafeCSS(elementTokenStylesheet());

/**
 * Styles every element starts from: token defaults, the font, box sizing, `hidden`, a visible
 * focus ring and a visually-hidden utility for screen-reader text.
 */
export const baseStyles = [
  tokenStyles,
  css`
    :host {
      display: block;
      box-sizing: border-box;
      font-family: var(--_lp-font-family);
      font-size: var(--_lp-font-size);
      line-height: var(--_lp-line-height);
      color: var(--_lp-color-text);
    }

    :host([hidden]),
    [hidden] {
      display: none !important;
    }

    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }

    :focus-visible {
      outline: var(--_lp-focus-ring-width) solid var(--_lp-color-focus);
      outline-offset: 2px;
    }

    .visually-hidden {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
      border: 0;
    }
  `,
];
