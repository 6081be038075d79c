import type { SkillGap } from '@lp-elements/model';
import type { MatrixView } from './matrix-view.js';

/**
 * The gaps recommendations should close. A person's are the model's `personGaps`. A team's are
 * the skills where anyone is below the requirement, counted from the lowest level among them, so
 * a course that closes one brings everyone up to the requirement.
 */
export function gapsToClose(view: MatrixView, teamView: boolean): readonly SkillGap[] {
  if (!teamView) return view.people[0]?.gaps ?? [];
  return view.rows
    .filter((row) => row.below > 0)
    .map((row) => {
      const lowest = Math.min(...row.cells.map((cell) => cell.level ?? 0));
      return { skill: row.skill, required: row.required, current: lowest, assessed: true, gap: lowest - row.required };
    });
}
