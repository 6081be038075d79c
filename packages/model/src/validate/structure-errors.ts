import { ITEMS_PER_STEP, type Steps } from '../steps.js';
import { isCatalogueObject, type CatalogueObject } from './catalogue-object.js';
import { MAX_COURSES, PROPERTIES_AFTER_COURSES, validate, validateCourse } from './structure.generated.js';

/** The part of an Ajv error object that the model reads. */
export interface AjvError {
  readonly instancePath: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
}

type Validator = ((data: unknown, instancePath?: string) => boolean) & { errors?: readonly AjvError[] | null };

const validateDocument = validate as unknown as Validator;
const validateOneCourse = validateCourse as unknown as Validator;

const pathsAfterCourses = (PROPERTIES_AFTER_COURSES as readonly string[]).map((property) => `/${property}`);

/** Whether an error is in a property after `courses`: those come after the courses' errors in one call of `validate`. */
const afterCourses = (error: AjvError) =>
  pathsAfterCourses.some((path) => error.instancePath === path || error.instancePath.startsWith(`${path}/`));

/**
 * Ajv's errors for a document: the same errors, in the same order, as one call of the generated
 * `validate` lists them, but with the courses checked a few at a time. The rest of the document
 * is checked first, with an empty course list; then each course on its own. `validate` checks the
 * schema's properties in order, so the course errors go after everything but the tracks' errors.
 */
export function* structureErrors(data: unknown): Steps<readonly AjvError[]> {
  if (!isCatalogueObject(data)) {
    validateDocument(data);
    return validateDocument.errors ?? [];
  }
  const { courses } = data;
  validateDocument({ ...data, courses: [] });
  const others = validateDocument.errors ?? [];
  const errors = others.filter((error) => !afterCourses(error));
  if (courses.length > MAX_COURSES) {
    errors.push({ instancePath: '/courses', keyword: 'maxItems', params: { limit: MAX_COURSES } });
  }
  for (const [index, course] of courses.entries()) {
    if (!validateOneCourse(course, `/courses/${index}`))
      for (const error of validateOneCourse.errors ?? []) errors.push(error);
    if (index % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
  }
  for (const error of others) if (afterCourses(error)) errors.push(error);
  return errors;
}

/** Whether everything of a catalogue but its courses passes the schema, the number of courses included. */
export function catalogueFramePasses(data: CatalogueObject): boolean {
  return data.courses.length <= MAX_COURSES && validateDocument({ ...data, courses: [] });
}

/** Whether the course at `index` of a catalogue passes the schema. */
export function coursePasses(course: unknown, index: number): boolean {
  return validateOneCourse(course, `/courses/${index}`);
}
