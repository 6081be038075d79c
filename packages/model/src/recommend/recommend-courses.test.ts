import { expect } from '@open-wc/testing';
import type { Course, DataDocument } from '../document.js';
import { personGaps } from '../gaps/person-gaps.js';
import { IRI, smallDocument, testCourse } from '../test-data/small-document.js';
import { recommendCourses } from './recommend-courses.js';

const now = new Date(2026, 10, 28, 12);
const other = { id: IRI.otherProvider, name: 'Technical University of Fjordby' };

/** Ada holds networking 1 and nothing else; she needs networking 3, design 3, mentoring 2. */
function setting(courses: Course[]): { document: DataDocument; gaps: ReturnType<typeof personGaps> } {
  const document = { ...smallDocument(), courses };
  const gaps = personGaps(
    document,
    { [IRI.networking]: 1 },
    { [IRI.networking]: 3, [IRI.design]: 3, [IRI.mentoring]: 2 },
  );
  return { document, gaps };
}

const codes = (recommendations: readonly { course: Course }[]) => recommendations.map(({ course }) => course.code);

describe('recommendCourses', () => {
  it('ranks by gaps closed, then levels gained', () => {
    const { document, gaps } = setting([
      testCourse('narrows-one', { teaches: [{ skill: IRI.networking, level: 2 }] }),
      testCourse('closes-one', { teaches: [{ skill: IRI.mentoring, level: 4 }] }),
      testCourse('closes-two', {
        teaches: [
          { skill: IRI.design, level: 3 },
          { skill: IRI.mentoring, level: 2 },
        ],
      }),
      testCourse('closes-one-big', { teaches: [{ skill: IRI.design, level: 4 }] }),
      testCourse('unrelated', { teaches: [{ skill: IRI.energy, level: 4 }] }),
    ]);
    expect(codes(recommendCourses(document, gaps, { now }))).to.deep.equal([
      'closes-two',
      'closes-one-big',
      'closes-one',
      'narrows-one',
    ]);
  });

  it('then prefers the earliest start (self-paced counts as now), then the least workload, then the id', () => {
    const teaches = [{ skill: IRI.mentoring, level: 2 }];
    const { document, gaps } = setting([
      testCourse('d-later', { teaches, instances: [{ start: '2027-06-01' }] }),
      testCourse('c-sooner', { teaches, instances: [{ start: '2027-01-10' }] }),
      testCourse('b-self-paced-long', { teaches, workload: 'PT80H' }),
      testCourse('a-self-paced-short', { teaches, workload: 'PT20H' }),
      testCourse('e-running', { teaches, instances: [{ start: '2026-11-01', end: '2027-02-01' }] }),
      testCourse('f-self-paced-short', { teaches, workload: 'PT20H' }),
    ]);
    expect(codes(recommendCourses(document, gaps, { now }))).to.deep.equal([
      'a-self-paced-short',
      'f-self-paced-short',
      'b-self-paced-long',
      'c-sooner',
      'd-later',
      'e-running',
    ]);
  });

  it('explains each recommendation and says what it does per gap', () => {
    const { document, gaps } = setting([
      testCourse('both', {
        teaches: [
          { skill: IRI.design, level: 4 },
          { skill: IRI.networking, level: 2 },
        ],
      }),
    ]);
    const [recommendation] = recommendCourses(document, gaps, { now });
    expect(recommendation?.closes).to.deep.equal([{ skill: IRI.design, from: 0, to: 3, required: 3 }]);
    expect(recommendation?.narrows).to.deep.equal([{ skill: IRI.networking, from: 1, to: 2, required: 3 }]);
    expect(recommendation?.gaps).to.equal(3);
    expect(recommendation?.explanation).to.equal(
      'closes 1 of 3 gaps: Programme design (0 → 3); narrows 1: Networking (1 → 2)',
    );
    expect(recommendCourses(document, gaps, { now, lang: 'de' })[0]?.explanation).to.equal(
      'closes 1 of 3 gaps: Programmgestaltung (0 → 3); narrows 1: Netzwerken (1 → 2)',
    );
  });

  it('filters by language, mode, provider and date window', () => {
    const teaches = [{ skill: IRI.mentoring, level: 2 }];
    const { document, gaps } = setting([
      testCourse('de-online', { teaches, languages: ['de-CH'], mode: 'online', instances: [{ start: '2027-03-01' }] }),
      testCourse('en-onsite', { teaches, languages: ['en'], mode: 'onsite', instances: [{ start: '2027-09-01' }] }),
      testCourse('fr-blended', {
        teaches,
        provider: other,
        instances: [{ start: '2027-05-01', mode: 'blended', languages: ['fr'] }],
      }),
      testCourse('self-paced', { teaches, languages: ['en'], mode: 'online' }),
    ]);
    const pick = (options: Parameters<typeof recommendCourses>[2]) =>
      codes(recommendCourses(document, gaps, { now, ...options })).sort();
    expect(pick({ languages: ['de'] })).to.deep.equal(['de-online']);
    expect(pick({ languages: ['fr', 'en'] })).to.deep.equal(['en-onsite', 'fr-blended', 'self-paced']);
    expect(pick({ modes: ['blended', 'onsite'] })).to.deep.equal(['en-onsite', 'fr-blended']);
    expect(pick({ providers: [IRI.otherProvider] })).to.deep.equal(['fr-blended']);
    expect(pick({ from: new Date(2027, 3, 1), to: new Date(2027, 6, 1) })).to.deep.equal(['fr-blended', 'self-paced']);
    expect(pick({ from: new Date(2027, 3, 1), includeSelfPaced: false })).to.deep.equal(['en-onsite', 'fr-blended']);
  });

  it('leaves out courses that are over unless asked', () => {
    const { document, gaps } = setting([
      testCourse('over', { teaches: [{ skill: IRI.mentoring, level: 2 }], instances: [{ start: '2025-01-01' }] }),
    ]);
    expect(recommendCourses(document, gaps, { now })).to.deep.equal([]);
    expect(codes(recommendCourses(document, gaps, { now, includePast: true }))).to.deep.equal(['over']);
  });

  it('returns nothing when there is no gap, and honours a limit', () => {
    const teaches = [{ skill: IRI.mentoring, level: 2 }];
    const { document, gaps } = setting([testCourse('a', { teaches }), testCourse('b', { teaches })]);
    expect(recommendCourses(document, [], { now })).to.deep.equal([]);
    expect(codes(recommendCourses(document, gaps, { now, limit: 1 }))).to.deep.equal(['a']);
  });

  it('gives the same order on every run', () => {
    const teaches = [{ skill: IRI.mentoring, level: 2 }];
    const courses = ['q', 'c', 'x', 'a', 'm'].map((code) => testCourse(code, { teaches }));
    const { document, gaps } = setting(courses);
    const first = codes(recommendCourses(document, gaps, { now }));
    expect(first).to.deep.equal(['a', 'c', 'm', 'q', 'x']);
    const reversed = setting([...courses].reverse());
    expect(codes(recommendCourses(reversed.document, reversed.gaps, { now }))).to.deep.equal(first);
  });
});
