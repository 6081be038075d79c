import type { Course, DataDocument } from '../document.js';
import type { PersonGaps, SkillGap } from '../gaps/person-gaps.js';
import { rankCourses, type RecommendOptions } from '../recommend/recommend-courses.js';
import type { Recommendation } from '../recommend/recommendation.js';

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

/** Whether a course teaches one of the skills still open up to the level required. */
function closesOpenGap(course: Course, open: ReadonlyMap<string, SkillGap>, still: ReadonlySet<string>): boolean {
  return (course.teaches ?? []).some(({ skill, level }) => {
    const gap = open.get(skill);
    return gap !== undefined && still.has(skill) && level > gap.current && level >= gap.required;
  });
}

/**
 * Estimates the effort to close a person's gaps: walks the recommendations best first (preferred
 * courses before the rest) and takes each course that closes a gap still open, then sums the
 * workloads and ECTS of the courses taken. Only the courses taken are described (gaps, timing):
 * a step's gaps are often helped by dozens of courses, and closed by two or three.
 */
export function estimateEffort(document: DataDocument, gaps: PersonGaps, options: EffortOptions = {}): Effort {
  const still = new Set(gaps.skills.filter((gap) => gap.gap < 0).map((gap) => gap.skill));
  const preferred = new Set(options.prefer);
  const { open, ranked, recommend } = rankCourses(document, gaps, options);
  const candidates = [
    ...ranked.filter(({ course }) => preferred.has(course.id)),
    ...ranked.filter(({ course }) => !preferred.has(course.id)),
  ];
  const courses: Recommendation[] = [];
  for (const ranking of candidates) {
    if (still.size === 0) break;
    if (!closesOpenGap(ranking.course, open, still)) continue;
    const candidate = recommend(ranking);
    courses.push(candidate);
    for (const { skill } of candidate.closes) still.delete(skill);
  }
  return {
    courses,
    hours: courses.reduce((sum, { hours }) => sum + (hours ?? 0), 0),
    ects: courses.reduce((sum, { course }) => sum + (course.ects ?? 0), 0),
    withoutWorkload: courses.filter(({ hours }) => hours === undefined).length,
    unclosed: [...still],
  };
}
