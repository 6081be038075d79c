import { LP_ELEMENTS_VERSION } from './version.js';

/** A custom element class that may say which LP Elements version it comes from. */
type VersionedElement = CustomElementConstructor & { readonly version?: string };

const warned = new Set<string>();

/**
 * Registers `tag` once. Never throws: a page may load two copies of the CDN bundle, or a host
 * application may bundle the elements too. When a different class already owns the tag, the
 * existing definition stays and one warning names both versions.
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
  if (existing !== elementClass && !warned.has(tag)) {
    warned.add(tag);
    const theirs = existing.version ?? 'an unknown version';
    const ours = elementClass.version ?? LP_ELEMENTS_VERSION;
    console.warn(
      `<${tag}> is already defined by ${theirs}; this copy (${ours}) is not registered. ` +
        'Load LP Elements once per page to avoid two versions side by side.',
    );
  }
  return false;
}
