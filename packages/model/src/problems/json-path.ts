const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const LONGEST_KEY = 200;

/**
 * Appends an array index or an object key to a JSON path: `$.courses` + 3 → `$.courses[3]`,
 * + `name` → `.name`, + a skill IRI → `["https://…"]`. Keys longer than 200 characters are
 * shortened, so hostile keys cannot blow up a path.
 */
export function childPath(path: string, segment: string | number): string {
  if (typeof segment === 'number') return `${path}[${segment}]`;
  if (segment.length > LONGEST_KEY) return `${path}[${JSON.stringify(`${segment.slice(0, LONGEST_KEY - 1)}…`)}]`;
  return IDENTIFIER.test(segment) ? `${path}.${segment}` : `${path}[${JSON.stringify(segment)}]`;
}

/** The path of the document itself. */
export const ROOT_PATH = '$';
