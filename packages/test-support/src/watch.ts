/** Every event of these types that reaches the document while a test runs; `stop()` ends the watch. */
export function listen<K extends keyof GlobalEventHandlersEventMap>(
  ...types: K[]
): { events: GlobalEventHandlersEventMap[K][]; stop: () => void } {
  const events: GlobalEventHandlersEventMap[K][] = [];
  const keep = (event: GlobalEventHandlersEventMap[K]) => events.push(event);
  for (const type of types) document.addEventListener(type, keep);
  return {
    events,
    stop: () => {
      for (const type of types) document.removeEventListener(type, keep);
    },
  };
}

/** Keeps `console.warn` messages instead of printing them, so a test can count them; `restore()` puts it back. */
export function silenceWarnings(): { warnings: string[]; restore: () => void } {
  const original = console.warn;
  const warnings: string[] = [];
  console.warn = (message: unknown) => warnings.push(String(message));
  return {
    warnings,
    restore: () => {
      console.warn = original;
    },
  };
}

/** Counts console warnings and `lp-data-error` events while a test runs. */
export function watchReports(): {
  warnings: string[];
  events: GlobalEventHandlersEventMap['lp-data-error'][];
  stop: () => void;
} {
  const { warnings, restore } = silenceWarnings();
  const { events, stop } = listen('lp-data-error');
  return {
    warnings,
    events,
    stop: () => {
      restore();
      stop();
    },
  };
}
