import type { Course, DataDocument } from '../document.js';
import type { PersonGaps, SkillGap } from '../gaps/person-gaps.js';
import { durationToHours } from '../time/duration.js';
import {
  courseStatus,
  soonLimit,
  timingOf,
  type CourseStatus,
  type CourseTiming,
  type TimingOptions,
} from '../time/course-timing.js';
import { courseFilter, type CourseFilter } from './course-filter.js';
import { explainRecommendation } from './explanation.js';
import type { GapProgress, Recommendation } from './recommendation.js';

/** Options of `recommendCourses`: filters, the moment to judge from, the language and a limit. */
export interface RecommendOptions extends CourseFilter, TimingOptions {
  /** The language for skill names in explanations; the document's by default. */
  readonly lang?: string;
  /** At most this many recommendations. */
  readonly limit?: number;
  /** The courses to choose from; the document's by default. */
  readonly courses?: readonly Course[];
}

/** A recommendation whose explanation is written when first read: lists show a few of thousands. */
class RankedCourse implements Recommendation {
  #explanation: string | undefined;

  constructor(
    private readonly document: DataDocument,
    private readonly lang: string,
    readonly course: Course,
    readonly closes: readonly GapProgress[],
    readonly narrows: readonly GapProgress[],
    readonly gaps: number,
    readonly timing: CourseTiming,
    readonly hours: number | undefined,
  ) {}

  get explanation(): string {
    return (this.#explanation ??= explainRecommendation(this.document, this, this.lang));
  }
}

/** A course that addresses gaps, with the numbers it is ranked by. */
export interface Candidate {
  readonly course: Course;
  readonly status: CourseStatus;
  readonly closed: number;
  readonly gain: number;
  readonly startsAt: number;
  readonly hours: number | undefined;
}

/**
 * Each course's status at the last instant it was judged at: a career track ranks the same
 * courses for each of its steps at one instant, and needs each course classified once.
 */
const judged = new WeakMap<Course, { readonly at: number; readonly status: CourseStatus }>();

function statusAt(course: Course, at: number): CourseStatus {
  const known = judged.get(course);
  if (known?.at === at) return known.status;
  const status = courseStatus(course, at);
  judged.set(course, { at, status });
  return status;
}

/** Self-paced courses can start now; a course that is only running or past has no start to offer. */
function startsAt(status: CourseStatus, now: number): number {
  if (status.status === 'self-paced') return now;
  if (status.status === 'upcoming') return status.span?.start ?? Infinity;
  return Infinity;
}

function compare(a: Candidate, b: Candidate): number {
  return (
    b.closed - a.closed ||
    b.gain - a.gain ||
    a.startsAt - b.startsAt ||
    (a.hours ?? Infinity) - (b.hours ?? Infinity) ||
    (a.course.id < b.course.id ? -1 : a.course.id > b.course.id ? 1 : 0)
  );
}

/** What a course does for each open gap. */
function addProgress(
  course: Course,
  open: ReadonlyMap<string, SkillGap>,
  closes: GapProgress[],
  narrows: GapProgress[],
): void {
  for (const { skill, level } of course.teaches ?? []) {
    const gap = open.get(skill);
    if (!gap || level <= gap.current) continue;
    const to = Math.min(level, gap.required);
    (to === gap.required ? closes : narrows).push({ skill, from: gap.current, to, required: gap.required });
  }
}

/** Courses that help with some gaps, ranked, and how to make the recommendation for any of them. */
export interface CourseRanking {
  /** The gaps still open, by skill. */
  readonly open: ReadonlyMap<string, SkillGap>;
  /** The courses that help, best first, at most `limit`. */
  readonly ranked: readonly Candidate[];
  /** The recommendation for one of them: its gaps, timing and explanation. */
  readonly recommend: (candidate: Candidate) => Recommendation;
}

/**
 * Ranks the courses that close or narrow a person's gaps (the order of `recommendCourses`) from
 * numbers only; a recommendation is made only when asked for, so a caller that needs a few of
 * many (a career step's effort) pays for those few.
 */
export function rankCourses(
  document: DataDocument,
  gaps: PersonGaps | readonly SkillGap[],
  options: RecommendOptions = {},
): CourseRanking {
  const skillGaps = 'skills' in gaps ? gaps.skills : gaps;
  const open = new Map(skillGaps.filter((gap) => gap.gap < 0).map((gap) => [gap.skill, gap]));
  const now = options.now ?? new Date();
  const at = now.getTime();
  const passes = courseFilter(options);
  const candidates: Candidate[] = [];
  // Without open gaps no course helps: a step already reached reads none of a large catalogue.
  const pool = open.size === 0 ? [] : (options.courses ?? document.courses ?? []);
  for (const course of pool) {
    let closed = 0;
    let gain = 0;
    for (const { skill, level } of course.teaches ?? []) {
      const gap = open.get(skill);
      if (!gap || level <= gap.current) continue;
      if (level >= gap.required) closed += 1;
      gain += Math.min(level, gap.required) - gap.current;
    }
    if (gain === 0) continue;
    const status = statusAt(course, at);
    if (!passes(course, status.status)) continue;
    candidates.push({
      course,
      status,
      closed,
      gain,
      startsAt: startsAt(status, at),
      hours: durationToHours(course.workload),
    });
  }
  const ranked = candidates.sort(compare).slice(0, options.limit ?? candidates.length);
  const lang = options.lang ?? document.lang ?? 'en';
  const soonBefore = soonLimit(now, options.soonWeeks);
  const recommend = ({ course, status, hours }: Candidate): Recommendation => {
    const closes: GapProgress[] = [];
    const narrows: GapProgress[] = [];
    addProgress(course, open, closes, narrows);
    return new RankedCourse(document, lang, course, closes, narrows, open.size, timingOf(status, soonBefore), hours);
  };
  return { open, ranked, recommend };
}

/**
 * Courses that close or narrow a person's gaps, best first: most gaps closed, then most levels
 * gained, then the earliest start (self-paced counts as now), then the least workload, then the
 * course id, so the order never depends on chance. Each comes with the gaps it addresses and an
 * explanation. Courses whose instances are all over are left out unless `includePast` is set.
 *
 * Ranking reads only numbers; the details are made for the courses returned, so a short `limit`
 * over a large catalogue is cheap.
 */
export function recommendCourses(
  document: DataDocument,
  gaps: PersonGaps | readonly SkillGap[],
  options: RecommendOptions = {},
): Recommendation[] {
  const { ranked, recommend } = rankCourses(document, gaps, options);
  return ranked.map(recommend);
}
