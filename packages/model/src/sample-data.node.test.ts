import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { DataDocument } from './document.js';
import { courseTiming } from './time/course-timing.js';
import { parseDataDocument } from './validate/parse-data-document.js';

const text = readFileSync(new URL('../sample/lp-sample.json', import.meta.url), 'utf8');
const result = parseDataDocument(text);
const document: DataDocument = result.document ?? {};
const courses = document.courses ?? [];
/** The day the sample's dates were laid out around. */
const now = new Date(2026, 10, 28, 12);

describe('the sample data', () => {
  it('is a valid data document', () => {
    assert.deepEqual(result.problems, []);
  });

  it('says that it is fictional', () => {
    assert.match(document.$comment ?? '', /^Fictional sample data/);
    assert.match(JSON.stringify(document.description), /fictional/);
  });

  it('has a five-level scale with a description for every level', () => {
    const levels = document.frameworks?.[0]?.scale.levels ?? [];
    assert.deepEqual(
      levels.map((level) => level.value),
      [1, 2, 3, 4, 5],
    );
    for (const level of levels) assert.ok(level.description, `level ${level.value} has no description`);
  });

  it('links no ESCO skill, since none was verified', () => {
    assert.ok(document.frameworks?.every((framework) => framework.skills.every((skill) => skill.esco === undefined)));
  });

  it('has at least 60 courses from eight universities in the eight partner countries', () => {
    assert.ok(courses.length >= 60);
    const countries = new Set(courses.map((course) => course.provider.country));
    assert.deepEqual([...countries].sort(), ['CH', 'CZ', 'DE', 'DK', 'EE', 'FR', 'IL', 'NL']);
    assert.equal(new Set(courses.map((course) => course.provider.id)).size, 8);
  });

  it('names and describes every course in English and German, many in a local language too', () => {
    for (const course of courses) {
      for (const text of [course.name, course.description]) {
        assert.ok(typeof text === 'object' && text.en && text.de, `${course.id} lacks en or de`);
      }
    }
    const local = courses.filter((course) => Object.keys(course.name).some((lang) => !['en', 'de'].includes(lang)));
    assert.ok(local.length >= 48);
  });

  it('has past, running, upcoming and self-paced courses in several modes, from 2025 to 2029', () => {
    const statuses = new Set(courses.map((course) => courseTiming(course, { now }).status));
    assert.deepEqual([...statuses].sort(), ['past', 'running', 'self-paced', 'upcoming']);
    assert.deepEqual([...new Set(courses.map((course) => course.mode))].sort(), ['blended', 'online', 'onsite']);
    const years = new Set(courses.flatMap((course) => (course.instances ?? []).map((i) => i.start?.slice(0, 4))));
    for (const year of ['2025', '2026', '2027', '2028', '2029']) assert.ok(years.has(year), year);
  });

  it('has a career track with branches and an optional step, and person and team profiles', () => {
    const [track] = document.tracks ?? [];
    assert.ok(track?.steps.some((step) => (step.next?.length ?? 0) > 1));
    assert.ok(track?.steps.some((step) => step.optional));
    const kinds = new Set(document.profiles?.map((profile) => profile.kind));
    assert.deepEqual([...kinds].sort(), ['person', 'programme', 'role', 'team']);
  });
});
