import {
  personGaps,
  pickText,
  teamGaps,
  type DataDocument,
  type GapSummary,
  type Levels,
  type PickedText,
  type Profile,
  type SkillGap,
  type TeamSkillGap,
} from '@lp-elements/model';
import { LevelScale } from './level-scale.js';
import type { MatrixSubject } from './matrix-inputs.js';

/** A skill group as a row group of the matrix; skills without a group share one at the end. */
export interface MatrixGroup {
  readonly id: string | undefined;
  readonly name: PickedText | undefined;
  readonly order: number;
}

/** One person's standing in one skill. */
export interface MatrixCell {
  /** Undefined when the person has not assessed the skill (distinct from the lowest level). */
  readonly level: number | undefined;
  /** `current − required`, an unassessed skill counting from 0, as the model computes it. */
  readonly gap: number;
}

/** One required skill: the requirement and every shown person's standing. */
export interface MatrixRow {
  readonly skill: string;
  readonly name: PickedText;
  readonly description: PickedText;
  readonly esco: string | undefined;
  readonly group: MatrixGroup;
  /** Position in the framework, the default order. */
  readonly order: number;
  readonly required: number;
  readonly cells: readonly MatrixCell[];
  /** People at or above the requirement. */
  readonly meeting: number;
  /** People below it (the unassessed included). */
  readonly below: number;
  /** Levels missing, summed over the people below. */
  readonly shortfall: number;
}

export interface MatrixPerson {
  readonly id: string;
  readonly name: PickedText;
  /** The person's levels with this matrix's self-assessments applied. */
  readonly levels: Levels;
  /** From the model's `personGaps`: required, met (exactly), above, below, shortfall. */
  readonly summary: GapSummary;
  /** From the model's `personGaps`, in document order: what recommendations start from. */
  readonly gaps: readonly SkillGap[];
}

/** Everything the matrix shows, computed by the model from the document and the edits. */
export interface MatrixView {
  readonly scale: LevelScale | undefined;
  readonly people: readonly MatrixPerson[];
  /** In the framework's order. */
  readonly rows: readonly MatrixRow[];
  /** The team's biggest shortfalls from the model's `teamGaps` (team view only), largest first. */
  readonly biggestShortfalls: readonly TeamSkillGap[];
}

const OTHER_GROUP: MatrixGroup = { id: undefined, name: undefined, order: Number.MAX_SAFE_INTEGER };

/** A person's levels with the self-assessments made in this matrix applied on top. */
export function levelsWithEdits(person: Profile, edits: Levels | undefined): Levels {
  return edits ? { ...person.levels, ...edits } : (person.levels ?? {});
}

/**
 * Builds the view: per person the model's `personGaps`, for a team also its `teamGaps`, joined
 * into rows of the framework's required skills with texts in `lang`.
 */
export function buildView(
  document: DataDocument,
  subject: MatrixSubject,
  edits: ReadonlyMap<string, Levels>,
  lang: string,
): MatrixView {
  const { framework, required } = subject;
  const documentLang = document.lang;
  const scale = framework && new LevelScale(framework, lang, documentLang);
  const people = subject.people.map((person): MatrixPerson => {
    const levels = levelsWithEdits(person, edits.get(person.id));
    const { skills, summary } = personGaps(document, levels, required);
    return { id: person.id, name: pickText(person.name, lang, documentLang), levels, summary, gaps: skills };
  });
  const team = subject.teamView
    ? teamGaps(
        document,
        people.map((person) => person.levels),
        required,
        { limit: 3 },
      )
    : undefined;
  const groups = new Map<string, MatrixGroup>(
    (framework?.groups ?? []).map((group, order) => [
      group.id,
      { id: group.id, name: pickText(group.name, lang, documentLang), order },
    ]),
  );
  const skills = new Map(framework?.skills.map((skill, order) => [skill.id, { skill, order }]));
  const columns = people.map((person) => person.gaps);
  const rows = (columns[0] ?? []).map((first, index): MatrixRow => {
    const { skill, order } = skills.get(first.skill) ?? { skill: undefined, order: Number.MAX_SAFE_INTEGER };
    const cells = columns.map((gaps): MatrixCell => {
      const gap = gaps[index] ?? first;
      return { level: gap.assessed ? gap.current : undefined, gap: gap.gap };
    });
    const teamRow = team?.skills[index];
    const below = teamRow?.below ?? (first.gap < 0 ? 1 : 0);
    return {
      skill: first.skill,
      name: skill ? pickText(skill.name, lang, documentLang) : { text: first.skill, lang: undefined },
      description: pickText(skill?.description, lang, documentLang),
      esco: skill?.esco,
      group: (skill?.group === undefined ? undefined : groups.get(skill.group)) ?? OTHER_GROUP,
      order,
      required: first.required,
      cells,
      meeting: teamRow?.meeting ?? 1 - below,
      below,
      shortfall: teamRow?.shortfall ?? Math.max(0, -first.gap),
    };
  });
  return { scale, people, rows, biggestShortfalls: team?.biggestShortfalls ?? [] };
}

/**
 * The view after one person's level in one skill changed. The model computes that person's gaps
 * and the team's numbers again; only the skill's row is new, every other row is kept as it was
 * (a level in one skill changes no other skill's numbers), so a large grid re-renders one row.
 */
export function withLevel(
  document: DataDocument,
  subject: MatrixSubject,
  view: MatrixView,
  person: string,
  skill: string,
  level: number,
): MatrixView {
  const column = view.people.findIndex((candidate) => candidate.id === person);
  const changed = view.people[column];
  const index = view.rows.findIndex((row) => row.skill === skill);
  const row = view.rows[index];
  if (!changed || !row) return view;
  const levels = { ...changed.levels, [skill]: level };
  const { skills, summary } = personGaps(document, levels, subject.required);
  const people = view.people.map((candidate) =>
    candidate === changed ? { ...changed, levels, summary, gaps: skills } : candidate,
  );
  const team = subject.teamView
    ? teamGaps(
        document,
        people.map((candidate) => candidate.levels),
        subject.required,
        { limit: 3 },
      )
    : undefined;
  const gap = skills[index];
  const teamRow = team?.skills[index];
  const cells = row.cells.map((cell, at) =>
    at === column && gap ? { level: gap.assessed ? gap.current : undefined, gap: gap.gap } : cell,
  );
  const below = teamRow?.below ?? ((gap?.gap ?? 0) < 0 ? 1 : 0);
  const newRow: MatrixRow = {
    ...row,
    cells,
    meeting: teamRow?.meeting ?? 1 - below,
    below,
    shortfall: teamRow?.shortfall ?? Math.max(0, -(gap?.gap ?? 0)),
  };
  const rows = view.rows.map((candidate) => (candidate === row ? newRow : candidate));
  return { ...view, people, rows, biggestShortfalls: team?.biggestShortfalls ?? [] };
}
