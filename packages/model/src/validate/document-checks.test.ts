import { expect } from '@open-wc/testing';
import { IRI, smallDocument, testCourse } from '../test-data/small-document.js';
import { parseDataDocument } from './parse-data-document.js';

describe('the checks across the document', () => {
  const problemsOf = (document: unknown) =>
    parseDataDocument(document).problems.map(({ code, path }) => `${code} ${path}`);

  it('allows levels on the scale and reports the rest', () => {
    const document = smallDocument();
    const person = { id: 'p', kind: 'person', name: 'P', levels: { [IRI.design]: 4, [IRI.mentoring]: 0 } };
    expect(problemsOf({ ...document, profiles: [...(document.profiles ?? []), person] })).to.deep.equal([
      `level-not-on-scale $.profiles[6].levels["${IRI.mentoring}"]`,
    ]);
  });

  it('checks the IRIs of frameworks, providers and tracks', () => {
    const document = smallDocument();
    const [framework] = document.frameworks ?? [];
    const [track] = document.tracks ?? [];
    const result = problemsOf({
      ...document,
      frameworks: [{ ...framework, id: 'lp-framework' }],
      courses: [...(document.courses ?? []), testCourse('a', { provider: { id: 'urn:', name: 'P' } })],
      tracks: [{ ...track, id: 'track one' }],
    });
    expect(result).to.deep.equal([
      'relative-iri $.frameworks[0].id',
      'invalid-iri $.courses[2].provider.id',
      'invalid-iri $.tracks[0].id',
    ]);
  });

  it('accepts IRIs of other schemes, such as urn:', () => {
    expect(problemsOf({ courses: [testCourse('a', { id: 'urn:lp:course:a' })] })).to.deep.equal([]);
  });

  it('reports duplicate ids of every kind, naming where the id was first used', () => {
    const document = smallDocument();
    const [track] = document.tracks ?? [];
    const result = parseDataDocument({
      ...document,
      profiles: [...(document.profiles ?? []), { id: 'ada', kind: 'person', name: 'Ada again' }],
      tracks: [track, { ...track, id: `${IRI.track}-2` }],
    });
    expect(result.problems.map(({ code, path }) => `${code} ${path}`)).to.deep.equal([
      'duplicate-id $.profiles[6].id',
      'duplicate-id $.tracks[1].steps[0].id',
      'duplicate-id $.tracks[1].steps[1].id',
      'duplicate-id $.tracks[1].steps[2].id',
    ]);
    expect(result.problems[0]?.params).to.deep.equal({ id: 'ada', first: '$.profiles[3].id' });
  });

  it('names the steps of a cycle from where it loops back', () => {
    const steps = [
      { id: 'a', title: 'A', next: ['b'] },
      { id: 'b', title: 'B', next: ['c'] },
      { id: 'c', title: 'C', next: ['a'] },
    ];
    const [problem] = parseDataDocument({ tracks: [{ id: IRI.track, name: 'T', steps }] }).problems;
    expect(problem).to.deep.include({ path: '$.tracks[0].steps[2].next[0]', code: 'track-cycle' });
    expect(problem?.params).to.deep.equal({ steps: ['a', 'b', 'c', 'a'] });
  });

  it('accepts an end on the start day and date-times with offsets', () => {
    const instances = [
      { start: '2027-03-01', end: '2027-03-01' },
      { start: '2027-03-01T09:00:00+01:00', end: '2027-03-01T08:30:00Z' },
    ];
    expect(problemsOf({ courses: [testCourse('a', { instances })] })).to.deep.equal([]);
  });
});
