import type { Course, CourseMode } from '../document.js';
import { instanceSpan, type CourseTimingStatus } from '../time/course-timing.js';

/** Which courses may be recommended. Every option left out lets all courses through. */
export interface CourseFilter {
  /** Languages a participant understands (`de` also accepts `de-CH`); a course in any of them passes. */
  readonly languages?: readonly string[];
  readonly modes?: readonly CourseMode[];
  /** Provider ids. */
  readonly providers?: readonly string[];
  /** Only courses with an instance starting on or after this date (self-paced courses pass). */
  readonly from?: Date;
  /** Only courses with an instance starting before this date (self-paced courses pass). */
  readonly to?: Date;
  /** Also courses whose instances are all over; false by default. */
  readonly includePast?: boolean;
  /** Also self-paced courses; true by default. */
  readonly includeSelfPaced?: boolean;
}

const base = (tag: string) => tag.toLowerCase().split('-')[0] ?? '';

function speaks(course: Course, wanted: ReadonlySet<string>): boolean {
  const offered = [...(course.languages ?? []), ...(course.instances ?? []).flatMap((i) => i.languages ?? [])];
  return offered.some((tag) => wanted.has(base(tag)));
}

function runsIn(course: Course, modes: readonly CourseMode[]): boolean {
  if (course.mode !== undefined && modes.includes(course.mode)) return true;
  return (course.instances ?? []).some((instance) => instance.mode !== undefined && modes.includes(instance.mode));
}

function startsInWindow(course: Course, from: number, to: number): boolean {
  return (course.instances ?? []).some((instance) => {
    const { start } = instanceSpan(instance);
    return start !== undefined && start >= from && start < to;
  });
}

/** Prepares a filter once and applies it to many courses. */
export function courseFilter(filter: CourseFilter): (course: Course, status: CourseTimingStatus) => boolean {
  const languages = filter.languages && new Set(filter.languages.map(base));
  const providers = filter.providers && new Set(filter.providers);
  const windowed = filter.from !== undefined || filter.to !== undefined;
  const from = filter.from?.getTime() ?? -Infinity;
  const to = filter.to?.getTime() ?? Infinity;
  return (course, status) => {
    if (status === 'past' && !filter.includePast) return false;
    if (status === 'self-paced' && filter.includeSelfPaced === false) return false;
    if (languages && !speaks(course, languages)) return false;
    if (filter.modes && !runsIn(course, filter.modes)) return false;
    if (providers && !providers.has(course.provider.id)) return false;
    return !windowed || status === 'self-paced' || startsInWindow(course, from, to);
  };
}
