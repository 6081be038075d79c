import { expect } from '@open-wc/testing';
import type { Course, DataDocument } from '../document.js';
import { BAD_DOCUMENTS } from '../test-data/bad-documents.js';
import { mutatedDocuments } from '../test-data/mutated-documents.js';
import { IRI, smallDocument, testCourse } from '../test-data/small-document.js';
import { parseDataDocument } from '../validate/parse-data-document.js';
import { pathSegments } from './path-segments.js';
import { salvageDataDocument, salvageDataDocumentSteps } from './salvage-data-document.js';

/** A deep, writable copy of the small document for a test to break. */
const writable = () => smallDocument() as unknown as Record<string, unknown[]> & Record<string, unknown>;
const codesOf = (document: DataDocument | undefined) => document?.courses?.map((course) => course.code) ?? [];

describe('salvageDataDocument', () => {
  it('returns a valid document whole, with nothing skipped', () => {
    const result = salvageDataDocument(smallDocument());
    expect(result.problems).to.deep.equal([]);
    expect(result.skipped).to.deep.equal([]);
    expect(codesOf(result.document)).to.deep.equal(['design-1', 'mentoring-1']);
  });

  it('leaves out a course with an unsafe link and keeps the others, naming the path as given', () => {
    const document = writable();
    (document.courses as Course[]).splice(1, 0, testCourse('hostile', { url: 'javascript:alert(1)' }));
    const result = salvageDataDocument(document);
    expect(codesOf(result.document)).to.deep.equal(['design-1', 'mentoring-1']);
    expect(result.skipped.map((part) => part.path)).to.deep.equal(['$.courses[1]']);
    expect(result.skipped[0]?.problems.map((problem) => [problem.path, problem.code])).to.deep.equal([
      ['$.courses[1].url', 'unsafe-url'],
    ]);
  });

  it('drops only a reference to an unknown skill, not the course that makes it', () => {
    const document = writable();
    const course = testCourse('two-skills', {
      teaches: [
        { skill: 'https://lp-elements.example/test/skills/unknown', level: 2 },
        { skill: IRI.networking, level: 3 },
      ],
    });
    (document.courses as Course[]).push(course);
    const result = salvageDataDocument(document);
    const kept = result.document?.courses?.find((candidate) => candidate.code === 'two-skills');
    expect(kept?.teaches).to.deep.equal([{ skill: IRI.networking, level: 3 }]);
    expect(result.skipped.map((part) => part.path)).to.deep.equal(['$.courses[2].teaches[0]']);
  });

  it('follows what a removal breaks elsewhere, with paths in the document as given', () => {
    const document = writable();
    // A course with a bad ECTS value that a step points to: the course goes, then the reference.
    (document.courses as Course[])[0] = testCourse('design-1', { ects: -5 });
    const result = salvageDataDocument(document);
    expect(codesOf(result.document)).to.deep.equal(['mentoring-1']);
    const step = result.document?.tracks?.[0]?.steps.find((candidate) => candidate.id === 'design');
    expect(step?.courses ?? []).to.deep.equal([]);
    expect(result.skipped.map((part) => part.path)).to.deep.equal(['$.courses[0]', '$.tracks[0].steps[1].courses[0]']);
    expect(result.problems.map((problem) => problem.code)).to.deep.equal(['out-of-range', 'unknown-course']);
  });

  it('keeps positions in later rounds as they were in the document as given', () => {
    const document = writable();
    const courses = document.courses as Course[];
    courses.unshift(testCourse('broken-a', { ects: -1 }), testCourse('broken-b', { url: 'data:text/html,x' }));
    courses.push(testCourse('links-unknown', { teaches: [{ skill: 'https://lp-elements.example/nope', level: 1 }] }));
    const result = salvageDataDocument(document);
    expect(result.skipped.map((part) => part.path)).to.include.members([
      '$.courses[0]',
      '$.courses[1]',
      '$.courses[4].teaches[0]',
    ]);
  });

  it('removes an unknown property alone and a bad language of a text alone', () => {
    const document = writable();
    (document.courses as Course[])[1] = {
      ...testCourse('mentoring-1'),
      name: { en: 'Mentoring', 'not a tag!': 'x' },
      nmae: 'typo',
    } as unknown as Course;
    const result = salvageDataDocument(document);
    const kept = result.document?.courses?.[1];
    expect(kept?.name).to.deep.equal({ en: 'Mentoring' });
    expect(kept && 'nmae' in kept).to.equal(false);
    expect(result.skipped.map((part) => part.path).sort()).to.deep.equal([
      '$.courses[1].name["not a tag!"]',
      '$.courses[1].nmae',
    ]);
  });

  it('leaves out a whole section that has the wrong type', () => {
    const document = writable();
    document.courses = 'not a list' as unknown as unknown[];
    const result = salvageDataDocument(document);
    expect(result.document?.courses).to.equal(undefined);
    expect(result.document?.frameworks).to.have.length(1);
    // The step that pointed to a course goes without that reference.
    expect(result.skipped.map((part) => part.path)).to.deep.equal(['$.courses', '$.tracks[0].steps[1].courses[0]']);
  });

  it('gives up cleanly when nothing is usable', () => {
    for (const input of ['{not json', '[]', 42, null, 'null']) {
      const result = salvageDataDocument(input);
      expect(result.document, String(input)).to.equal(undefined);
      expect(result.problems.length, String(input)).to.be.greaterThan(0);
    }
  });

  it('does not change the document it is given', () => {
    const document = writable();
    (document.courses as Course[]).push(testCourse('hostile', { url: 'javascript:alert(1)' }));
    const before = JSON.stringify(document);
    salvageDataDocument(document);
    expect(JSON.stringify(document)).to.equal(before);
  });

  it('salvages every document of the bad-input corpus without throwing, keeping only what passes', () => {
    let salvaged = 0;
    for (const bad of BAD_DOCUMENTS) {
      const result = salvageDataDocument(bad.json());
      expect(result.problems.length, bad.name).to.be.greaterThan(0);
      if (result.document) {
        salvaged += 1;
        expect(parseDataDocument(result.document).ok, bad.name).to.equal(true);
        expect(result.skipped.length, bad.name).to.be.greaterThan(0);
      }
    }
    // Most of the corpus is one bad part in an otherwise good document.
    expect(salvaged).to.be.greaterThan(BAD_DOCUMENTS.length / 2);
  });

  it('reads JSON text too', () => {
    const document = writable();
    (document.courses as Course[]).push(testCourse('hostile', { image: 'javascript:alert(1)' }));
    const result = salvageDataDocument(JSON.stringify(document));
    expect(codesOf(result.document)).to.deep.equal(['design-1', 'mentoring-1']);
  });
});

