import type { Course } from '../document.js';
import type { CourseTiming } from '../time/course-timing.js';

/** What a course does for one gap. */
export interface GapProgress {
  readonly skill: string;
  /** The person's current level. */
  readonly from: number;
  /** The level the course takes them to (never above what is required). */
  readonly to: number;
  readonly required: number;
}

/** A course recommended for some gaps, and why. */
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
  /**
   * In English (skill names in `lang`), e.g. `closes 2 of 3 gaps: Networking (2 → 4), …`; made
   * when first read, since lists show only the first few of thousands.
   */
  readonly explanation: string;
}
