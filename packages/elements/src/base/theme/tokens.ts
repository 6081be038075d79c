/**
 * The theme's design tokens: one source for the defaults inside every element and for the page
 * stylesheet `themes/lp-theme.css`. A page themes LP Elements by setting the public `--lp-*`
 * custom properties anywhere above the elements (`:root` is enough).
 */
export interface TokenValue {
  readonly light: string;
  readonly dark: string;
  /** The system colour to use when the user forces colours (Windows High Contrast). */
  readonly forced?: string;
}

export const tokens = {
  'font-family': {
    light: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Hebrew", sans-serif',
    dark: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Hebrew", sans-serif',
  },
  'font-size': { light: '1rem', dark: '1rem' },
  'line-height': { light: '1.5', dark: '1.5' },
  radius: { light: '0.5rem', dark: '0.5rem' },
  space: { light: '0.5rem', dark: '0.5rem' },
  'focus-ring-width': { light: '3px', dark: '3px' },
  'color-surface': { light: '#ffffff', dark: '#16181d', forced: 'Canvas' },
  'color-surface-muted': { light: '#f3f5f8', dark: '#20242b', forced: 'Canvas' },
  'color-text': { light: '#1b1f24', dark: '#e9ecf1', forced: 'CanvasText' },
  'color-text-muted': { light: '#4c5563', dark: '#b3bac5', forced: 'CanvasText' },
  'color-border': { light: '#c9d0da', dark: '#3b424d', forced: 'CanvasText' },
  'color-accent': { light: '#0b57b7', dark: '#7db4ff', forced: 'LinkText' },
  'color-accent-contrast': { light: '#ffffff', dark: '#0b1422', forced: 'Canvas' },
  'color-focus': { light: '#0b57b7', dark: '#9cc7ff', forced: 'Highlight' },
  'color-success': { light: '#136b3a', dark: '#7ad9a0', forced: 'CanvasText' },
  'color-warning': { light: '#8a4b00', dark: '#ffc46b', forced: 'CanvasText' },
  'color-danger': { light: '#b3261e', dark: '#ffb4ab', forced: 'CanvasText' },
  'color-danger-surface': { light: '#fdecea', dark: '#3b1512', forced: 'Canvas' },
} as const satisfies Record<string, TokenValue>;

export type TokenName = keyof typeof tokens;

type Scheme = 'light' | 'dark' | 'forced';

function valueFor(token: TokenValue, scheme: Scheme): string | undefined {
  return scheme === 'forced' ? token.forced : token[scheme];
}

/**
 * Declarations of the private `--_lp-*` properties elements use: the page's `--lp-*` value when it
 * sets one, else this scheme's default. Forced colours ignore the page's values on purpose.
 */
function privateTokenDeclarations(scheme: Scheme): string {
  return Object.entries(tokens)
    .map(([name, token]) => {
      const value = valueFor(token, scheme);
      if (value === undefined) return '';
      return scheme === 'forced' ? `--_lp-${name}: ${value};` : `--_lp-${name}: var(--lp-${name}, ${value});`;
    })
    .filter(Boolean)
    .join('\n');
}

/** Token defaults inside every element, for light, `prefers-color-scheme: dark` and forced colours. */
export function elementTokenStylesheet(): string {
  return [
    `:host {\n${privateTokenDeclarations('light')}\n}`,
    `@media (prefers-color-scheme: dark) {\n:host {\n${privateTokenDeclarations('dark')}\n}\n}`,
    `@media (forced-colors: active) {\n:host {\n${privateTokenDeclarations('forced')}\n}\n}`,
  ].join('\n');
}

/**
 * The page stylesheet: `data-lp-theme="light"` or `"dark"` on any ancestor picks a scheme
 * whatever the operating system prefers; without it, elements follow `prefers-color-scheme`.
 */
export function themeStylesheet(): string {
  const block = (scheme: 'light' | 'dark') =>
    Object.entries(tokens)
      .map(([name, token]) => `  --lp-${name}: ${token[scheme]};`)
      .join('\n');
  return [
    '/* LP Elements theme: set data-lp-theme="light" or "dark" on <html> or any container. */',
    `[data-lp-theme='light'] {\n  color-scheme: light;\n${block('light')}\n}`,
    `[data-lp-theme='dark'] {\n  color-scheme: dark;\n${block('dark')}\n}`,
    '',
  ].join('\n\n');
}
