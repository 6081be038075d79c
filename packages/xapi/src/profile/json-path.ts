/**
 * The JSONPath subset xAPI Profiles allow in statement template rules: `$`, `.name`,
 * `['name']`, `[n]`, `[*]`, comma unions inside brackets, and `|` between whole paths.
 * No filters or scripts.
 */

/** The members one step selects: names, indexes, or `*` for all. */
type Step = readonly (string | number)[];

const STEP = /^(?:\.([A-Za-z_$][\w$-]*)|\.\*|\[((?:\s*(?:'(?:[^'\\]|\\.)*'|\d+|\*)\s*,?)+)\])/;
const MEMBER = /'((?:[^'\\]|\\.)*)'|(\d+)|(\*)/g;

/** Parses one path (no `|`) into steps; throws with the position when it is not allowed. */
function parsePath(path: string): Step[] {
  const text = path.trim();
  if (!text.startsWith('$')) throw new Error(`"${path}" must start with $`);
  const steps: Step[] = [];
  let rest = text.slice(1);
  while (rest.length > 0) {
    const match = STEP.exec(rest);
    if (!match) throw new Error(`"${path}" is not a JSONPath allowed in profiles at "${rest}"`);
    if (match[1] !== undefined) steps.push([match[1]]);
    else if (match[2] === undefined) steps.push(['*']);
    else {
      steps.push(
        [...match[2].matchAll(MEMBER)].map(([, name, index]) =>
          name !== undefined ? name.replace(/\\(.)/g, '$1') : index !== undefined ? Number(index) : '*',
        ),
      );
    }
    rest = rest.slice(match[0].length);
  }
  return steps;
}

/** Parses a location or selector (paths joined by `|`); throws when it is not allowed. */
export function parseJsonPath(location: string): Step[][] {
  return location.split('|').map(parsePath);
}

function children(value: unknown, member: string | number): unknown[] {
  if (member === '*') {
    if (Array.isArray(value)) return value;
    return value !== null && typeof value === 'object' ? Object.values(value) : [];
  }
  if (value === null || typeof value !== 'object') return [];
  const child = (value as Record<string | number, unknown>)[member];
  return child === undefined || !Object.hasOwn(value, member) ? [] : [child];
}

/** Every value a location finds in `document`. */
export function evaluateJsonPath(location: string, document: unknown): unknown[] {
  return parseJsonPath(location).flatMap((steps) =>
    steps.reduce<unknown[]>(
      (values, step) => values.flatMap((value) => step.flatMap((member) => children(value, member))),
      [document],
    ),
  );
}
