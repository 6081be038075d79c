import { expect } from '@open-wc/testing';
import type { DataDocument } from '../document.js';
import { personGaps } from '../gaps/person-gaps.js';
import { IRI, smallDocument, testCourse } from '../test-data/small-document.js';
import { estimateEffort } from './effort.js';

const now = new Date(2026, 10, 28, 12);
const document = smallDocument();

describe('estimateEffort', () => {
  const catalogue: DataDocument = {
    ...document,
    courses: [
      testCourse('broad', {
        teaches: [
          { skill: IRI.design, level: 4 },
          { skill: IRI.mentoring, level: 4 },
        ],
        ects: 5,
      }),
      testCourse('design', { teaches: [{ skill: IRI.design, level: 4 }], workload: 'PT30H', ects: 1 }),
    ],
  };
  const gaps = personGaps(catalogue, {}, { [IRI.design]: 4, [IRI.mentoring]: 4, [IRI.energy]: 2 });

  it('takes the best courses until the gaps are closed and names the gaps left', () => {
    const effort = estimateEffort(catalogue, gaps, { now });
    expect(effort.courses.map(({ course }) => course.code)).to.deep.equal(['broad']);
    expect(effort).to.include({ hours: 0, ects: 5, withoutWorkload: 1 });
    expect(effort.unclosed).to.deep.equal([IRI.energy]);
  });

  it('takes preferred courses first', () => {
    const effort = estimateEffort(catalogue, gaps, { now, prefer: [IRI.course('design')] });
    expect(effort.courses.map(({ course }) => course.code)).to.deep.equal(['design', 'broad']);
    expect(effort).to.include({ hours: 30, ects: 6 });
  });
});
