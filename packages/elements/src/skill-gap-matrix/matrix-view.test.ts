import { expect } from '@open-wc/testing';
import { personGaps, profileById, teamGaps, teamMembers, type DataDocument } from '@lp-elements/model';
import { resolveInputs } from './matrix-inputs.js';
import { buildView, withLevel } from './matrix-view.js';

const SAMPLE = '/packages/model/sample/lp-sample.json';
const SKILL = (name: string) => `https://lp-elements.example/skills/${name}`;

describe('the matrix view', () => {
  let sample: DataDocument;
  before(async () => {
    sample = (await (await fetch(SAMPLE)).json()) as DataDocument;
  });

  it('carries the model’s gaps per person and the team’s numbers per skill', () => {
    const { subject } = resolveInputs(sample, { current: 'team-lp-network' });
    const view = buildView(sample, subject!, new Map(), 'en');
    const team = profileById(sample, 'team-lp-network')!;
    const members = teamMembers(sample, team);
    const expected = teamGaps(sample, members, team, { limit: 3 });
    expect(view.rows.map((row) => [row.skill, row.meeting, row.below, row.shortfall])).to.deep.equal(
      expected.skills.map((skill) => [skill.skill, skill.meeting, skill.below, skill.shortfall]),
    );
    expect(view.biggestShortfalls).to.deep.equal(expected.biggestShortfalls);
    expect(view.people.map((person) => person.summary)).to.deep.equal(
      members.map((member) => personGaps(sample, member, team).summary),
    );
  });

  it('after one change equals the view built from scratch, keeping every other row', () => {
    const { subject } = resolveInputs(sample, { current: 'team-lp-network' });
    const before = buildView(sample, subject!, new Map(), 'en');
    const changed = withLevel(sample, subject!, before, 'person-jonas', SKILL('networking'), 5);
    const rebuilt = buildView(sample, subject!, new Map([['person-jonas', { [SKILL('networking')]: 5 }]]), 'en');
    expect(changed.rows).to.deep.equal(rebuilt.rows);
    expect(changed.people).to.deep.equal(rebuilt.people);
    expect(changed.biggestShortfalls).to.deep.equal(rebuilt.biggestShortfalls);
    const kept = changed.rows.filter((row, index) => row === before.rows[index]);
    expect(kept).to.have.length(before.rows.length - 1);
  });

  it('after one change of a person equals the view built from scratch', () => {
    const { subject } = resolveInputs(sample, { current: 'person-noa', required: 'lp-practitioner' });
    const before = buildView(sample, subject!, new Map(), 'en');
    const changed = withLevel(sample, subject!, before, 'person-noa', SKILL('persuasion'), 3);
    const rebuilt = buildView(sample, subject!, new Map([['person-noa', { [SKILL('persuasion')]: 3 }]]), 'en');
    expect(changed).to.deep.equal(rebuilt);
  });
});
