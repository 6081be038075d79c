import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { brokenRules, hasDeterminingProperties } from '../profile/match-template.js';
import { completeStatement } from '../statement/complete.js';
import { EXAMPLES, EXAMPLE_COURSE as course, EXAMPLE_TRACK as track } from '../testing/examples.js';
import { learningLockerWarnings, shippedProfile } from '../testing/node-support.js';
import type { PartialStatement } from '../types.js';
import { validateStatement } from '../validation/validate-statement.js';
import { trackProgressed } from './career.js';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const base = 'https://university.example';

const complete = (partial: PartialStatement) =>
  completeStatement(
    partial,
    {
      actor: { objectType: 'Agent', account: { homePage: base, name: 'anon-1' } },
      registration: '0e4b1a52-7c1d-4f0e-9a5b-3c2d1e0f9a8b',
      activity: `${base}/modules/lp-101`,
      language: 'en',
      platform: 'LP Elements',
    },
    NOW,
    () => '6f1c8f0e-9b7a-4c55-8f7e-2d7e3b1f0a11',
  );

describe('statement builders', () => {
  const templates = shippedProfile().templates ?? [];

  it('cover every template of the profile, and nothing else', () => {
    assert.deepEqual(Object.keys(EXAMPLES).sort(), templates.map((template) => template.id.split('/').pop()).sort());
  });

  for (const [name, partial] of Object.entries(EXAMPLES)) {
    it(`${name}: valid for LP Elements and for Learning Locker, and follows exactly its profile template`, () => {
      const statement = complete(partial);
      assert.deepEqual(validateStatement(statement, { now: NOW }), []);
      assert.deepEqual(learningLockerWarnings(statement), []);
      const matching = templates.filter((template) => hasDeterminingProperties(template, statement));
      assert.deepEqual(
        matching.map((template) => template.id.split('/').pop()),
        [name],
      );
      assert.deepEqual(brokenRules(matching[0]!, statement), []);
    });
  }

  it('put the level on the scale, the progress in cmi5’s extension, the filters in context', () => {
    assert.deepEqual(EXAMPLES['skill-self-assessed']?.result?.score, { raw: 3, min: 0, max: 5, scaled: 0.6 });
    assert.equal(EXAMPLES['skill-self-assessed'].result.response, 'Proficient');
    assert.deepEqual(EXAMPLES['track-progressed']?.result?.extensions, {
      'https://w3id.org/xapi/cmi5/result/extensions/progress': 42,
    });
    assert.deepEqual(trackProgressed(track, 130).result?.extensions, {
      'https://w3id.org/xapi/cmi5/result/extensions/progress': 100,
    });
    assert.deepEqual(EXAMPLES['course-viewed']?.object, {
      objectType: 'Activity',
      id: course.id,
      definition: { type: 'http://adlnet.gov/expapi/activities/course', name: { de: 'Energiesysteme' } },
    });
  });

  it('break a template rule when a required part is missing', () => {
    const searched = complete(EXAMPLES['catalogue-searched']!);
    delete searched.result?.extensions;
    const template = templates.find((t) => t.id.endsWith('/catalogue-searched'))!;
    assert.deepEqual(brokenRules(template, searched), [
      "$.result.extensions['https://w3id.org/xapi/lp-elements/extensions/result-count']",
    ]);
  });
});
