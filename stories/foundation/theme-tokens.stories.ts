import { tokens, type TokenName } from '@lp-elements/elements';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { css, html, LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';

/** A reference sheet of the theme tokens, rendered with whatever the page (and the toolbar theme) sets. */
@customElement('lp-story-token-sheet')
class LpStoryTokenSheet extends LitElement {
  static override styles = css`
    table {
      border-collapse: collapse;
      inline-size: 100%;
      max-inline-size: 60rem;
    }
    th,
    td {
      padding: 0.4rem 0.75rem;
      border-block-end: 1px solid var(--lp-color-border, #c9d0da);
      text-align: start;
      vertical-align: middle;
    }
    code {
      font-size: 0.9em;
      /* CSS is written left to right, also on a right-to-left page. */
      direction: ltr;
      unicode-bidi: isolate;
    }
    .swatch {
      display: inline-block;
      inline-size: 2.5rem;
      block-size: 1.5rem;
      border: 1px solid var(--lp-color-border, #c9d0da);
      border-radius: 0.25rem;
    }
  `;

  override render() {
    const names = Object.keys(tokens) as TokenName[];
    return html`<table>
      <caption>
        Theme tokens: set any of these on
        <code>:root</code>
        or a container to theme LP Elements.
      </caption>
      <thead>
        <tr>
          <th scope="col">Custom property</th>
          <th scope="col">Light</th>
          <th scope="col">Dark</th>
          <th scope="col">In use here</th>
        </tr>
      </thead>
      <tbody>
        ${names.map(
          (name) =>
            html`<tr>
              <th scope="row"><code>--lp-${name}</code></th>
              <td><code>${tokens[name].light}</code></td>
              <td><code>${tokens[name].dark}</code></td>
              <td>
                ${
                  name.startsWith('color-')
                    ? html`<span
                        class="swatch"
                        role="img"
                        aria-label=${`--lp-${name}`}
                        style=${styleMap({ background: `var(--lp-${name})` })}
                      ></span>`
                    : html`<code>var(--lp-${name})</code>`
                }
              </td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lp-story-token-sheet': LpStoryTokenSheet;
  }
}

const meta: Meta = {
  title: 'Foundation/Theme tokens',
  parameters: {
    docs: {
      description: {
        component:
          'Every `--lp-*` custom property with its light and dark default. Switch the toolbar theme to see the page stylesheet `themes/lp-theme.css` at work.',
      },
    },
  },
};
export default meta;

export const Tokens: StoryObj = {
  render: () => html`<lp-story-token-sheet></lp-story-token-sheet>`,
};
