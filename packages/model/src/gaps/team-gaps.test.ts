import { expect } from '@open-wc/testing';
import { profileById, teamMembers } from '../lookup/document-index.js';
import { IRI, smallDocument } from '../test-data/small-document.js';
import { teamGaps } from './team-gaps.js';

describe('teamGaps', () => {
  const document = smallDocument();
  const team = profileById(document, 'team')!;

  it('counts people per level, meeting and below, and the shortfall', () => {
    const gaps = teamGaps(document, teamMembers(document, team), profileById(document, 'designer')!);
    expect(gaps.people).to.equal(2);
    const [networking, design, mentoring] = gaps.skills;
    expect(networking).to.deep.equal({
      skill: IRI.networking,
      required: 3,
      distribution: [
        { level: 1, count: 1 },
        { level: 2, count: 0 },
        { level: 3, count: 1 },
        { level: 4, count: 0 },
      ],
      unassessed: 0,
      meeting: 1,
      below: 1,
      shortfall: 2,
    });
    expect(design).to.include({ unassessed: 1, meeting: 0, below: 2, shortfall: 7 });
    expect(mentoring).to.include({ unassessed: 2, meeting: 0, below: 2, shortfall: 4 });
  });

  it('lists the biggest shortfalls first', () => {
    const gaps = teamGaps(document, teamMembers(document, team), profileById(document, 'designer')!, { limit: 2 });
    expect(gaps.biggestShortfalls.map((gap) => gap.skill)).to.deep.equal([IRI.design, IRI.mentoring]);
  });

  it('uses a team’s own levels as the target', () => {
    const gaps = teamGaps(document, teamMembers(document, team), team);
    expect(gaps.skills.map(({ skill, meeting }) => ({ skill, meeting }))).to.deep.equal([
      { skill: IRI.networking, meeting: 1 },
    ]);
  });

  it('copes with an empty team', () => {
    const gaps = teamGaps(document, [], team);
    expect(gaps.people).to.equal(0);
    expect(gaps.skills[0]).to.include({ meeting: 0, below: 0, shortfall: 0 });
    expect(gaps.biggestShortfalls).to.deep.equal([]);
  });
});
