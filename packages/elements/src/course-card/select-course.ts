import type { Course, PickedText } from '@lp-elements/model';
import { courseSelected } from '@lp-elements/xapi';
import { LpCourseSelectEvent } from '../base/events/course-select-event.js';
import { LpXapiStatementEvent } from '../base/events/xapi-statement-event.js';

/**
 * Says that the learner opened a course: `lp-course-select` (which a host may cancel to show the
 * course its own way) and a `courseSelected` statement, both from `target`. The statement goes out
 * either way: the learner chose the course. The recorder also sends it when the link leaves the page.
 *
 * @param name the course name as shown, and its language (the page's when the data does not say)
 * @returns false when the host cancelled `lp-course-select`, so a link must not navigate
 */
export function selectCourse(target: EventTarget, course: Course, name: PickedText, pageLang: string): boolean {
  const select = new LpCourseSelectEvent(course);
  target.dispatchEvent(select);
  const named = name.text ? { name: name.text, lang: name.lang ?? pageLang } : {};
  target.dispatchEvent(new LpXapiStatementEvent(courseSelected({ id: course.id, ...named })));
  return !select.defaultPrevented;
}
