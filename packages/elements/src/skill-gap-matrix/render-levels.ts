import type { PickedText } from '@lp-elements/model';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { LocalizeController } from '../base/localize/localize-controller.js';
import type { LevelScale } from './level-scale.js';

/** Glyphs of the gap states, so that "below" never rests on colour alone. */
export const GAP_GLYPHS = { below: '▼', met: '✓', above: '▲' } as const;
/** What stands for a skill that has not been assessed, in cells and in the legend. */
export const NOT_ASSESSED_GLYPH = '–';

/** The `lang` a text from the data needs when it is not in the element's language (WCAG 3.1.2). */
export function langOf(text: PickedText, localize: LocalizeController): string | undefined {
  if (text.lang === undefined) return undefined;
  const base = (tag: string) => tag.toLowerCase().split('-')[0];
  return base(text.lang) === base(localize.lang) ? undefined : text.lang;
}

/**
 * `auto` for a text from the data in another language than the element's, so an English sentence
 * on a Hebrew page keeps its own direction (its full stop stays at its end).
 */
export function dirOf(text: PickedText, localize: LocalizeController): 'auto' | undefined {
  return langOf(text, localize) === undefined ? undefined : 'auto';
}

/** A level as glyph, name and colour tone; "not assessed" has its own glyph and no tone. */
export function levelChip(scale: LevelScale | undefined, value: number | undefined, localize: LocalizeController) {
  const level = value === undefined ? undefined : scale?.level(value);
  if (!level) {
    return html`<span class="chip chip--none"
      ><span class="glyph" aria-hidden="true">${NOT_ASSESSED_GLYPH}</span>
      ${value === undefined ? localize.term('notAssessed') : localize.number(value)}</span
    >`;
  }
  return html`<span class="chip tone-${level.tone}"
    ><span class="glyph" aria-hidden="true">${level.glyph}</span>
    <span lang=${ifDefined(langOf(level.name, localize))} dir=${ifDefined(dirOf(level.name, localize))}
      >${level.name.text}</span
    ></span
  >`;
}

/** The signed gap with the glyph of its state, and the state in words for screen readers. */
export function gapBadge(gap: number, localize: LocalizeController) {
  const state = gap < 0 ? 'below' : gap === 0 ? 'met' : 'above';
  const words = localize.term(state === 'below' ? 'gapBelow' : state === 'met' ? 'gapMet' : 'gapAbove');
  return html`<span class="gap gap--${state}"
    ><span class="glyph" aria-hidden="true">${GAP_GLYPHS[state]}</span>
    ${localize.number(gap, { signDisplay: 'exceptZero' })}<span class="visually-hidden">${words}</span></span
  >`;
}
