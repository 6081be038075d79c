/** The message a framed LP page sends its parent whenever its height changes. */
export interface FrameHeightMessage {
  readonly type: 'lp-frame-height';
  readonly height: number;
}

/** Whether a message event carries a frame height (parents use it to filter messages). */
export function isFrameHeightMessage(data: unknown): data is FrameHeightMessage {
  const message = data as Partial<FrameHeightMessage> | null;
  return message?.type === 'lp-frame-height' && typeof message.height === 'number' && Number.isFinite(message.height);
}

/**
 * The origin a framed page may report to: the one named in its URL's `parent-origin` parameter
 * (or `parentOrigin`), else the origin of the page that framed it, as the referrer says. Only
 * http(s) origins count; anything else means nobody is told anything.
 */
export function parentOrigin(location: Pick<Location, 'href'>, referrer: string): string | undefined {
  const named = new URL(location.href).searchParams.get('parent-origin') ?? undefined;
  for (const candidate of [named, referrer]) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.origin;
    } catch {
      // not a URL: try the next source
    }
  }
  return undefined;
}

/**
 * When the page runs in an iframe, tells the parent page its height every time it changes, so
 * the parent can size the frame with no scroll bar. Messages go to the parent's origin only
 * (never `*`). Returns a function that stops reporting; does nothing outside a frame.
 */
export function reportFrameHeight(options: { readonly targetOrigin?: string } = {}): () => void {
  if (window.parent === window) return () => undefined;
  const targetOrigin = options.targetOrigin ?? parentOrigin(window.location, document.referrer);
  if (!targetOrigin) {
    console.warn(
      'LP Elements: this framed page does not know its parent’s origin; add ?parent-origin=https://… to its URL.',
    );
    return () => undefined;
  }
  let last = -1;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: FrameHeightMessage = { type: 'lp-frame-height', height };
    window.parent.postMessage(message, targetOrigin);
  };
  const observer = new ResizeObserver(report);
  observer.observe(document.documentElement);
  report();
  return () => {
    observer.disconnect();
  };
}
