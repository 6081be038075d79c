/** The most an idle moment is used for: short enough that no frame or key press waits long. */
const IDLE_SLICE_MS = 8;
/** On a page that is never idle, work goes on after this long anyway. */
const IDLE_TIMEOUT_MS = 100;

/**
 * Resolves in the browser's next idle moment, with the time (as `performance.now()` counts) by
 * which work done in it should stop: at the end of the moment, and at most `IDLE_SLICE_MS` from
 * its start. A page that has not been idle for `IDLE_TIMEOUT_MS`, and a browser without idle
 * callbacks (Safari), get `IDLE_SLICE_MS` on a new task.
 */
export function idleMoment(): Promise<number> {
  return new Promise((resolve) => {
    const slice = (remaining: number) => {
      resolve(performance.now() + Math.min(IDLE_SLICE_MS, remaining));
    };
    if (typeof requestIdleCallback === 'function') {
      requestIdleCallback(
        (deadline) => {
          slice(deadline.didTimeout ? IDLE_SLICE_MS : deadline.timeRemaining());
        },
        { timeout: IDLE_TIMEOUT_MS },
      );
      return;
    }
    // A message to ourselves: unlike a zero-delay timer, it is not held back 4 ms once timers nest.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      slice(IDLE_SLICE_MS);
    };
    channel.port2.postMessage(null);
  });
}
