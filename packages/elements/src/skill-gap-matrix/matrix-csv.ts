import type { LocalizeController } from '../base/localize/localize-controller.js';
import type { CsvValue } from './csv.js';
import type { MatrixView } from './matrix-view.js';
import type { RowGroup } from './row-order.js';

/**
 * The matrix as CSV rows, as it is shown: the same order, groups, columns and words (level names
 * where the matrix shows names, values where it shows values; "not assessed" spelt out).
 */
export function matrixCsvRows(
  view: MatrixView,
  groups: readonly RowGroup[],
  localize: LocalizeController,
  teamView: boolean,
): CsvValue[][] {
  const term = localize.term.bind(localize);
  const levelName = (value: number | undefined) =>
    value === undefined ? term('notAssessed') : (view.scale?.level(value)?.name.text ?? value);
  const grouped = groups.some(({ group }) => group !== undefined);
  const groupColumn = (name: string) => (grouped ? [name] : []);
  const groupLabel = (group: RowGroup['group']) => group?.name?.text ?? (group ? term('otherSkills') : '');
  if (!teamView) {
    const header = [
      ...groupColumn(''),
      term('columnSkill'),
      term('columnRequired'),
      term('columnCurrent'),
      term('columnGap'),
    ];
    const rows = groups.flatMap(({ group, rows: members }) =>
      members.map((row) => [
        ...groupColumn(groupLabel(group)),
        row.name.text,
        levelName(row.required),
        levelName(row.cells[0]?.level),
        row.cells[0]?.gap ?? 0,
      ]),
    );
    return [header, ...rows];
  }
  const header = [
    ...groupColumn(''),
    term('columnSkill'),
    term('columnRequired'),
    ...view.people.map((person) => person.name.text),
    term('columnMeeting'),
    term('columnShortfall'),
  ];
  const rows = groups.flatMap(({ group, rows: members }) =>
    members.map((row) => [
      ...groupColumn(groupLabel(group)),
      row.name.text,
      levelName(row.required),
      ...row.cells.map((cell) => cell.level ?? term('notAssessed')),
      row.meeting,
      row.shortfall,
    ]),
  );
  const footer = [
    ...groupColumn(''),
    term('rowSkillsMet'),
    '',
    ...view.people.map(({ summary }) => summary.met + summary.above),
    '',
    '',
  ];
  return [header, ...rows, footer];
}
