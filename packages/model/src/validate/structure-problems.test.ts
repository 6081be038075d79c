import { expect } from '@open-wc/testing';
import { testCourse } from '../test-data/small-document.js';
import { finish } from '../steps.js';
import { structureProblems } from './structure-problems.js';

describe('structureProblems', () => {
  const only = (data: unknown) =>
    finish(structureProblems(data, 100)).map(({ path, code, params }) => ({ path, code, params }));

  it('calls a string-or-language-map field text', () => {
    expect(only({ courses: [testCourse('a', { name: [] as never })] })).to.deep.equal([
      { path: '$.courses[0].name', code: 'wrong-type', params: { expected: 'text', actual: 'array' } },
    ]);
  });

  it('names a whole number as integer and tells null from objects', () => {
    expect(only({ courses: [testCourse('a', { eqfLevel: 6.5 })], frameworks: null })).to.deep.equal([
      { path: '$.frameworks', code: 'wrong-type', params: { expected: 'array', actual: 'null' } },
      { path: '$.courses[0].eqfLevel', code: 'wrong-type', params: { expected: 'integer', actual: 'number' } },
    ]);
  });

  it('points at the missing or unknown property itself', () => {
    expect(only({ profiles: [{ kind: 'role', name: 'R', colour: 'red' }] })).to.deep.equal([
      { path: '$.profiles[0].id', code: 'missing-property', params: { property: 'id' } },
      { path: '$.profiles[0].colour', code: 'unknown-property', params: { property: 'colour' } },
    ]);
  });

  it('gives the limits that were crossed', () => {
    expect(only({ courses: [testCourse('a', { ects: 400, code: 'x'.repeat(70) })] })).to.deep.equal([
      { path: '$.courses[0].code', code: 'too-long', params: { length: 70, limit: 64 } },
      { path: '$.courses[0].ects', code: 'out-of-range', params: { value: 400, comparison: '<=', limit: 300 } },
    ]);
  });

  it('lists the allowed values', () => {
    expect(only({ courses: [testCourse('a', { mode: 'hybrid' as never })] })).to.deep.equal([
      {
        path: '$.courses[0].mode',
        code: 'invalid-value',
        params: { value: 'hybrid', allowed: ['online', 'onsite', 'blended'] },
      },
    ]);
  });

  it('reports a bad key of a levels map at the key', () => {
    const key = `https://x.example/${'k'.repeat(3000)}`;
    const [problem] = only({ profiles: [{ id: 'p', kind: 'person', name: 'P', levels: { [key]: 1 } }] });
    expect(problem?.code).to.equal('too-long');
    expect(problem?.path).to.match(/^\$\.profiles\[0\]\.levels\["https:\/\/x\.example\/k+…"\]$/);
  });

  it('stops at the limit', () => {
    expect(finish(structureProblems({ courses: Array.from({ length: 50 }, () => ({})) }, 7))).to.have.length(7);
  });
});
