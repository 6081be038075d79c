import { LP_ELEMENTS_VERSION } from './version.js';

/** A custom element class that may say which LP Elements version it comes from. */
type VersionedElement = CustomElementConstructor & { readonly version?: string };

const warned = new Set<string>();

/**
 * Registers `tag` once. Never throws: a page may load two copies of the CDN bundle, the bundle
 * and the loader's per-element modules, or a host application may bundle the elements too. When
 * another class already owns the tag, the existing definition stays; only a different version
 * (or a class that names none) gets a warning, once per tag, naming both versions. Two builds of
 * the same version are the same elements, so a page that mixes them stays quiet.
 *
 * @returns true when this call registered the tag.
 */
export function define(tag: string, elementClass: VersionedElement): boolean {
  if (typeof customElements === 'undefined') return false;
  const existing: VersionedElement | undefined = customElements.get(tag);
  if (existing === undefined) {
    customElements.define(tag, elementClass);
    return true;
  }
  const ours = elementClass.version ?? LP_ELEMENTS_VERSION;
  if (existing !== elementClass && existing.version !== ours && !warned.has(tag)) {
    warned.add(tag);
    const theirs = existing.version ?? 'an unknown version';
    console.warn(
      `<${tag}> is already defined by ${theirs}; this copy (${ours}) is not registered. ` +
        'Load LP Elements once per page to avoid two versions side by side.',
    );
  }
  return false;
}
