/** What the feed's keyboard needs from the catalogue. */
export interface FeedHost {
  /** Renders again, e.g. to move the tab stop. */
  requestUpdate(): void;
  /** How many courses the feed holds (rendered or not). */
  readonly results: readonly unknown[];
  /** The course at `index`, rendered and scrolled into view first when needed. */
  revealResult(index: number): Promise<HTMLElement | undefined>;
  /** Focus goes to what comes before the feed (Ctrl+Home) or after it (Ctrl+End). */
  focusOutside(where: 'before' | 'after'): void;
}

const isResult = (node: EventTarget): node is HTMLElement =>
  node instanceof HTMLElement && node.getAttribute('role') === 'article' && node.dataset.index !== undefined;

/**
 * The keyboard of a feed of courses (WAI-ARIA feed pattern) with a roving tab stop: Page Down /
 * Page Up move between courses from anywhere inside one; on a course itself the arrow keys do the
 * same, Home and End go to the first and last, and Enter opens it; Ctrl+Home and Ctrl+End leave
 * the feed. A course not rendered yet (virtualised lists) is scrolled into view before it takes focus.
 */
export class FeedKeyboard {
  /** The course that takes the feed's tab stop. */
  active = 0;
  private readonly host: FeedHost;

  constructor(host: FeedHost) {
    this.host = host;
  }

  /** New results: the tab stop goes back to the first course, or to `index`. */
  reset(index = 0): void {
    this.active = index;
  }

  async focus(index: number): Promise<void> {
    const last = this.host.results.length - 1;
    if (last < 0) return;
    this.active = Math.min(last, Math.max(0, index));
    this.host.requestUpdate();
    const item = await this.host.revealResult(this.active);
    item?.focus();
  }

  readonly onFocusIn = (event: FocusEvent): void => {
    const result = event.composedPath().find(isResult);
    const index = Number(result?.dataset.index);
    if (result && index !== this.active) {
      this.active = index;
      this.host.requestUpdate();
    }
  };

  readonly onKeyDown = (event: KeyboardEvent): void => {
    const path = event.composedPath();
    const result = path.find(isResult);
    if (!result || event.altKey || event.metaKey) return;
    const index = Number(result.dataset.index);
    const onResult = path[0] === result;
    let target: number | undefined;
    if (event.ctrlKey && (event.key === 'Home' || event.key === 'End')) {
      event.preventDefault();
      this.host.focusOutside(event.key === 'Home' ? 'before' : 'after');
      return;
    }
    if (event.ctrlKey || event.shiftKey) return;
    if (event.key === 'PageDown' || (onResult && event.key === 'ArrowDown')) target = index + 1;
    else if (event.key === 'PageUp' || (onResult && event.key === 'ArrowUp')) target = index - 1;
    else if (onResult && event.key === 'Home') target = 0;
    else if (onResult && event.key === 'End') target = this.host.results.length - 1;
    else if (onResult && event.key === 'Enter') {
      event.preventDefault();
      result.querySelector('lp-course-card')?.open();
      return;
    }
    if (target === undefined) return;
    event.preventDefault();
    void this.focus(target);
  };
}
