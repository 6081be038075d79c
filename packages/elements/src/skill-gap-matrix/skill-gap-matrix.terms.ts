/** The strings of `<lp-skill-gap-matrix>`; counts go through each language's plural rules. */
export interface SkillGapMatrixTerms {
  /** The matrix as an xAPI activity name, e.g. `Skill gaps`. */
  readonly matrixName: string;
  /** Table caption of the person view: `Amira Haddad against Learning Professional`. */
  readonly personCaption: (person: string, required: string) => string;
  /**
   * Table caption of the team view; `team` is the team's name when `current` named a team, and
   * `required` is undefined when the requirement is the team's own needs.
   */
  readonly teamCaption: (team: string | undefined, people: number, required: string | undefined) => string;

  readonly columnSkill: string;
  readonly columnRequired: string;
  readonly columnCurrent: string;
  readonly columnGap: string;
  /** Team view: how many people meet the requirement. */
  readonly columnMeeting: string;
  /** Team view: the levels missing over everyone below the requirement. */
  readonly columnShortfall: string;
  /** Team view footer row: how many required skills each person meets. */
  readonly rowSkillsMet: string;
  /** `5 of 8`. */
  readonly countOf: (part: number, whole: number) => string;
  /** A skill without a level in someone's profile; not the same as the scale's lowest level. */
  readonly notAssessed: string;
  /** The heading of skills without a group. */
  readonly otherSkills: string;
  readonly gapBelow: string;
  readonly gapMet: string;
  readonly gapAbove: string;

  /** `You meet 7 of 12 required skills` (no `person`: the reader) or `Amira Haddad meets …`. */
  readonly summaryPersonMeets: (person: string | undefined, met: number, total: number) => string;
  /** `3 of 8 people meet every required skill`. */
  readonly summaryTeamMeets: (meeting: number, people: number) => string;
  /** `the largest gap is …` / `the largest gaps are …`; `list` is already joined. */
  readonly summaryLargestGaps: (count: number, list: string) => string;
  /** `the largest shortfalls are …` (team view). */
  readonly summaryLargestShortfalls: (count: number, list: string) => string;
  /** One entry of those lists: `Networking (2 levels)`. */
  readonly summaryGapItem: (skill: string, levels: number) => string;
  /** Joins the parts into one sentence: `…; the largest gaps are ….` */
  readonly summarySentence: (meets: string, gaps: string | undefined) => string;
  /** Announced after a self-assessment, before the summary: `Networking: now Proficient.` */
  readonly levelSetTo: (skill: string, level: string) => string;
  /** Announced after the order changed: `Sorted by largest gap.` */
  readonly sortedBy: (order: string) => string;

  readonly legendTitle: string;
  /** The disclosure that opens the scale's level descriptions. */
  readonly legendDescriptions: string;

  readonly sortLabel: string;
  readonly sortByGroup: string;
  readonly sortByName: string;
  readonly sortByGap: string;
  readonly sortByCoverage: string;
  readonly downloadCsv: string;

  /** How to change a level from the keyboard, `first`–`last` being the number keys. */
  readonly editHint: (first: number, last: number) => string;
  /** Label of the level list: `Your level in Networking` (no `person`) or `Level of Amira Haddad in Networking`. */
  readonly chooseLevel: (skill: string, person: string | undefined) => string;

  readonly recommendationsTitle: string;
  readonly noRecommendations: string;
  /** Why a course is recommended: `closes 2 of 3 gaps: A (1 → 3), B (2 → 3); narrows 1: C (0 → 1)`. */
  readonly recommendationExplanation: (
    closed: number,
    closedList: string,
    narrowed: number,
    narrowedList: string,
    gaps: number,
  ) => string;
  /** One entry of those lists: `Networking (1 → 3)`. */
  readonly gapProgress: (skill: string, from: number, to: number) => string;

  /** The framework has no skills, or the document no framework. */
  readonly noSkills: string;
  /** The requirement names no skill of the framework. */
  readonly nothingRequired: (required: string) => string;
  /** Above the list of attribute values that could not be used while the rest is shown. */
  readonly attributesIgnored: (count: number) => string;
  readonly unknownFramework: (id: string) => string;
  readonly missingCurrent: string;
  readonly emptyTeam: (id: string) => string;
  readonly missingRequired: string;
}
