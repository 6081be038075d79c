/**
 * The CDN loader's work (`dist/cdn/lp-loader.js`, built around a table the per-element build
 * writes): find the `lp-` tags a page uses and import each one's module once, when it first
 * appears. It watches the document and the shadow roots of the elements it knows, so tags added
 * later (a CMS widget, client-side routing) or rendered by one of our elements load too. It
 * defines nothing itself: the modules it imports do, through `define()`, so a page that also
 * loads `lp-elements.js` gets each tag once.
 */

/**
 * @param files paths of the CDN files, relative to the loader
 * @param table tag → the positions in `files` of what its module needs: its entry and every
 *   chunk the entry imports, requested together instead of one after the other
 * @param base the loader's own URL, against which `files` resolve
 */
export function watchTags(files: readonly string[], table: Readonly<Record<string, readonly number[]>>, base: string) {
  const requested = new Set<string>();
  const watched = new WeakSet<Node>();
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  });

  const load = (tag: string) => {
    requested.add(tag);
    const needed = table[tag];
    if (!needed) {
      console.warn(`<${tag}> is not an LP element: the LP Elements loader leaves it alone.`);
      return;
    }
    for (const file of needed) {
      import(new URL(String(files[file]), base).href).catch((error: unknown) => {
        console.error(`The LP Elements loader could not load <${tag}>:`, error);
      });
    }
  };

  /** Starts watching a root (the document or one of our elements' shadow roots) and looks through what it holds already. */
  const watch = (root: Document | ShadowRoot) => {
    if (watched.has(root)) return;
    watched.add(root);
    observer.observe(root, { childList: true, subtree: true });
    for (const element of root.querySelectorAll('*')) visit(element);
  };

  const visit = (element: Element) => {
    const tag = element.localName;
    if (!tag.startsWith('lp-')) return;
    if (!requested.has(tag) && !customElements.get(tag)) load(tag);
    // Our elements render into open shadow roots, which exist once the element is upgraded.
    if (tag in table) {
      void customElements.whenDefined(tag).then(() => {
        if (element.shadowRoot) watch(element.shadowRoot);
      });
    }
  };

  const scan = (element: Element) => {
    visit(element);
    for (const inner of element.querySelectorAll('*')) visit(inner);
  };

  watch(document);
}
