import { recommendCourses, type Course, type DataDocument, type Recommendation } from '@lp-elements/model';
import { courseSelected } from '@lp-elements/xapi';
import { LpCourseSelectEvent } from '../base/events/course-select-event.js';
import { LpXapiStatementEvent } from '../base/events/xapi-statement-event.js';
import { gapsToClose } from './gaps-to-close.js';
import type { MatrixView } from './matrix-view.js';

/** Options of `recommend`: at most `limit` courses, explained in `lang`, judged from `now`. */
export interface RecommendOptions {
  readonly limit: number;
  readonly lang: string;
  readonly now: Date | undefined;
}

/**
 * The model's courses for the gaps the matrix shows: a person's own gaps, or for a team those
 * below the requirement.
 */
export function recommend(
  document: DataDocument,
  view: MatrixView,
  teamView: boolean,
  { limit, lang, now }: RecommendOptions,
): Recommendation[] {
  return recommendCourses(document, gapsToClose(view, teamView), { limit, lang, ...(now ? { now } : {}) });
}

/** A recommended course opened from its link: the statement, then the cancelable select event. */
export function selectCourse(host: HTMLElement, event: Event, course: Course, documentLang: string | undefined): void {
  const lang = documentLang ?? 'en';
  host.dispatchEvent(new LpXapiStatementEvent(courseSelected({ id: course.id, name: course.name, lang })));
  const select = new LpCourseSelectEvent(course);
  host.dispatchEvent(select);
  if (select.defaultPrevented) event.preventDefault();
}
