import type { CredentialKind, StepStatus } from '@lp-elements/model';

/** The strings of `<lp-career-track>`. Counts and values are numbers; each locale formats them itself. */
export interface CareerTrackTerms {
  /** Above the steps, e.g. `Amira Haddad: 2 of 7 steps achieved`; `person` is empty without one. */
  readonly trackProgressSummary: (person: string, achieved: number, total: number) => string;
  /** Visible on every step: `Step 3 of 7`. */
  readonly trackStepOf: (position: number, total: number) => string;
  /** Each status in words; always shown next to its icon. */
  readonly trackStatus: Readonly<Record<StepStatus, string>>;
  /** `4 of 6 requirements met`. */
  readonly trackRequirementsMet: (met: number, required: number) => string;
  /** A step that requires no skills. */
  readonly trackNoRequirements: string;
  /** `Credential: LP certificate (certificate)`; `kind` is already translated. */
  readonly trackCredential: (name: string, kind: string) => string;
  readonly trackCredentialKind: Readonly<Record<CredentialKind, string>>;
  /** How long the step usually takes; `duration` is already formatted, e.g. `2 years`. */
  readonly trackDuration: (duration: string) => string;
  /**
   * What the courses that close the gaps take: hours of study and ECTS credits; `atLeast` when
   * some of them state no workload, so the hours are a lower bound.
   */
  readonly trackEffort: (hours: number, ects: number, atLeast: boolean) => string;
  /** Requirements no course in the catalogue closes. */
  readonly trackEffortUnclosed: (count: number) => string;
  /** Above the paths of a fork: `4 paths: choose one`. */
  readonly trackPaths: (count: number) => string;
  /** The name of one path of a fork: `Path 2 of 4`. */
  readonly trackPathOf: (index: number, count: number) => string;
  /** On a step several paths lead into; `steps` is a list already joined with "or". */
  readonly trackJoins: (steps: string) => string;
  /** At the end of a path that goes on at a step drawn elsewhere. */
  readonly trackContinuesAt: (step: string) => string;
  /** A path without steps of its own: it leads straight to the step after the fork. */
  readonly trackStraightTo: (step: string) => string;
  /** At the end of a path that leads nowhere else. */
  readonly trackPathEnds: string;
  /** Headings inside an opened step. */
  readonly trackRequirements: string;
  readonly trackCourses: string;
  readonly trackCredentialHeading: string;
  /** One requirement: the required and the current level, each with its name on the scale. */
  readonly trackLevels: (required: string, current: string) => string;
  /** A skill the person has not assessed yet. */
  readonly trackNotAssessed: string;
  /** Whether one requirement is met, in words: `met` or `2 levels below`. */
  readonly trackRequirementGap: (levelsBelow: number) => string;
  /** An opened step without courses. */
  readonly trackNoCourses: string;
  /** Facts of a credential, e.g. `10 ECTS`, `EQF level 7`. */
  readonly trackEcts: (ects: number) => string;
  readonly trackEqf: (level: number) => string;
  /** Before how a credential is assessed (the text of the data follows), with the language's colon: `Assessment:`. */
  readonly trackAssessment: string;
  /** Announced when a level change completes a step. */
  readonly trackStepAchieved: (step: string) => string;
  /** No track in the data document. */
  readonly trackNone: string;
  /** The `track` attribute names no track of the document. */
  readonly trackUnknown: (id: string) => string;
  /** The `current` attribute names no profile of the document; the track is shown without a person. */
  readonly trackUnknownPerson: (id: string) => string;
}
