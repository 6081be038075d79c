import type { DataDocument } from '../document.js';
import { smallDocument, testCourse } from './small-document.js';

/** Values that break a document in many ways when put in the place of another. */
const BREAKERS: readonly unknown[] = [
  null,
  -1,
  1.5,
  400,
  '',
  'javascript:alert(1)',
  'relative/path',
  'https://x.example/ok',
  '2027-02-30',
  'P',
  [],
  {},
  { 'not a tag!': 'x' },
  true,
  'https://lp-elements.example/test/skills/unknown',
  'a b',
];

/** A small deterministic generator (a linear congruential one), so every run tests the same documents. */
function seeded(seed: number): (limit: number) => number {
  let state = seed;
  return (limit) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % limit;
  };
}

/** The small document with `extra` more courses, each with its own id. */
function withCourses(extra: number): DataDocument {
  const document = smallDocument();
  const courses = Array.from({ length: extra }, (_, index) => testCourse(`more-${index}`, { ects: index % 7 }));
  return { ...document, courses: [...(document.courses ?? []), ...courses] };
}

/**
 * `count` documents, each the small document (some with 60 more courses) broken in one to eight
 * places: a value replaced, removed, a property added, an item repeated. The same every run.
 */
export function mutatedDocuments(count: number, seed = 1): unknown[] {
  const random = seeded(seed);
  return Array.from({ length: count }, () => {
    const document = JSON.parse(JSON.stringify(withCourses(random(3) === 0 ? 60 : 0))) as unknown;
    const changes = 1 + random(8);
    for (let change = 0; change < changes; change += 1) {
      let parent: Record<string, unknown> | unknown[] | undefined;
      let key: string | number | undefined;
      let node = document;
      for (let depth = 1 + random(5); depth > 0 && typeof node === 'object' && node !== null; depth -= 1) {
        const keys: (string | number)[] = Array.isArray(node) ? node.map((_, index) => index) : Object.keys(node);
        if (keys.length === 0) break;
        parent = node as Record<string, unknown>;
        key = keys[random(keys.length)];
        node = (parent as Record<string | number, unknown>)[key as string];
      }
      if (parent === undefined || key === undefined) continue;
      const kind = random(10);
      if (kind < 6) (parent as Record<string | number, unknown>)[key] = BREAKERS[random(BREAKERS.length)];
      else if (kind < 8) {
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else Reflect.deleteProperty(parent, key);
      } else if (kind < 9 && !Array.isArray(parent)) parent[`unknown${change}`] = 1;
      else if (Array.isArray(parent)) parent.push(JSON.parse(JSON.stringify(parent[0])) as unknown);
    }
    return document;
  });
}
