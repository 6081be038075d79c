import type { Steps } from '@lp-elements/model';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterNextPaint } from './after-next-paint.js';
import { idleMoment } from './idle-moment.js';

/**
 * Runs long work (the model's `Steps`) in the browser's idle moments, a slice of a few
 * milliseconds at a time (see `idleMoment`), so the page stays responsive while it runs: frames,
 * scrolling and key presses go first. The first slice waits until the next frame is painted, so
 * what the element shows so far reaches the screen before. Work pauses while the host is out of the
 * document and goes on when it is connected again; an aborted signal ends it with its reason.
 */
export class SliceRunner implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly waiting = new Set<() => void>();

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    for (const resume of [...this.waiting]) resume();
  }

  async run<T>(steps: Steps<T>, signal: AbortSignal): Promise<T> {
    await new Promise<void>((resolve) => afterNextPaint(resolve));
    for (;;) {
      const until = await idleMoment();
      signal.throwIfAborted();
      if (!this.host.isConnected) {
        await this.reconnected(signal);
        continue;
      }
      // At least one piece per moment, so the work always moves on.
      do {
        const step = steps.next();
        if (step.done) return step.value;
      } while (performance.now() < until);
    }
  }

  /**
   * Resolves once the host is in the document again, or once the signal aborts: new data given
   * to an element out of the page must not leave the old work waiting for it to come back.
   */
  private reconnected(signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const resume = () => {
        this.waiting.delete(resume);
        signal.removeEventListener('abort', resume);
        resolve();
      };
      this.waiting.add(resume);
      signal.addEventListener('abort', resume);
    });
  }
}
