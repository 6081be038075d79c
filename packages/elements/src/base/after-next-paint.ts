/**
 * Runs `task` once the browser has painted the next frame: work that must not hold back the first
 * courses on screen. A page that paints no frames (a tab in the background) runs it after
 * `fallbackMs` instead. Returns a function that cancels it.
 */
export function afterNextPaint(task: () => void, fallbackMs = 100): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fallback = setTimeout(run, fallbackMs);
  // A frame callback runs before the paint; a task queued from it runs after.
  const frame = requestAnimationFrame(() => {
    clearTimeout(fallback);
    timer = setTimeout(run);
  });
  function run(): void {
    cancel();
    task();
  }
  function cancel(): void {
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
    clearTimeout(timer);
  }
  return cancel;
}
