import { expect } from '@open-wc/testing';
import { IRI, smallDocument } from '../test-data/small-document.js';
import {
  courseById,
  frameworkOfSkill,
  indexedSkill,
  profileById,
  skillById,
  stepById,
  teamMembers,
  trackById,
} from './document-index.js';

describe('lookups by id', () => {
  const document = smallDocument();

  it('finds skills with their framework, place and scale', () => {
    expect(skillById(document, IRI.design)?.name).to.deep.equal({ en: 'Programme design', de: 'Programmgestaltung' });
    expect(frameworkOfSkill(document, IRI.design)?.id).to.equal(IRI.framework);
    expect(indexedSkill(document, IRI.mentoring)).to.include({ order: 2 });
    expect(indexedSkill(document, IRI.mentoring)?.scale).to.deep.equal([1, 2, 3, 4]);
  });

  it('finds profiles, courses, tracks and steps', () => {
    expect(profileById(document, 'ada')?.name).to.equal('Ada');
    expect(courseById(document, IRI.course('design-1'))?.code).to.equal('design-1');
    expect(trackById(document, IRI.track)?.steps).to.have.length(3);
    const found = stepById(document, 'design');
    expect(found?.step.title).to.equal('Designer');
    expect(found?.track.id).to.equal(IRI.track);
  });

  it('returns undefined for unknown ids, prototype names included', () => {
    for (const id of ['nobody', '__proto__', 'constructor', 'toString']) {
      expect(skillById(document, id)).to.equal(undefined);
      expect(profileById(document, id)).to.equal(undefined);
      expect(stepById(document, id)).to.equal(undefined);
    }
  });

  it('lists a team’s members', () => {
    const team = profileById(document, 'team');
    expect(team && teamMembers(document, team).map((member) => member.id)).to.deep.equal(['ada', 'ben']);
  });

  it('works on documents without sections', () => {
    expect(skillById({}, IRI.design)).to.equal(undefined);
    expect(courseById({}, IRI.course('x'))).to.equal(undefined);
  });
});
