import { expect } from '@open-wc/testing';
import { profileById, stepById } from '../lookup/document-index.js';
import { IRI, smallDocument } from '../test-data/small-document.js';
import { personGaps } from './person-gaps.js';

describe('personGaps', () => {
  const document = smallDocument();
  const ada = profileById(document, 'ada')!;
  const designer = profileById(document, 'designer')!;

  it('lists every required skill in document order with a signed gap', () => {
    expect(personGaps(document, ada, designer).skills).to.deep.equal([
      { skill: IRI.networking, required: 3, current: 3, assessed: true, gap: 0 },
      { skill: IRI.design, required: 4, current: 1, assessed: true, gap: -3 },
      { skill: IRI.mentoring, required: 2, current: 0, assessed: false, gap: -2 },
    ]);
  });

  it('sums up met, above, below and the shortfall', () => {
    expect(personGaps(document, ada, designer).summary).to.deep.equal({
      required: 3,
      met: 1,
      above: 0,
      below: 2,
      shortfall: 5,
    });
    expect(personGaps(document, ada, profileById(document, 'associate')!).summary).to.deep.equal({
      required: 2,
      met: 1,
      above: 1,
      below: 0,
      shortfall: 0,
    });
  });

  it('takes a track step (its required profile) or plain levels as the target', () => {
    const step = stepById(document, 'design')!.step;
    expect(personGaps(document, ada, step)).to.deep.equal(personGaps(document, ada, designer));
    expect(personGaps(document, { [IRI.energy]: 2 }, { [IRI.energy]: 3 }).summary.shortfall).to.equal(1);
    expect(personGaps(document, ada, { id: 'x', title: 'No requirement' }).skills).to.deep.equal([]);
  });

  it('lists skills the document does not know after the known ones', () => {
    const gaps = personGaps(document, {}, { 'https://x.example/unknown': 1, [IRI.energy]: 1 });
    expect(gaps.skills.map((gap) => gap.skill)).to.deep.equal([IRI.energy, 'https://x.example/unknown']);
  });
});
