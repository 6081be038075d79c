import { LitElement, type CSSResultGroup } from 'lit';
import { LocalizeController } from './localize/localize-controller.js';
import { baseStyles } from './theme/base.styles.js';
import { LP_ELEMENTS_VERSION } from './version.js';

/**
 * The base of every LP element: theme defaults, the page's language and direction, and a
 * version that `define()` reports when two copies meet on one page.
 */
export class LpElement extends LitElement {
  static version = LP_ELEMENTS_VERSION;
  static override styles: CSSResultGroup = [baseStyles];

  protected readonly localize = new LocalizeController(this);

  /**
   * Holds each render until the translation for the element's language has arrived, so a German
   * page never flashes English text (the first load of a language is one small module).
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.localize.isReady) await this.localize.ready;
    await super.scheduleUpdate();
  }
}