describe('salvageDataDocumentSteps', () => {
  /** The small document with `count` more courses; when `broken`, every seventh has a link that is not http(s). */
  function catalogue(count: number, broken: boolean) {
    const document = writable();
    for (let index = 0; index < count; index += 1) {
      const url = broken && index % 7 === 3 ? 'javascript:alert(1)' : `https://x.example/${index}`;
      (document.courses as Course[]).push(testCourse(`more-${index}`, { url }));
    }
    return document;
  }

  /** Runs the steps one by one, counting them. */
  function stepByStep(input: unknown) {
    const steps = salvageDataDocumentSteps(input);
    for (let pieces = 1; ; pieces += 1) {
      const step = steps.next();
      if (step.done) return { result: step.value, pieces };
    }
  }

  it('checks a large document in many small pieces', () => {
    const { result, pieces } = stepByStep(catalogue(1000, false));
    expect(result.problems).to.deep.equal([]);
    // The structure, then the checks across the document, 25 courses at a time each.
    expect(pieces).to.be.greaterThan(80);
  });

  it('ends with what salvageDataDocument gives at once, problems and skipped parts in the same order', () => {
    const input = catalogue(300, true);
    const { result, pieces } = stepByStep(input);
    expect(result).to.deep.equal(salvageDataDocument(input));
    expect(result.skipped.map((part) => part.path)).to.include('$.courses[5]');
    expect(pieces, 'the copy and the second check are in pieces too').to.be.greaterThan(40);
  });

  it('gives each of two documents checked by turns what a check at once gives it, for 200 broken documents', () => {
    const documents = mutatedDocuments(200, 5);
    for (const [index, input] of documents.entries()) {
      const mine = salvageDataDocumentSteps(input);
      const theirs = salvageDataDocumentSteps(documents[(index + 1) % documents.length]);
      let step = mine.next();
      for (; !step.done; step = mine.next()) theirs.next();
      expect(step.value, `document ${index}`).to.deep.equal(salvageDataDocument(input));
    }
  });
});

describe('pathSegments', () => {
  it('reads the paths problems write', () => {
    expect(pathSegments('$')).to.deep.equal([]);
    expect(pathSegments('$.courses[3].teaches[0].skill')).to.deep.equal(['courses', 3, 'teaches', 0, 'skill']);
    expect(pathSegments('$.profiles[1].levels["https://x.example/a \\"b\\""]')).to.deep.equal([
      'profiles',
      1,
      'levels',
      'https://x.example/a "b"',
    ]);
  });

  it('refuses anything else', () => {
    expect(pathSegments('courses[0]')).to.equal(undefined);
    expect(pathSegments('$.courses[x]')).to.equal(undefined);
    expect(pathSegments('$..a')).to.equal(undefined);
  });
});
