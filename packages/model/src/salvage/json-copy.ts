import { ITEMS_PER_STEP, type Steps } from '../steps.js';
import { isCatalogueObject } from '../validate/catalogue-object.js';

function copyOf(value: unknown): unknown {
  // In a list, a value JSON cannot write (undefined, a function) is written as null.
  const text = JSON.stringify(value) as string | undefined;
  return text === undefined ? null : (JSON.parse(text) as unknown);
}

/**
 * A copy of a value as `JSON.parse(JSON.stringify(value))` makes it, or undefined when the value
 * has no JSON form (a cycle, a BigInt). A catalogue is copied a few courses at a time: the rest
 * of the document first, then each course into its place.
 */
export function* jsonCopy(value: unknown): Steps<unknown> {
  try {
    // A toJSON method decides for itself what is written: such a value is copied whole.
    if (!isCatalogueObject(value) || 'toJSON' in value || 'toJSON' in value.courses) {
      return JSON.parse(JSON.stringify(value)) as unknown;
    }
    const copy = JSON.parse(JSON.stringify({ ...value, courses: [] })) as { courses: unknown[] };
    for (const [index, course] of value.courses.entries()) {
      copy.courses.push(copyOf(course));
      if (index % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
    }
    return copy;
  } catch {
    return undefined;
  }
}
