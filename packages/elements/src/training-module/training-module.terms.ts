/** The strings of `<lp-training-module>`. Counts are numbers; each locale formats them itself. */
export interface TrainingModuleTerms {
  /** The module's heading unless the page gives one (`heading`). */
  readonly moduleTitle: string;
  /** The learner's own name in the module when the page does not give a person: `You`. */
  readonly moduleLearner: string;
  /** The three parts of the journey, as headings. `step` is the chosen step's title. */
  readonly moduleTrackHeading: string;
  readonly moduleGapsHeading: (step: string) => string;
  readonly moduleCoursesHeading: string;
  /** A button before the track that takes keyboard users past it, to the skills of the chosen step. */
  readonly moduleSkipToSkills: string;
  /** Under the first heading: what to do there. */
  readonly moduleTrackHint: string;
  /** Under the second heading, when levels can be set. */
  readonly moduleGapsHint: string;
  /** How far the learner is, e.g. `3 of 7 skills for Programme Designer assessed`. */
  readonly moduleProgressAssessed: (done: number, total: number, step: string) => string;
  /** The same under the rule `met`: `3 of 7 skills for Programme Designer met`. */
  readonly moduleProgressMet: (done: number, total: number, step: string) => string;
  /** Once the completion rule is met. */
  readonly moduleComplete: string;
  /** The button that leaves the module (and, under an LMS, returns to it). */
  readonly moduleExit: string;
  /** Shown in an LMS's Review mode: nothing the learner does is recorded as new work. */
  readonly moduleReviewMode: string;
  /** Shown in an LMS's Browse mode: the module can be tried, but does not count as completed. */
  readonly moduleBrowseMode: string;
  /** The button that deletes the learner's record, here and where it is stored. */
  readonly moduleForget: string;
  /** The question that confirms it, and its two answers. */
  readonly moduleForgetQuestion: string;
  readonly moduleForgetConfirm: string;
  readonly moduleForgetCancel: string;
  /** Announced once the answers were forgotten. */
  readonly moduleForgotten: string;
  /** A part of the stored record that could not be used, named by its JSON path. */
  readonly moduleRecordIgnored: (path: string) => string;
  /** Problems with the module's attributes. */
  readonly moduleUnknownTrack: (id: string) => string;
  readonly moduleUnknownStep: (id: string) => string;
  readonly moduleUnknownPerson: (id: string) => string;
  readonly moduleNoTrack: string;
}
