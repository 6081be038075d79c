import type { LocalizeController } from '../base/localize/localize-controller.js';
import type { MatrixView } from './matrix-view.js';

/** How many of the largest gaps the summary names. */
const NAMED_GAPS = 3;

/**
 * The sentence above the matrix, from the model's numbers: for a person how many required skills
 * they meet (at or above the level) and their largest gaps; for a team how many people meet every
 * requirement and the largest shortfalls. `self` speaks to the reader ("You meet …").
 */
export function summarize(
  view: MatrixView,
  localize: LocalizeController,
  { teamView, self }: { teamView: boolean; self: boolean },
): string {
  const names = new Map(view.rows.map((row) => [row.skill, row.name.text]));
  const item = (skill: string, levels: number) => localize.term('summaryGapItem', names.get(skill) ?? skill, levels);
  const [person] = view.people;
  if (!teamView && person) {
    const { required, met, above } = person.summary;
    const meets = localize.term('summaryPersonMeets', self ? undefined : person.name.text, met + above, required);
    const largest = person.gaps
      .map((gap, order) => ({ gap, order }))
      .filter(({ gap }) => gap.gap < 0)
      .sort((a, b) => a.gap.gap - b.gap.gap || a.order - b.order)
      .slice(0, NAMED_GAPS)
      .map(({ gap }) => item(gap.skill, -gap.gap));
    const gaps =
      largest.length === 0 ? undefined : localize.term('summaryLargestGaps', largest.length, localize.list(largest));
    return localize.term('summarySentence', meets, gaps);
  }
  const meetingAll = view.people.filter((person) => person.summary.below === 0).length;
  const meets = localize.term('summaryTeamMeets', meetingAll, view.people.length);
  const largest = view.biggestShortfalls.map((gap) => item(gap.skill, gap.shortfall));
  const gaps =
    largest.length === 0
      ? undefined
      : localize.term('summaryLargestShortfalls', largest.length, localize.list(largest));
  return localize.term('summarySentence', meets, gaps);
}
