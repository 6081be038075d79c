import type { Course, DataDocument } from '../document.js';
import type { PersonGaps, SkillGap } from '../gaps/person-gaps.js';
import { durationToHours } from '../time/duration.js';
import { courseTiming, type CourseTiming, type TimingOptions } from '../time/course-timing.js';
import { courseFilter, type CourseFilter } from './course-filter.js';
import { explainRecommendation } from './explanation.js';

/** What a course does for one gap. */
export interface GapProgress {
  readonly skill: string;
  /** The person's current level. */
  readonly from: number;
  /** The level the course takes them to (never above what is required). */
  readonly to: number;
  readonly required: number;
}

export interface Recommendation {
  readonly course: Course;
  /** Gaps the course closes: it teaches the required level or more. */
  readonly closes: readonly GapProgress[];
  /** Gaps the course narrows without closing. */
  readonly narrows: readonly GapProgress[];
  /** How many gaps there were. */
  readonly gaps: number;
  readonly timing: CourseTiming;
  /** The workload in hours, if the course states one. */
  readonly hours: number | undefined;
  /** In English (or `lang` for skill names), e.g. `closes 2 of 3 gaps: Networking (2 → 4), …`. */
  readonly explanation: string;
}

export interface RecommendOptions extends CourseFilter, TimingOptions {
  /** The language for skill names in explanations; the document's by default. */
  readonly lang?: string;
  /** At most this many recommendations. */
  readonly limit?: number;
  /** The courses to choose from; the document's by default. */
  readonly courses?: readonly Course[];
}

interface Ranked {
  readonly recommendation: Omit<Recommendation, 'explanation'>;
  readonly gain: number;
  readonly startsAt: number;
  readonly hours: number;
}

/** Self-paced courses can start now; a course that is only running or past has no start to offer. */
function startsAt(timing: CourseTiming, now: number): number {
  if (timing.status === 'self-paced') return now;
  if (timing.status === 'upcoming') return timing.start?.getTime() ?? Infinity;
  return Infinity;
}

function compare(a: Ranked, b: Ranked): number {
  const x = a.recommendation;
  const y = b.recommendation;
  return (
    y.closes.length - x.closes.length ||
    b.gain - a.gain ||
    a.startsAt - b.startsAt ||
    a.hours - b.hours ||
    (x.course.id < y.course.id ? -1 : x.course.id > y.course.id ? 1 : 0)
  );
}

/**
 * Courses that close or narrow a person's gaps, best first: most gaps closed, then most levels
 * gained, then the earliest start (self-paced counts as now), then the least workload, then the
 * course id, so the order never depends on chance. Each comes with the gaps it addresses and an
 * explanation. Courses whose instances are all over are left out unless `includePast` is set.
 */
export function recommendCourses(
  document: DataDocument,
  gaps: PersonGaps | readonly SkillGap[],
  options: RecommendOptions = {},
): Recommendation[] {
  const skillGaps = 'skills' in gaps ? gaps.skills : gaps;
  const open = new Map(skillGaps.filter((gap) => gap.gap < 0).map((gap) => [gap.skill, gap]));
  if (open.size === 0) return [];
  const now = options.now ?? new Date();
  const timingOptions = { ...options, now };
  const passes = courseFilter(options);
  const ranked: Ranked[] = [];
  for (const course of options.courses ?? document.courses ?? []) {
    const closes: GapProgress[] = [];
    const narrows: GapProgress[] = [];
    let gain = 0;
    for (const { skill, level } of course.teaches ?? []) {
      const gap = open.get(skill);
      if (!gap || level <= gap.current) continue;
      const to = Math.min(level, gap.required);
      (to === gap.required ? closes : narrows).push({ skill, from: gap.current, to, required: gap.required });
      gain += to - gap.current;
    }
    if (gain === 0) continue;
    const timing = courseTiming(course, timingOptions);
    if (!passes(course, timing)) continue;
    const hours = durationToHours(course.workload);
    ranked.push({
      recommendation: { course, closes, narrows, gaps: open.size, timing, hours },
      gain,
      startsAt: startsAt(timing, now.getTime()),
      hours: hours ?? Infinity,
    });
  }
  const lang = options.lang ?? document.lang ?? 'en';
  return ranked
    .sort(compare)
    .slice(0, options.limit ?? ranked.length)
    .map(({ recommendation }) => ({
      ...recommendation,
      explanation: explainRecommendation(document, recommendation, lang),
    }));
}
