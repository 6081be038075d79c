/**
 * A random (version 4) UUID. `crypto.randomUUID` exists only in secure contexts, and many
 * university pages are still served over plain http: `getRandomValues` works everywhere.
 * Each `0`/`1` of the template becomes a random hex digit, each `8` the variant (8, 9, a or b).
 */
export function randomUuid(): string {
  // One draw for all 31 random digits: a call per digit costs far more than the digits.
  const random = crypto.getRandomValues(new Uint8Array(31));
  let next = 0;
  return '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (digit) =>
    (Number(digit) ^ ((random[next++] ?? 0) & (15 >> (Number(digit) / 4)))).toString(16),
  );
}
