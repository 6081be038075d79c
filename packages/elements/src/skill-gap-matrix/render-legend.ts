import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { LocalizeController } from '../base/localize/localize-controller.js';
import type { LevelScale } from './level-scale.js';
import { GAP_GLYPHS, dirOf, langOf, levelChip, NOT_ASSESSED_GLYPH } from './render-levels.js';

/**
 * The key to the matrix: each level of the scale with its glyph, colour, name and value, the
 * "not assessed" mark and the gap glyphs; the scale's level descriptions open from it.
 */
export function renderLegend(scale: LevelScale, localize: LocalizeController) {
  const described = scale.levels.some((level) => level.description.text);
  return html`<section class="legend" part="legend" aria-labelledby="legend-title">
    <p class="legend__title" id="legend-title">${localize.term('legendTitle')}</p>
    <ul class="legend__items">
      ${scale.levels.map(
        (level) =>
          html`<li>
            ${levelChip(scale, level.value, localize)}
            <span class="legend__value">${localize.number(level.value)}</span>
          </li>`,
      )}
      <li>
        <span class="chip chip--none"><span class="glyph" aria-hidden="true">${NOT_ASSESSED_GLYPH}</span></span>
        ${localize.term('notAssessed')}
      </li>
    </ul>
    <ul class="legend__items legend__items--gaps">
      <li class="gap gap--below">
        <span class="glyph" aria-hidden="true">${GAP_GLYPHS.below}</span> ${localize.term('gapBelow')}
      </li>
      <li class="gap gap--met">
        <span class="glyph" aria-hidden="true">${GAP_GLYPHS.met}</span> ${localize.term('gapMet')}
      </li>
      <li class="gap gap--above">
        <span class="glyph" aria-hidden="true">${GAP_GLYPHS.above}</span> ${localize.term('gapAbove')}
      </li>
    </ul>
    ${
      described
        ? html`<details class="legend__descriptions">
            <summary>${localize.term('legendDescriptions')}</summary>
            <dl>
              ${scale.levels.map(
                (level) =>
                  html`<dt>${levelChip(scale, level.value, localize)}</dt>
                    <dd
                      lang=${ifDefined(langOf(level.description, localize))}
                      dir=${ifDefined(dirOf(level.description, localize))}
                    >
                      ${level.description.text}
                    </dd>`,
              )}
            </dl>
          </details>`
        : nothing
    }
  </section>`;
}
