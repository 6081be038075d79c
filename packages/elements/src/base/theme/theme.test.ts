import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@lp-elements/test-support';
import { html as litHtml } from 'lit';
import { define } from '../define-element.js';
import { LpElement } from '../lp-element.js';
import { themeStylesheet, tokens } from './tokens.js';

class ThemedProbe extends LpElement {
  override render() {
    return litHtml`<button type="button">Themed</button>`;
  }
}
define('lp-test-themed', ThemedProbe);

/** The probe's text colour as `rgb(…)`, to compare with a token turned into `rgb(…)` by the browser. */
const colourOf = (element: Element) => getComputedStyle(element).color;

function asRgb(cssColour: string): string {
  const swatch = document.createElement('span');
  swatch.style.color = cssColour;
  document.body.append(swatch);
  const rgb = getComputedStyle(swatch).color;
  swatch.remove();
  return rgb;
}

describe('theme tokens', () => {
  afterEach(async () => {
    await emulateMedia({});
    document.adoptedStyleSheets = [];
  });

  it('uses the light defaults with no theme on the page', async () => {
    await emulateMedia({ 'prefers-color-scheme': 'light' });
    const probe = await fixture<ThemedProbe>(html`<lp-test-themed></lp-test-themed>`);
    expect(colourOf(probe)).to.equal(asRgb(tokens['color-text'].light));
  });

  it('follows prefers-color-scheme: dark', async () => {
    await emulateMedia({ 'prefers-color-scheme': 'dark' });
    const probe = await fixture<ThemedProbe>(html`<lp-test-themed></lp-test-themed>`);
    expect(colourOf(probe)).to.equal(asRgb(tokens['color-text'].dark));
  });

  it('lets data-lp-theme override the system scheme through the page stylesheet', async () => {
    await emulateMedia({ 'prefers-color-scheme': 'dark' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(themeStylesheet());
    document.adoptedStyleSheets = [sheet];
    const container = await fixture<HTMLElement>(
      html`<div data-lp-theme="light"><lp-test-themed></lp-test-themed></div>`,
    );
    const probe = container.firstElementChild!;
    expect(colourOf(probe)).to.equal(asRgb(tokens['color-text'].light));
    container.dataset.lpTheme = 'dark';
    expect(colourOf(probe)).to.equal(asRgb(tokens['color-text'].dark));
  });

  it('takes a page token set on :root', async () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(':root { --lp-color-text: rgb(1, 2, 3); }');
    document.adoptedStyleSheets = [sheet];
    const probe = await fixture<ThemedProbe>(html`<lp-test-themed></lp-test-themed>`);
    expect(colourOf(probe)).to.equal('rgb(1, 2, 3)');
  });

  it('switches to system colours when colours are forced, whatever the page set', async () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(':root { --lp-color-text: rgb(1, 2, 3); }');
    document.adoptedStyleSheets = [sheet];
    await emulateMedia({ 'forced-colors': 'active' });
    const probe = await fixture<ThemedProbe>(html`<lp-test-themed></lp-test-themed>`);
    expect(colourOf(probe)).to.equal(asRgb('CanvasText'));
  });

  it('is accessible in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await emulateMedia({ 'prefers-color-scheme': colorScheme });
      const probe = await fixture<ThemedProbe>(html`<lp-test-themed></lp-test-themed>`);
      await expect(probe).to.be.accessible();
    }
  });
});
