import type { Course, DataDocument } from '../document.js';
import { isCatalogueObject } from '../validate/catalogue-object.js';
import { DocumentChecker } from '../validate/document-checks.js';
import { catalogueFramePasses, coursePasses } from '../validate/structure-errors.js';

/** Courses looked at for a preview, per course it is to show: a catalogue whose first courses are mostly broken gets none. */
const LOOKED_AT_PER_SHOWN = 4;

/**
 * What a first screen can show of a large catalogue before the whole of it is checked: the
 * document without its tracks, and the first `count` courses that pass every check of their own
 * (the schema, links, dates, levels, an id no earlier course has). Each of them is a course that
 * `salvageDataDocument` keeps, unchanged, unless nothing at all of the document is usable.
 *
 * Undefined when the rest of the document (frameworks, profiles, texts, the tracks' structure)
 * has a problem, when none of the first courses passes, or for anything but a document object
 * with a list of courses: then nothing is shown before the whole document is checked.
 */
export function previewDataDocument(input: unknown, count: number): DataDocument | undefined {
  if (!isCatalogueObject(input) || !catalogueFramePasses(input)) return undefined;
  // The tracks refer to courses by id, so they are checked with all of them, never in a preview.
  const frame: DataDocument = { ...(input as DataDocument), courses: [], tracks: undefined };
  const checker = new DocumentChecker(frame);
  checker.checkFrameworksAndProfiles();
  if (checker.problems.length > 0) return undefined;
  const shown: Course[] = [];
  const looked = Math.min(input.courses.length, count * LOOKED_AT_PER_SHOWN);
  for (let index = 0; index < looked && shown.length < count; index += 1) {
    const course = input.courses[index];
    if (!coursePasses(course, index)) continue;
    const problems = checker.problems.length;
    // Checked even when broken in other ways: its id counts for the courses after it, as in a full check.
    checker.checkCourse(course as Course, index);
    if (checker.problems.length === problems) shown.push(course as Course);
  }
  return shown.length > 0 ? { ...frame, courses: shown } : undefined;
}
