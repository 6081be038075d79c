/** A document as JSON gives it, with a list of courses. */
export type CatalogueObject = Record<string, unknown> & { courses: unknown[] };

/**
 * Whether `data` is a plain object (as JSON gives) with a list of courses: only such a document
 * is taken apart to be checked or copied a few courses at a time, since a copy of anything else
 * might read differently from the value itself.
 */
export function isCatalogueObject(data: unknown): data is CatalogueObject {
  if (typeof data !== 'object' || data === null) return false;
  const prototype: unknown = Object.getPrototypeOf(data);
  return (
    (prototype === Object.prototype || prototype === null) && Array.isArray((data as { courses?: unknown }).courses)
  );
}
