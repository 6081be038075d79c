import type { Step, Track } from '@lp-elements/model';
import { expect } from '@open-wc/testing';
import { layoutTrack, type LayoutItem } from './track-layout.js';
import { stepForKey } from './step-keys.js';

const track = (steps: readonly Step[]): Track => ({ id: 'https://lp.example/tracks/t', name: 'Track', steps });
const step = (id: string, next?: readonly string[]): Step => (next ? { id, title: id, next } : { id, title: id });

/** The layout as text: steps by id, forks as `{path | path}>join`. */
function shape(items: readonly LayoutItem[]): string {
  return items
    .map((item) =>
      item.kind === 'step'
        ? item.step.id
        : `{${item.branches
            .map((branch) => `${shape(branch.items)}${branch.continuesAt ? `→${branch.continuesAt.id}` : ''}`)
            .join(' | ')}}>${item.join?.id ?? '∅'}`,
    )
    .join(' ');
}

describe('layoutTrack', () => {
  it('lays a straight track out as one sequence', () => {
    const layout = layoutTrack(track([step('a', ['b']), step('b', ['c']), step('c')]));
    expect(shape(layout.items)).to.equal('a b c');
    expect(layout.columns).to.equal(3);
    expect(layout.forks).to.equal(0);
  });

  it('draws a fork whose paths join, with the paths that end elsewhere last', () => {
    const layout = layoutTrack(
      track([
        step('start', ['end-early', 'x', 'y']),
        step('end-early'),
        step('x', ['x2']),
        step('x2', ['join']),
        step('y', ['join']),
        step('join'),
      ]),
    );
    expect(shape(layout.items)).to.equal('start {x x2 | y | end-early}>join join');
    expect(layout.steps.map((s) => s.id)).to.deep.equal(['start', 'x', 'x2', 'y', 'end-early', 'join']);
    expect(layout.columns).to.equal(4);
    const [, fork] = layout.items;
    expect(fork?.kind === 'fork' && fork.branches.map((branch) => branch.joins)).to.deep.equal([true, true, false]);
    const join = layout.items[2];
    expect(join?.kind === 'step' && join.joins.map((before) => before.id)).to.deep.equal(['x2', 'y']);
  });

  it('keeps a path without steps of its own (a shortcut) and nested forks', () => {
    const layout = layoutTrack(
      track([
        step('a', ['b', 'd']),
        step('b', ['c1', 'c2']),
        step('c1', ['c3']),
        step('c2', ['c3']),
        step('c3', ['d']),
        step('d'),
      ]),
    );
    expect(shape(layout.items)).to.equal('a {b {c1 | c2}>c3 c3 | }>d d');
    expect(layout.forks).to.equal(2);
    expect(layout.columns).to.equal(5);
  });

  it('leaves a join to the outer fork when a way into it comes from outside the inner one', () => {
    // The practitioner leads to the lead directly, and through the designer's two paths.
    const layout = layoutTrack(
      track([
        step('practitioner', ['designer', 'lead', 'field']),
        step('designer', ['liaison', 'mentor']),
        step('liaison', ['lead']),
        step('mentor', ['lead']),
        step('field'),
        step('lead'),
      ]),
    );
    expect(shape(layout.items)).to.equal('practitioner {designer {liaison | mentor}>lead |  | field}>lead lead');
    expect(layout.steps.at(-1)?.id).to.equal('lead');
  });

  it('starts with a fork when the track has several first steps', () => {
    const layout = layoutTrack(track([step('p', ['z']), step('q', ['z']), step('z')]));
    expect(shape(layout.items)).to.equal('{p | q}>z z');
  });

  it('shows every step once when paths do not nest, naming where a path goes on', () => {
    // b leads into the middle of the other path (d), and e leaves that path for the end (f).
    const layout = layoutTrack(
      track([
        step('a', ['b', 'c']),
        step('b', ['d']),
        step('c', ['d', 'e']),
        step('d', ['f']),
        step('e', ['f']),
        step('f'),
        step('lost'),
      ]),
    );
    expect(new Set(layout.steps).size).to.equal(7);
    // A step nothing leads to is a second start: the track begins with a fork.
    expect(shape(layout.items)).to.equal('{a {b | c { | e→f}>d}>d d | lost}>f f');
  });

  it('ignores unknown next steps, repeats and steps that lead to themselves', () => {
    const layout = layoutTrack(track([step('a', ['a', 'b', 'b', 'ghost']), step('b')]));
    expect(shape(layout.items)).to.equal('a b');
  });

  it('survives a loop left in the data and a long track', () => {
    const looped = layoutTrack(track([step('a', ['b']), step('b', ['a'])]));
    expect(looped.steps.map((s) => s.id)).to.deep.equal(['a', 'b']);
    const long = Array.from({ length: 5000 }, (_, index) => step(`s${index}`, index < 4999 ? [`s${index + 1}`] : []));
    expect(layoutTrack(track(long)).steps).to.have.length(5000);
  });
});

describe('stepForKey', () => {
  const layout = layoutTrack(
    track([step('a', ['b1', 'c1']), step('b1', ['b2']), step('b2', ['d']), step('c1', ['d']), step('d')]),
  );
  const [a, b1, b2, c1, d] = layout.steps as [Step, Step, Step, Step, Step];

  it('moves along the reading order with the arrows, mirrored right to left', () => {
    expect(stepForKey('ArrowRight', a, layout, 'ltr', 'horizontal')).to.equal(b1);
    expect(stepForKey('ArrowLeft', b1, layout, 'ltr', 'horizontal')).to.equal(a);
    expect(stepForKey('ArrowLeft', a, layout, 'rtl', 'horizontal')).to.equal(b1);
    expect(stepForKey('ArrowRight', b1, layout, 'rtl', 'horizontal')).to.equal(a);
    expect(stepForKey('ArrowDown', a, layout, 'rtl', 'vertical')).to.equal(b1);
    expect(stepForKey('ArrowUp', d, layout, 'ltr', 'vertical')).to.equal(c1);
  });

  it('stops at both ends and knows Home and End', () => {
    expect(stepForKey('ArrowLeft', a, layout, 'ltr', 'vertical')).to.equal(a);
    expect(stepForKey('ArrowRight', d, layout, 'ltr', 'vertical')).to.equal(d);
    expect(stepForKey('Home', b2, layout, 'ltr', 'vertical')).to.equal(a);
    expect(stepForKey('End', a, layout, 'rtl', 'horizontal')).to.equal(d);
  });

  it('switches between the paths of a fork with Up and Down in the horizontal layout', () => {
    expect(stepForKey('ArrowDown', b2, layout, 'ltr', 'horizontal')).to.equal(c1);
    expect(stepForKey('ArrowUp', c1, layout, 'ltr', 'horizontal')).to.equal(b1);
    expect(stepForKey('ArrowUp', b1, layout, 'ltr', 'horizontal')).to.equal(b1);
    expect(stepForKey('ArrowDown', a, layout, 'ltr', 'horizontal')).to.equal(a);
  });

  it('leaves other keys alone', () => {
    expect(stepForKey('Enter', a, layout, 'ltr', 'vertical')).to.equal(undefined);
    expect(stepForKey('x', a, layout, 'ltr', 'vertical')).to.equal(undefined);
  });
});
