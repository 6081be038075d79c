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

/** Options of `courseTiming`. */
export interface TimingOptions {
  /** The moment to judge from; the current time by default. Pass it to get results that do not change. */
  readonly now?: Date;
  /** How many weeks ahead a start counts as soon; 4 by default. */
  readonly soonWeeks?: number;
}

/** An instance's dates as milliseconds; `start` is undefined for a self-paced instance. */
export interface InstanceSpan {
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

/** Which instance a course's status is about, read without allocating dates (recommendations classify thousands of courses). */
export interface CourseStatus {
  readonly status: CourseTimingStatus;
  readonly instance: CourseInstance | undefined;
  readonly span: InstanceSpan | undefined;
}

/**
 * Classifies a course at the instant `at` (milliseconds). An instance without a start (or a course
 * without instances) is self-paced; an instance without an end lasts its start day. Running wins
 * over upcoming, upcoming over self-paced, and a past course is about its last instance.
 */
export function courseStatus(course: Course, at: number): CourseStatus {
  const instances = course.instances ?? [];
  let running: CourseInstance | undefined;
  let upcoming: CourseInstance | undefined;
  let last: CourseInstance | undefined;
  let selfPaced: CourseInstance | undefined;
  let runningSpan: InstanceSpan | undefined;
  let upcomingSpan: InstanceSpan | undefined;
  let lastSpan: InstanceSpan | undefined;
  for (const instance of instances) {
    const span = instanceSpan(instance);
    const { start, end } = span;
    if (start === undefined || end === undefined) selfPaced ??= instance;
    else if (start > at) {
      if (!upcomingSpan || start < (upcomingSpan.start ?? Infinity)) {
        upcoming = instance;
        upcomingSpan = span;
      }
    } else if (end > at) {
      if (!runningSpan || start < (runningSpan.start ?? Infinity)) {
        running = instance;
        runningSpan = span;
      }
    } else if (!lastSpan || end > (lastSpan.end ?? -Infinity)) {
      last = instance;
      lastSpan = span;
    }
  }
  if (runningSpan) return { status: 'running', instance: running, span: runningSpan };
  if (upcomingSpan) return { status: 'upcoming', instance: upcoming, span: upcomingSpan };
  if (selfPaced || instances.length === 0) return { status: 'self-paced', instance: selfPaced, span: undefined };
  return { status: 'past', instance: last, span: lastSpan };
}

/**
 * Tells whether a course is running, upcoming, self-paced or past, and whether it starts soon
 * (see `courseStatus` for the rules).
 */
export function courseTiming(course: Course, options: TimingOptions = {}): CourseTiming {
  const now = options.now ?? new Date();
  return timingOf(courseStatus(course, now.getTime()), soonLimit(now, options.soonWeeks));
}

/** The instant before which an upcoming start counts as soon (calendar weeks, so daylight saving time does not shift it). */
export function soonLimit(now: Date, soonWeeks = 4): number {
  return addWeeks(now, soonWeeks).getTime();
}

/** The public timing of a course already classified; `soonBefore` comes from `soonLimit`. */
export function timingOf({ status, instance, span }: CourseStatus, soonBefore: number): CourseTiming {
  const start = span?.start;
  const end = span?.end;
  return {
    status,
    instance,
    start: start === undefined ? undefined : new Date(start),
    end: end === undefined ? undefined : new Date(end),
    startsSoon: status === 'upcoming' && (start ?? Infinity) < soonBefore,
  };
}

/** True when the course's next instance starts within `weeks` weeks of `now`. */
export function startsWithin(course: Course, weeks: number, options: Pick<TimingOptions, 'now'> = {}): boolean {
  return courseTiming(course, { ...options, soonWeeks: weeks }).startsSoon;
}
