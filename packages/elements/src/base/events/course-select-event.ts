import type { Course } from '@lp-elements/model';
import { LpEvent } from './lp-event.js';

export interface CourseSelectDetail {
  /** The course the learner opened, as the data document describes it. */
  readonly course: Course;
}

/**
 * The learner opened a course: followed its link or picked it. Fired by course cards, the
 * catalogue and the recommendations of other elements; cancelling it keeps the link from
 * navigating, so a host can show the course its own way.
 */
export class LpCourseSelectEvent extends LpEvent<CourseSelectDetail> {
  static readonly eventName = 'lp-course-select';

  constructor(course: Course) {
    super(LpCourseSelectEvent.eventName, { course }, { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lp-course-select': LpCourseSelectEvent;
  }
}
