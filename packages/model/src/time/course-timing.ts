import { addDays } from 'date-fns/addDays';
import { addWeeks } from 'date-fns/addWeeks';
import type { Course, CourseInstance } from '../document.js';
import { parseCalendarDate } from './calendar-date.js';

/** running: an instance is on now; upcoming: one starts later; self-paced: open any time; past: all are over. */
export type CourseTimingStatus = 'running' | 'upcoming' | 'self-paced' | 'past';

/** Where a course stands in time, seen from `now`. */
export interface CourseTiming {
  readonly status: CourseTimingStatus;
  /** The instance the status is about: the running one, the next one, the self-paced one or the last one. */
  readonly instance: CourseInstance | undefined;
  readonly start: Date | undefined;
  /** The end, exclusive: for a calendar date, the midnight after it. */
  readonly end: Date | undefined;
  /** An upcoming instance starts within `soonWeeks` weeks. */
  readonly startsSoon: boolean;
}

export interface TimingOptions {
  /** The moment to judge from; the current time by default. Pass it to get results that do not change. */
  readonly now?: Date;
  /** How many weeks ahead a start counts as soon; 4 by default. */
  readonly soonWeeks?: number;
}

/** An instance's dates as milliseconds; `start` is undefined for a self-paced instance. */
interface InstanceSpan {
  readonly start: number | undefined;
  readonly end: number | undefined;
}

const spans = new WeakMap<CourseInstance, InstanceSpan>();

function boundary(value: string | undefined, atEnd: boolean): number | undefined {
  const parsed = value === undefined ? undefined : parseCalendarDate(value);
  if (!parsed) return undefined;
  return (atEnd && parsed.wholeDay ? addDays(parsed.date, 1) : parsed.date).getTime();
}

/** Reads an instance's dates once: catalogues are filtered again and again, dates parsed only the first time. */
export function instanceSpan(instance: CourseInstance): InstanceSpan {
  let span = spans.get(instance);
  if (!span) {
    const start = boundary(instance.start, false);
    span = { start, end: start === undefined ? undefined : (boundary(instance.end ?? instance.start, true) ?? start) };
    spans.set(instance, span);
  }
  return span;
}

const SELF_PACED: CourseInstance = {};

/**
 * Tells whether a course is running, upcoming, self-paced or past, and whether it starts soon.
 * An instance without a start (or a course without instances) is self-paced; an instance without
 * an end lasts its start day. Running wins over upcoming, upcoming over self-paced.
 */
export function courseTiming(course: Course, options: TimingOptions = {}): CourseTiming {
  const now = options.now ?? new Date();
  const at = now.getTime();
  const instances = course.instances ?? [];
  let running: [CourseInstance, InstanceSpan] | undefined;
  let upcoming: [CourseInstance, InstanceSpan] | undefined;
  let selfPaced: CourseInstance | undefined = instances.length === 0 ? SELF_PACED : undefined;
  let past: [CourseInstance, InstanceSpan] | undefined;
  for (const instance of instances) {
    const span = instanceSpan(instance);
    const { start, end } = span;
    if (start === undefined || end === undefined) selfPaced ??= instance;
    else if (start > at) {
      if (!upcoming || start < (upcoming[1].start ?? Infinity)) upcoming = [instance, span];
    } else if (end > at) {
      if (!running || start < (running[1].start ?? Infinity)) running = [instance, span];
    } else if (!past || end > (past[1].end ?? -Infinity)) past = [instance, span];
  }
  const timing = (status: CourseTimingStatus, chosen: [CourseInstance, InstanceSpan] | undefined): CourseTiming => ({
    status,
    instance: chosen?.[0],
    start: chosen?.[1].start === undefined ? undefined : new Date(chosen[1].start),
    end: chosen?.[1].end === undefined ? undefined : new Date(chosen[1].end),
    startsSoon:
      status === 'upcoming' && (chosen?.[1].start ?? Infinity) < addWeeks(now, options.soonWeeks ?? 4).getTime(),
  });
  if (running) return timing('running', running);
  if (upcoming) return timing('upcoming', upcoming);
  if (selfPaced)
    return { ...timing('self-paced', undefined), instance: selfPaced === SELF_PACED ? undefined : selfPaced };
  return timing('past', past);
}

/** True when the course's next instance starts within `weeks` weeks of `now`. */
export function startsWithin(course: Course, weeks: number, options: Pick<TimingOptions, 'now'> = {}): boolean {
  return courseTiming(course, { ...options, soonWeeks: weeks }).startsSoon;
}
