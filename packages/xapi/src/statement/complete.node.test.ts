import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { courseViewed } from '../statements/course.js';
import { careerStepSelected } from '../statements/career.js';
import { learningLockerWarnings } from '../testing/node-support.js';
import { validateStatement } from '../validation/validate-statement.js';
import { PROFILE_VERSION_ID } from '../vocabulary/profile-iri.js';
import { completeStatement, type CompletionContext } from './complete.js';
import { CONTEXT_AGENTS_EXTENSION, CONTEXT_GROUPS_EXTENSION, forVersion } from './for-version.js';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const ID = '6f1c8f0e-9b7a-4c55-8f7e-2d7e3b1f0a11';
const CONTEXT: CompletionContext = {
  actor: { objectType: 'Agent', account: { homePage: 'https://university.example', name: 'anon-1' } },
  registration: '0e4b1a52-7c1d-4f0e-9a5b-3c2d1e0f9a8b',
  activity: 'https://university.example/modules/lp-101',
  language: 'de',
  platform: 'LP Elements',
};
const course = { id: 'https://university.example/courses/energy', name: 'Energy' };

describe('completeStatement', () => {
  it('fills in id, actor, timestamp, registration, page activity, profile category, language and platform', () => {
    const statement = completeStatement(courseViewed(course), CONTEXT, NOW, () => ID);
    assert.equal(statement.id, ID);
    assert.deepEqual(statement.actor, CONTEXT.actor);
    assert.equal(statement.timestamp, '2026-03-01T12:00:00.000Z');
    assert.equal(statement.context?.registration, CONTEXT.registration);
    assert.deepEqual(statement.context?.contextActivities?.grouping, [
      { objectType: 'Activity', id: CONTEXT.activity },
    ]);
    assert.equal(statement.context.contextActivities.category?.[0]?.id, PROFILE_VERSION_ID);
    assert.equal(statement.context.language, 'de');
    assert.equal(statement.context.platform, 'LP Elements');
    assert.deepEqual(validateStatement(statement, { now: NOW }), []);
    assert.deepEqual(learningLockerWarnings(statement), []);
  });

  it('keeps what the element set and does not change its input', () => {
    const partial = careerStepSelected({ id: 'https://u.example/steps/1' }, { id: CONTEXT.activity ?? '' });
    const before = JSON.stringify(partial);
    const statement = completeStatement(
      { ...partial, id: 'b1c2d3e4-0000-4000-8000-000000000000', context: { ...partial.context, language: 'fr' } },
      CONTEXT,
      NOW,
      () => ID,
    );
    assert.equal(JSON.stringify(partial), before);
    assert.equal(statement.id, 'b1c2d3e4-0000-4000-8000-000000000000');
    assert.equal(statement.context?.language, 'fr');
    assert.equal(statement.context.contextActivities?.grouping, undefined, 'the page activity is already the parent');
  });

  it('names the profile once, and turns single context activities into arrays', () => {
    const partial = {
      ...courseViewed(course),
      context: {
        contextActivities: {
          category: { id: PROFILE_VERSION_ID } as never,
          other: { id: 'https://u.example/x' } as never,
        },
      },
    };
    const statement = completeStatement(partial, CONTEXT, NOW, () => ID);
    assert.equal(statement.context?.contextActivities?.category?.length, 1);
    assert.deepEqual(statement.context.contextActivities.other, [{ id: 'https://u.example/x' }]);
  });

  it('adds no platform when the object is not an activity', () => {
    const statement = completeStatement(
      {
        verb: { id: 'http://adlnet.gov/expapi/verbs/asked' },
        object: { objectType: 'Agent', mbox: 'mailto:b@u.example' },
      },
      CONTEXT,
      NOW,
      () => ID,
    );
    assert.equal(statement.context?.platform, undefined);
    assert.deepEqual(validateStatement(statement, { now: NOW }), []);
  });
});

describe('forVersion', () => {
  const withAgents = () =>
    completeStatement(
      {
        ...courseViewed(course),
        context: {
          contextAgents: [
            {
              objectType: 'contextAgent',
              agent: { objectType: 'Agent', account: { homePage: 'https://university.example', name: 'teacher-7' } },
              relevantTypes: ['https://lp-elements.example/roles/instructor'],
            },
          ],
          contextGroups: [
            {
              objectType: 'contextGroup',
              group: { objectType: 'Group', member: [{ mbox: 'mailto:a@university.example' }] },
            },
          ],
        },
      },
      CONTEXT,
      NOW,
      () => ID,
    );

  it('keeps xAPI 2.0 statements as they are', () => {
    const statement = withAgents();
    assert.equal(forVersion(statement, '2.0.0'), statement);
    assert.deepEqual(validateStatement(statement, { version: '2.0.0', now: NOW }), []);
  });

  it('maps context agents and groups down for a 1.0.3 LRS, keeping their data', () => {
    const statement = withAgents();
    const mapped = forVersion(statement, '1.0.3');
    assert.equal(mapped.context?.contextAgents, undefined);
    assert.equal(mapped.context?.contextGroups, undefined);
    assert.deepEqual(mapped.context?.instructor, statement.context?.contextAgents?.[0]?.agent);
    assert.deepEqual(mapped.context?.extensions?.[CONTEXT_AGENTS_EXTENSION], statement.context?.contextAgents);
    assert.deepEqual(mapped.context?.extensions?.[CONTEXT_GROUPS_EXTENSION], statement.context?.contextGroups);
    assert.deepEqual(validateStatement(mapped, { version: '1.0.3', now: NOW }), []);
    assert.deepEqual(learningLockerWarnings(mapped), []);
    assert.equal(JSON.stringify(forVersion(statement, '1.0.3')), JSON.stringify(mapped), 'the same every time');
  });
});
