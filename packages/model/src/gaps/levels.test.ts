import { expect } from '@open-wc/testing';
import { profileById, stepById } from '../lookup/document-index.js';
import { IRI, smallDocument } from '../test-data/small-document.js';
import { currentLevel, levelsOf, requiredLevels } from './levels.js';

describe('levels', () => {
  const document = smallDocument();

  it('reads the levels of a profile or takes levels as they are', () => {
    expect(levelsOf(profileById(document, 'ada')!)).to.deep.equal({ [IRI.networking]: 3, [IRI.design]: 1 });
    expect(levelsOf({ [IRI.energy]: 2 })).to.deep.equal({ [IRI.energy]: 2 });
    expect(levelsOf(profileById(document, 'team')!)).to.deep.equal({ [IRI.networking]: 2 });
  });

  it('finds what a step requires through its profile', () => {
    expect(requiredLevels(document, stepById(document, 'mentor')!.step)).to.deep.equal({
      [IRI.networking]: 3,
      [IRI.mentoring]: 4,
    });
    expect(requiredLevels(document, { id: 'x', title: 'X', requires: 'nobody' })).to.deep.equal({});
  });

  it('counts a skill not assessed as 0, and ignores inherited names', () => {
    expect(currentLevel({ [IRI.design]: 2 }, IRI.design)).to.deep.equal({ level: 2, assessed: true });
    expect(currentLevel({}, IRI.design)).to.deep.equal({ level: 0, assessed: false });
    expect(currentLevel({}, 'toString')).to.deep.equal({ level: 0, assessed: false });
  });
});
