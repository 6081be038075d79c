import { expect } from '@open-wc/testing';
import { finish } from '../steps.js';
import { BAD_DOCUMENTS } from '../test-data/bad-documents.js';
import { mutatedDocuments } from '../test-data/mutated-documents.js';
import { smallDocument, testCourse } from '../test-data/small-document.js';
import { structureErrors, type AjvError } from './structure-errors.js';
import { MAX_COURSES, validate } from './structure.generated.js';

const validateAll = validate as unknown as ((data: unknown) => boolean) & { errors?: readonly AjvError[] | null };

/** The errors of one call of the generated validator, as the model reads them. */
function atOnce(data: unknown) {
  validateAll(data);
  return (validateAll.errors ?? []).map(({ instancePath, keyword, params }) => ({ instancePath, keyword, params }));
}

function inSteps(data: unknown) {
  return finish(structureErrors(data)).map(({ instancePath, keyword, params }) => ({ instancePath, keyword, params }));
}

describe('structureErrors', () => {
  it('lists what one call of the validator lists, in its order, for every document of the bad-input corpus', () => {
    for (const bad of BAD_DOCUMENTS) {
      let data: unknown;
      try {
        data = JSON.parse(bad.json());
      } catch {
        continue;
      }
      expect(inSteps(data), bad.name).to.deep.equal(atOnce(data));
    }
  });

  it('and for 300 documents broken in several places', () => {
    const documents = mutatedDocuments(300);
    const broken = documents.filter((data) => atOnce(data).length > 0);
    expect(broken.length, 'most of them are broken').to.be.greaterThan(150);
    for (const [index, data] of documents.entries())
      expect(inSteps(data), `document ${index}`).to.deep.equal(atOnce(data));
  });

  it('puts the course errors between those of the sections before courses and those of the tracks', () => {
    const document = {
      tracks: [{ id: 'x' }],
      courses: [testCourse('a', { ects: -1 })],
      frameworks: 'none',
      unknown: true,
    };
    expect(inSteps(document).map((error) => error.instancePath)).to.deep.equal([
      '',
      '/frameworks',
      '/courses/0/ects',
      '/tracks/0',
      '/tracks/0',
    ]);
    expect(inSteps(document)).to.deep.equal(atOnce(document));
  });

  it('reports too many courses as the validator does', () => {
    // Valid courses with a bad one first and last: the list's own problem and its items' problems
    // in the validator's order. (A list of only bad items makes the generated validator collect
    // 50,001 errors, which takes it tens of seconds.)
    const course = testCourse('c');
    const courses: unknown[] = Array.from({ length: MAX_COURSES + 1 }, () => course);
    courses[0] = null;
    courses[MAX_COURSES] = null;
    const document = { ...smallDocument(), courses };
    const expected = atOnce(document);
    expect(expected.map((error) => error.keyword)).to.include('maxItems');
    expect(expected.length).to.be.greaterThan(1);
    expect(inSteps(document)).to.deep.equal(expected);
  });

  it('checks a few courses per step', () => {
    const document = {
      ...smallDocument(),
      courses: Array.from({ length: 100 }, (_, index) => testCourse(`c${index}`)),
    };
    const steps = structureErrors(document);
    let pieces = 0;
    while (!steps.next().done) pieces += 1;
    expect(pieces).to.equal(4);
  });

  it('checks anything but a plain object with a list of courses in one call', () => {
    class Document {
      readonly courses = [testCourse('a', { ects: -1 })];
    }
    for (const data of [null, [], 'text', new Document(), { courses: 'none' }]) {
      expect(inSteps(data)).to.deep.equal(atOnce(data));
    }
  });
});
