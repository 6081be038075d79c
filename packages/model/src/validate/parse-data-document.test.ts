import { expect } from '@open-wc/testing';
import { PROBLEM_CODES } from '../problems/messages.js';
import type { ProblemCode } from '../problems/problem.js';
import { BAD_DOCUMENTS } from '../test-data/bad-documents.js';
import { smallDocument, testCourse } from '../test-data/small-document.js';
import { parseDataDocument } from './parse-data-document.js';

describe('parseDataDocument', () => {
  it('returns a valid document as it was given, typed', () => {
    const document = smallDocument();
    const result = parseDataDocument(document);
    expect(result.ok).to.equal(true);
    expect(result.document).to.equal(document);
    expect(result.problems).to.deep.equal([]);
  });

  it('reads JSON text, with or without a byte order mark', () => {
    const text = JSON.stringify(smallDocument());
    expect(parseDataDocument(text).ok).to.equal(true);
    expect(parseDataDocument(`\uFEFF${text}`).ok).to.equal(true);
  });

  it('accepts an empty document: every section is optional', () => {
    expect(parseDataDocument({}).ok).to.equal(true);
  });

  it('accepts extension properties starting with x-', () => {
    const result = parseDataDocument({
      'x-site': { any: ['thing'] },
      courses: [testCourse('a', { 'x-note': 1 } as never)],
    });
    expect(result.ok).to.equal(true);
  });

  it('keeps text exactly as written: markup is data, never interpreted', () => {
    const name = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const result = parseDataDocument(
      JSON.stringify({ courses: [testCourse('a', { name, description: { en: name } })] }),
    );
    expect(result.ok).to.equal(true);
    expect(result.document?.courses?.[0]?.name).to.equal(name);
  });

  it('gives every problem a path, a code, params and a one-line English message', () => {
    const result = parseDataDocument({ courses: [{ id: 'x', name: 1, url: 'javascript:alert(1)' }] });
    expect(result.ok).to.equal(false);
    for (const problem of result.problems) {
      expect(problem.path).to.match(/^\$/);
      expect(PROBLEM_CODES).to.include(problem.code);
      expect(problem.params).to.be.an('object');
      expect(problem.message).to.be.a('string').and.not.match(/\n/);
    }
  });

  it('reports structure first, then the checks across the document', () => {
    const structural = parseDataDocument({
      courses: [testCourse('a', { ects: '5' } as never), { ...testCourse('a') }],
    });
    expect(structural.problems.map((problem) => problem.code)).to.deep.equal(['wrong-type']);
    const semantic = parseDataDocument({ courses: [testCourse('a'), testCourse('a')] });
    expect(semantic.problems.map((problem) => problem.code)).to.deep.equal(['duplicate-id']);
  });

  it('cuts long lists of problems and says so', () => {
    const courses = Array.from({ length: 30 }, () => ({ id: 1 }));
    const result = parseDataDocument({ courses }, { maxProblems: 10 });
    expect(result.problems).to.have.length(11);
    expect(result.problems.at(-1)).to.include({ path: '$', code: 'too-many-problems' });
  });

  it('never throws, even for values that cannot be read', () => {
    const hostile = {
      get courses(): never {
        throw new Error('a getter that throws');
      },
    };
    const result = parseDataDocument(hostile);
    expect(result.ok).to.equal(false);
    expect(result.problems[0]).to.include({ path: '$', code: 'unreadable' });
    for (const value of [undefined, 42, Symbol('s'), () => 1, Number.NaN]) {
      expect(parseDataDocument(value).ok).to.equal(false);
    }
  });

  it('copes with objects nested a million levels deep without recursion', () => {
    let deep: unknown = {};
    for (let level = 0; level < 1_000_000; level += 1) deep = { en: deep };
    const result = parseDataDocument({ courses: [testCourse('a', { name: deep } as never)] });
    expect(result.problems[0]).to.include({ path: '$.courses[0].name.en', code: 'wrong-type' });
  });

  it('never lets __proto__ keys reach a prototype', () => {
    parseDataDocument(
      '{"__proto__": {"polluted": true}, "profiles": [{"id": "p", "kind": "person", "name": "P", "levels": {"__proto__": {"polluted": 1}}}]}',
    );
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });
});

describe('the bad-input corpus', () => {
  it('has at least 40 documents', () => {
    expect(BAD_DOCUMENTS.length).to.be.at.least(40);
  });

  for (const bad of BAD_DOCUMENTS) {
    it(`rejects "${bad.name}" with path-named problems`, () => {
      const result = parseDataDocument(bad.json());
      expect(result.ok).to.equal(false);
      expect(result.problems.length).to.be.at.least(1);
      const found = result.problems.map(({ code, path }) => ({ code, path }));
      for (const expected of bad.expected) expect(found).to.deep.include(expected);
    });
  }

  it('covers every problem code, together with the tests of parseDataDocument', () => {
    const covered = new Set<ProblemCode>(BAD_DOCUMENTS.flatMap((bad) => bad.expected.map(({ code }) => code)));
    covered.add('unreadable').add('too-many-problems');
    expect(PROBLEM_CODES.filter((code) => !covered.has(code))).to.deep.equal([]);
  });
});
