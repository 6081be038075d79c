import type { CourseMode, CredentialKind, PriceCategory } from '@lp-elements/model';

/** Strings of `<lp-course-card>`. Dates, numbers, units and prices arrive formatted (`Intl`). */
export interface CourseCardTerms {
  /** How a course is taught: `online`, `onsite`, `blended`. */
  readonly courseMode: Readonly<Record<CourseMode, string>>;
  /** What participants receive, by kind of credential. */
  readonly credentialKind: Readonly<Record<CredentialKind, string>>;
  /** Names of the subject fields the data format suggests; other fields are shown as written. */
  readonly fieldName: Readonly<Record<string, string>>;
  /** A price by its category; `amount` is the formatted price, or empty when there is none. */
  readonly price: (category: PriceCategory, amount: string) => string;
  /** `Running until 24/04/2027`; `end` is empty when the instance has no end date. */
  readonly runningUntil: (end: string) => string;
  /** `Starts 01/03/2027 (in 3 months)`. */
  readonly startsOn: (date: string, relative: string) => string;
  readonly selfPaced: string;
  /** `Ended 24/04/2025`. */
  readonly endedOn: (date: string) => string;
  /** A tag next to the start of a course that starts within four weeks. */
  readonly startsSoon: string;
  /** `150 hr · 8 weeks × 19 hr/w`: the total, the weeks of the run and the hours a week, each already formatted. */
  readonly workloadPerWeek: (total: string, weeks: string, perWeek: string) => string;
  /** A skill's level: `Proficient (3)`, or `level 3` when the scale has no name for it. */
  readonly skillLevel: (level: number, name: string) => string;
  /** Labels of the facts a card lists. */
  readonly code: string;
  readonly provider: string;
  readonly ects: string;
  readonly eqfLevel: string;
  readonly workload: string;
  readonly languages: string;
  readonly credential: string;
  readonly skillsTaught: string;
  readonly fields: string;
  /** The `course` attribute names a course the data does not have. */
  readonly unknownCourse: (id: string) => string;
}
