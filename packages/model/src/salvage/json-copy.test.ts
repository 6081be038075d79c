import { expect } from '@open-wc/testing';
import { finish } from '../steps.js';
import { mutatedDocuments } from '../test-data/mutated-documents.js';
import { smallDocument, testCourse } from '../test-data/small-document.js';
import { jsonCopy } from './json-copy.js';

const roundTrip = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('jsonCopy', () => {
  it('copies as a JSON round trip does', () => {
    const document = {
      ...smallDocument(),
      courses: [testCourse('a'), undefined, () => 1, testCourse('b', { ects: -0 }), { when: new Date(0) }],
    };
    for (const value of [document, ...mutatedDocuments(50), 'text', 4, null, [1, undefined]]) {
      const copy = finish(jsonCopy(value));
      expect(copy).to.deep.equal(roundTrip(value));
      if (typeof value === 'object' && value !== null) expect(copy).not.to.equal(value);
    }
  });

  it('gives nothing for a value JSON cannot write', () => {
    const cyclic: Record<string, unknown> = { courses: [] };
    (cyclic.courses as unknown[]).push({ back: cyclic });
    expect(finish(jsonCopy(cyclic))).to.equal(undefined);
    expect(finish(jsonCopy({ courses: [{ big: 1n }] }))).to.equal(undefined);
  });

  it('leaves a value with its own toJSON to that method', () => {
    const value = { courses: [testCourse('a')], toJSON: () => ({ lang: 'de' }) };
    expect(finish(jsonCopy(value))).to.deep.equal({ lang: 'de' });
  });

  it('copies a few courses per step', () => {
    const value = { courses: Array.from({ length: 60 }, (_, index) => testCourse(`c${index}`)) };
    const steps = jsonCopy(value);
    let pieces = 0;
    while (!steps.next().done) pieces += 1;
    expect(pieces).to.equal(2);
  });
});
