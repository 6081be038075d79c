import { expect } from '@open-wc/testing';
import type { Course, DataDocument } from '../document.js';
import { mutatedDocuments } from '../test-data/mutated-documents.js';
import { IRI, smallDocument, testCourse } from '../test-data/small-document.js';
import { previewDataDocument } from './preview-data-document.js';
import { salvageDataDocument } from './salvage-data-document.js';

const codes = (document: DataDocument | undefined) => document?.courses?.map((course) => course.code);

/** The small document with these courses. */
const withCourses = (...courses: Course[]) => ({ ...smallDocument(), courses });

describe('previewDataDocument', () => {
  it('gives the first courses that pass, the document without its tracks, and leaves the input alone', () => {
    const input = withCourses(...['a', 'b', 'c', 'd'].map((code) => testCourse(code)));
    const before = JSON.stringify(input);
    const preview = previewDataDocument(input, 3);
    expect(codes(preview)).to.deep.equal(['a', 'b', 'c']);
    expect(preview?.courses?.[0]).to.equal(input.courses[0]);
    expect(preview?.tracks).to.equal(undefined);
    expect(preview?.frameworks).to.equal(input.frameworks);
    expect(JSON.stringify(input)).to.equal(before);
  });

  it('leaves out a course with a problem of its own, and one whose id an earlier course has', () => {
    const input = withCourses(
      testCourse('a'),
      testCourse('bad-link', { url: 'javascript:alert(1)' }),
      testCourse('bad-ects', { ects: -1 }),
      testCourse('unknown-skill', { teaches: [{ skill: 'https://x.example/skills/unknown', level: 1 }] }),
      { ...testCourse('again'), id: IRI.course('a') },
      testCourse('b'),
    );
    expect(codes(previewDataDocument(input, 5))).to.deep.equal(['a', 'b']);
  });

  it('gives none when the rest of the document has a problem, or none of the first courses passes', () => {
    const brokenFramework = { ...withCourses(testCourse('a')), frameworks: [{ id: 'relative' }] };
    expect(previewDataDocument(brokenFramework, 5)).to.equal(undefined);
    const brokenProfile = {
      ...withCourses(testCourse('a')),
      profiles: [{ id: 'p', kind: 'person', name: 'P', role: 'nobody' }],
    };
    expect(previewDataDocument(brokenProfile, 5)).to.equal(undefined);
    const unknownProperty = { ...withCourses(testCourse('a')), colour: 'red' };
    expect(previewDataDocument(unknownProperty, 5)).to.equal(undefined);
    const allBroken = withCourses(...Array.from({ length: 10 }, (_, index) => testCourse(`c${index}`, { ects: -1 })));
    expect(previewDataDocument(allBroken, 2), 'it looks at four times as many as it shows, no more').to.equal(
      undefined,
    );
    for (const input of [null, 'text', [], { lang: 'en' }]) expect(previewDataDocument(input, 5)).to.equal(undefined);
  });

  it('shows only courses the whole check keeps, unchanged and in order, for 300 broken documents', () => {
    let previews = 0;
    for (const [index, input] of mutatedDocuments(300, 7).entries()) {
      const preview = previewDataDocument(input, 20);
      if (!preview) continue;
      const kept = salvageDataDocument(input).document?.courses ?? [];
      const previewed = preview.courses ?? [];
      previews += 1;
      const keptIds = kept.map((course) => course.id);
      expect(
        previewed.map((course) => kept[keptIds.indexOf(course.id)]),
        `document ${index}`,
      ).to.deep.equal(previewed);
      const positions = previewed.map((course) => keptIds.indexOf(course.id));
      expect(positions, `document ${index}`).to.deep.equal([...positions].sort((a, b) => a - b));
    }
    // Most of the others are broken outside their courses, so the whole check comes first.
    expect(previews, 'a good part of them have a preview').to.be.greaterThan(50);
  });
});
