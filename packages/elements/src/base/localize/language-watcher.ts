/**
 * One MutationObserver per document or shadow root tells every interested element when a `lang`
 * or `dir` attribute changes anywhere above it; elements then re-read their own language.
 */
type Listener = () => void;

const listeners = new Set<Listener>();
const observedRoots = new WeakSet<Node>();
let observer: MutationObserver | undefined;

function notifyAll(): void {
  for (const listener of listeners) listener();
}

function observe(root: Node): void {
  if (observedRoots.has(root)) return;
  observedRoots.add(root);
  observer ??= new MutationObserver(notifyAll);
  observer.observe(root, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
}

/** Every root an element's language can come from: its own shadow-including ancestors' roots. */
function rootsAbove(element: Element): Node[] {
  const roots: Node[] = [];
  for (let root = element.getRootNode(); ;) {
    roots.push(root instanceof Document ? root.documentElement : root);
    if (!(root instanceof ShadowRoot)) break;
    root = root.host.getRootNode();
  }
  return roots;
}

/** Calls `listener` after any `lang`/`dir` change that could affect `element`; returns the unsubscribe function. */
export function watchLanguage(element: Element, listener: Listener): () => void {
  for (const root of rootsAbove(element)) observe(root);
  listeners.add(listener);
  return () => listeners.delete(listener);
}
