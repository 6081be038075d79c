import {
  checkHttpUrl,
  type Course,
  type Problem,
  type ProblemCode,
  type ProblemParams,
  type ValueType,
} from '@lp-elements/model';

/** A course object as a card can show it: links that are not http(s) left out, and why. */
export interface GuardedCourse {
  /** Undefined when the value is not a course at all (not an object, or without an id or a name). */
  readonly course: Course | undefined;
  readonly problems: readonly Problem[];
}

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const typeOf = (value: unknown): ValueType => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  return type === 'string' || type === 'number' || type === 'boolean' ? type : 'other';
};

/** A problem the element words in its own language from `code` and `params` (so no English message is kept). */
const problemAt = <C extends ProblemCode>(path: string, code: C, params: ProblemParams[C]) =>
  ({ path, code, params, message: '' }) as unknown as Problem;

/** `object`, or a copy without the links in `keys` that are not http(s); each one left out is named. */
function withSafeLinks(object: Loose, keys: readonly string[], path: string, problems: Problem[]): Loose {
  const dropped = new Set<string>();
  for (const key of keys) {
    const value = object[key];
    if (value === undefined) continue;
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    const check = checkHttpUrl(text);
    if (typeof value === 'string' && check.result === 'ok') continue;
    dropped.add(key);
    const shown = text.slice(0, 80);
    problems.push(
      check.result === 'unsafe'
        ? problemAt(`${path}.${key}`, 'unsafe-url', { value: shown, scheme: check.scheme })
        : problemAt(`${path}.${key}`, 'invalid-url', { value: shown }),
    );
  }
  return dropped.size === 0 ? object : Object.fromEntries(Object.entries(object).filter(([key]) => !dropped.has(key)));
}

/**
 * Checks a course given as an object, which no data document has checked: only `http(s)` links
 * may reach an `href` or `src`, so every other link is left out and reported. The object itself
 * is never changed. Other fields are read defensively where they are shown.
 */
export function guardCourse(value: unknown): GuardedCourse {
  if (!isObject(value)) {
    return {
      course: undefined,
      problems: [problemAt('$', 'wrong-type', { expected: 'object', actual: typeOf(value) })],
    };
  }
  const missing = (['id', 'name'] as const).filter((property) => value[property] === undefined);
  if (missing.length > 0) {
    return {
      course: undefined,
      problems: missing.map((property) => problemAt(`$.${property}`, 'missing-property', { property })),
    };
  }
  const problems: Problem[] = [];
  const top = withSafeLinks(value, ['url', 'image'], '$', problems);
  const changed: Loose = {};
  for (const [key, links] of [
    ['provider', ['url', 'logo']],
    ['credential', ['url']],
  ] as const) {
    const part = value[key];
    if (isObject(part)) {
      const safe = withSafeLinks(part, links, `$.${key}`, problems);
      if (safe !== part) changed[key] = safe;
    }
  }
  const { instances } = value;
  if (Array.isArray(instances)) {
    const safe = instances.map((instance: unknown, index) =>
      isObject(instance) ? withSafeLinks(instance, ['url'], `$.instances[${index}]`, problems) : instance,
    );
    if (safe.some((instance, index) => instance !== instances[index])) changed.instances = safe;
  }
  const course = problems.length > 0 ? { ...top, ...changed } : value;
  return { course: course as unknown as Course, problems };
}
