/**
 * Whether two lists of inputs hold the same values, compared by identity: elements use it to
 * compute again only when something a result depends on changed.
 */
export function sameValues(a: readonly unknown[] | undefined, b: readonly unknown[]): boolean {
  return a?.length === b.length && a.every((value, index) => value === b[index]);
}
