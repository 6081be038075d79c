import type { DataDocument } from '../document.js';
import type { PersonGaps } from '../gaps/person-gaps.js';
import { recommendCourses, type Recommendation, type RecommendOptions } from '../recommend/recommend-courses.js';

/** What it takes to close a set of gaps with courses. */
export interface Effort {
  /** The courses chosen, in the order taken. */
  readonly courses: readonly Recommendation[];
  /** The sum of their workloads, in hours. */
  readonly hours: number;
  /** The sum of their ECTS credits. */
  readonly ects: number;
  /** Chosen courses that state no workload (so `hours` is a lower bound). */
  readonly withoutWorkload: number;
  /** Skills still below the requirement: no course (that passed the filters) closes them. */
  readonly unclosed: readonly string[];
}

/** Options of `estimateEffort`: those of `recommendCourses`, and courses to prefer. */
export interface EffortOptions extends RecommendOptions {
  /** Course ids to take first when they help, such as a track step's own courses. */
  readonly prefer?: readonly string[];
}

/**
 * Estimates the effort to close a person's gaps: walks the recommendations best first (preferred
 * courses before the rest) and takes each course that closes a gap still open, then sums the
 * workloads and ECTS of the courses taken.
 */
export function estimateEffort(document: DataDocument, gaps: PersonGaps, options: EffortOptions = {}): Effort {
  const open = new Set(gaps.skills.filter((gap) => gap.gap < 0).map((gap) => gap.skill));
  const preferred = new Set(options.prefer);
  const recommendations = recommendCourses(document, gaps, options);
  const candidates = [
    ...recommendations.filter(({ course }) => preferred.has(course.id)),
    ...recommendations.filter(({ course }) => !preferred.has(course.id)),
  ];
  const courses: Recommendation[] = [];
  for (const candidate of candidates) {
    if (open.size === 0) break;
    const closing = candidate.closes.filter(({ skill }) => open.has(skill));
    if (closing.length === 0) continue;
    courses.push(candidate);
    for (const { skill } of closing) open.delete(skill);
  }
  return {
    courses,
    hours: courses.reduce((sum, { hours }) => sum + (hours ?? 0), 0),
    ects: courses.reduce((sum, { course }) => sum + (course.ects ?? 0), 0),
    withoutWorkload: courses.filter(({ hours }) => hours === undefined).length,
    unclosed: [...open],
  };
}
