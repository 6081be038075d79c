import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { LocalizeController } from '../base/localize/localize-controller.js';
import type { LevelScale } from './level-scale.js';
import { dirOf, langOf, levelChip } from './render-levels.js';

/** The level being chosen: whose, in which skill, and which option has the focus. */
export interface LevelChoice {
  readonly person: string;
  readonly skill: string;
  readonly label: string;
  readonly current: number | undefined;
  readonly focused: number;
}

/** What the chooser calls back. */
export interface ChooserHandlers {
  readonly pick: (value: number) => void;
  readonly keydown: (event: KeyboardEvent) => void;
  readonly toggle: (event: ToggleEvent) => void;
  readonly focusout: (event: FocusEvent) => void;
}

/**
 * The list of levels a person picks from with the pointer (or Enter): a popover anchored to the
 * level being changed, one option per level with its glyph, name and description, so the
 * description is in view while choosing.
 */
export function renderChooser(
  choice: LevelChoice | undefined,
  scale: LevelScale | undefined,
  localize: LocalizeController,
  handlers: ChooserHandlers,
) {
  return html`<div
    class="chooser"
    id="chooser"
    part="level-chooser"
    popover="auto"
    @toggle=${handlers.toggle}
    @keydown=${handlers.keydown}
    @focusout=${handlers.focusout}
  >
    ${
      choice && scale
        ? html`<p class="chooser__label" id="chooser-label">${choice.label}</p>
            <ul class="chooser__options" role="listbox" aria-labelledby="chooser-label">
              ${scale.levels.map(
                (level, index) =>
                  html`<li
                    class="chooser__option"
                    role="option"
                    aria-selected=${level.value === choice.current ? 'true' : 'false'}
                    tabindex=${index === choice.focused ? '0' : '-1'}
                    data-value=${level.value}
                    @click=${() => {
                      handlers.pick(level.value);
                    }}
                  >
                    ${levelChip(scale, level.value, localize)}
                    ${
                      level.description.text
                        ? html`<span
                            class="chooser__description"
                            lang=${ifDefined(langOf(level.description, localize))}
                            dir=${ifDefined(dirOf(level.description, localize))}
                            >${level.description.text}</span
                          >`
                        : nothing
                    }
                  </li>`,
              )}
            </ul>`
        : nothing
    }
  </div>`;
}
