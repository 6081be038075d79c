import { expect } from '@open-wc/testing';
import { IRI, smallDocument } from '../test-data/small-document.js';
import { explainRecommendation } from './explanation.js';

describe('explainRecommendation', () => {
  const document = smallDocument();
  const design = { skill: IRI.design, from: 1, to: 4, required: 4 };
  const mentoring = { skill: IRI.mentoring, from: 0, to: 1, required: 2 };

  it('names what a course closes and narrows, with the skill names in the language asked', () => {
    expect(explainRecommendation(document, { closes: [design], narrows: [mentoring], gaps: 3 }, 'de')).to.equal(
      'closes 1 of 3 gaps: Programmgestaltung (1 → 4); narrows 1: Mentoring (0 → 1)',
    );
  });

  it('says when a course only narrows gaps, and counts one gap in the singular', () => {
    expect(explainRecommendation(document, { closes: [], narrows: [mentoring], gaps: 1 }, 'en')).to.equal(
      'narrows 1 of 1 gap: Mentoring (0 → 1)',
    );
  });

  it('falls back to the IRI for a skill the document does not name', () => {
    const unknown = { skill: 'https://x.example/s', from: 0, to: 1, required: 1 };
    expect(explainRecommendation(document, { closes: [unknown], narrows: [], gaps: 1 }, 'en')).to.equal(
      'closes 1 of 1 gap: https://x.example/s (0 → 1)',
    );
  });
});
