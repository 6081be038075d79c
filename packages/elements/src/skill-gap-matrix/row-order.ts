import type { MatrixGroup, MatrixRow } from './matrix-view.js';

/** The orders a matrix offers: the framework's (by group), by name, by gap, by coverage. */
export const MATRIX_SORTS = ['group', 'name', 'gap', 'coverage'] as const;
export type MatrixSort = (typeof MATRIX_SORTS)[number];

/** Whether rows are shown under their skill group's heading. */
export const MATRIX_GROUPINGS = ['skill-group', 'none'] as const;
export type MatrixGrouping = (typeof MATRIX_GROUPINGS)[number];

/** Rows under one heading (none when not grouped). */
export interface RowGroup {
  readonly group: MatrixGroup | undefined;
  readonly rows: readonly MatrixRow[];
}

type Compare = (a: MatrixRow, b: MatrixRow) => number;

/** A collator is costly to make and rows are ordered on every render: one per language. */
const collators = new Map<string, Intl.Collator>();
function collatorFor(lang: string): Intl.Collator {
  let collator = collators.get(lang);
  if (!collator) {
    collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
    collators.set(lang, collator);
  }
  return collator;
}

const byOrder: Compare = (a, b) => a.order - b.order;
const byShortfall: Compare = (a, b) => b.shortfall - a.shortfall || b.below - a.below || byOrder(a, b);
const share = (row: MatrixRow) => row.meeting / Math.max(row.cells.length, 1);

function comparer(sort: MatrixSort, collator: Intl.Collator): Compare {
  switch (sort) {
    case 'name':
      return (a, b) => collator.compare(a.name.text, b.name.text) || byOrder(a, b);
    case 'gap':
      return byShortfall;
    case 'coverage':
      return (a, b) => share(a) - share(b) || byShortfall(a, b);
    case 'group':
      return byOrder;
  }
}

/**
 * Orders rows and, unless grouping is off, puts them under their group's heading in the
 * framework's group order. `gap` puts the largest shortfall first; `coverage` the smallest share
 * of people meeting the requirement; ties keep the framework's order.
 */
export function arrangeRows(
  rows: readonly MatrixRow[],
  sort: MatrixSort,
  grouping: MatrixGrouping,
  lang: string,
): RowGroup[] {
  const sorted = [...rows].sort(comparer(sort, collatorFor(lang)));
  if (grouping === 'none') return [{ group: undefined, rows: sorted }];
  const groups = new Map<MatrixGroup, MatrixRow[]>();
  for (const row of sorted) {
    const members = groups.get(row.group);
    if (members) members.push(row);
    else groups.set(row.group, [row]);
  }
  return [...groups]
    .sort(([a], [b]) => a.order - b.order)
    .map(([group, members]) => ({
      group: group.id === undefined && groups.size === 1 ? undefined : group,
      rows: members,
    }));
}

/** The first `count` rows of arranged groups, under their headings: what a grid drawn in parts shows so far. */
export function firstRows(groups: readonly RowGroup[], count: number): readonly RowGroup[] {
  const first: RowGroup[] = [];
  let left = count;
  for (const entry of groups) {
    if (left <= 0) break;
    first.push(entry.rows.length <= left ? entry : { group: entry.group, rows: entry.rows.slice(0, left) });
    left -= entry.rows.length;
  }
  return first;
}
