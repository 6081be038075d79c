import { expect } from '@open-wc/testing';
import type { MatrixGroup, MatrixRow } from './matrix-view.js';
import { arrangeRows, firstRows, type RowGroup } from './row-order.js';

const groupA: MatrixGroup = { id: 'a', name: { text: 'A', lang: 'en' }, order: 0 };
const groupB: MatrixGroup = { id: 'b', name: { text: 'B', lang: 'en' }, order: 1 };

function row(name: string, group: MatrixGroup, order: number, meeting: number, shortfall: number): MatrixRow {
  return {
    skill: `https://x.example/${name}`,
    name: { text: name, lang: 'en' },
    description: { text: '', lang: undefined },
    esco: undefined,
    group,
    order,
    required: 3,
    cells: [
      { level: 3, gap: 0 },
      { level: 1, gap: -2 },
    ],
    meeting,
    below: 2 - meeting,
    shortfall,
  };
}

const rows = [
  row('Zeta', groupB, 0, 2, 0),
  row('alpha', groupA, 1, 0, 4),
  row('Beta', groupA, 2, 1, 2),
  row('Émile', groupB, 3, 1, 1),
];
const names = (groups: readonly RowGroup[]) => groups.map((group) => group.rows.map((entry) => entry.name.text));

describe('arrangeRows', () => {
  it('groups in the framework’s group order and keeps the framework’s order within', () => {
    const groups = arrangeRows(rows, 'group', 'skill-group', 'en');
    expect(groups.map((group) => group.group?.id)).to.deep.equal(['a', 'b']);
    expect(names(groups)).to.deep.equal([
      ['alpha', 'Beta'],
      ['Zeta', 'Émile'],
    ]);
  });

  it('sorts by name in the language’s collation, by largest shortfall, and by smallest coverage', () => {
    expect(names(arrangeRows(rows, 'name', 'none', 'en'))).to.deep.equal([['alpha', 'Beta', 'Émile', 'Zeta']]);
    expect(names(arrangeRows(rows, 'gap', 'none', 'en'))).to.deep.equal([['alpha', 'Beta', 'Émile', 'Zeta']]);
    expect(names(arrangeRows(rows, 'coverage', 'none', 'en'))).to.deep.equal([['alpha', 'Beta', 'Émile', 'Zeta']]);
    expect(names(arrangeRows(rows, 'gap', 'skill-group', 'en'))).to.deep.equal([
      ['alpha', 'Beta'],
      ['Émile', 'Zeta'],
    ]);
  });

  it('shows no heading when no skill has a group', () => {
    const other: MatrixGroup = { id: undefined, name: undefined, order: Number.MAX_SAFE_INTEGER };
    const groups = arrangeRows([row('x', other, 0, 1, 0)], 'group', 'skill-group', 'en');
    expect(groups).to.have.length(1);
    expect(groups[0]?.group).to.equal(undefined);
  });
});

describe('firstRows', () => {
  it('takes rows in order across groups, each under its heading, and no empty group', () => {
    const groups = arrangeRows(rows, 'group', 'skill-group', 'en');
    expect(names(firstRows(groups, 1))).to.deep.equal([['alpha']]);
    expect(names(firstRows(groups, 2))).to.deep.equal([['alpha', 'Beta']]);
    expect(firstRows(groups, 3).map((group) => group.group?.id)).to.deep.equal(['a', 'b']);
    expect(names(firstRows(groups, 3))).to.deep.equal([['alpha', 'Beta'], ['Zeta']]);
    expect(firstRows(groups, 0)).to.deep.equal([]);
  });

  it('keeps every group as it is when the count covers all rows', () => {
    const groups = arrangeRows(rows, 'group', 'skill-group', 'en');
    expect(firstRows(groups, rows.length)).to.deep.equal(groups);
    expect(firstRows(groups, Number.POSITIVE_INFINITY)[1]).to.equal(groups[1]);
  });
});
