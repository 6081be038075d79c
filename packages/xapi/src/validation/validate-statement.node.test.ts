import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { learningLockerWarnings } from '../testing/node-support.js';
import { validateStatement } from './validate-statement.js';

const NOW = new Date('2026-03-01T12:00:00.000Z');

const valid = () => ({
  id: '6f1c8f0e-9b7a-4c55-8f7e-2d7e3b1f0a11',
  actor: { objectType: 'Agent', account: { homePage: 'https://university.example', name: 'a1b2c3' } },
  verb: { id: 'http://id.tincanapi.com/verb/viewed', display: { en: 'viewed' } },
  object: {
    objectType: 'Activity',
    id: 'https://university.example/courses/energy-systems',
    definition: {
      type: 'http://adlnet.gov/expapi/activities/course',
      name: { en: 'Energy systems', 'de-AT': 'Energiesysteme' },
    },
  },
  result: {
    score: { raw: 3, min: 0, max: 5, scaled: 0.6 },
    duration: 'PT1M30.5S',
    extensions: { 'https://x.example/e': { a: [1, 'b'] } },
  },
  context: {
    registration: '0e4b1a52-7c1d-4f0e-9a5b-3c2d1e0f9a8b',
    contextActivities: { category: [{ id: 'https://w3id.org/xapi/lp-elements/v1' }] },
    language: 'de-AT',
    platform: 'LP Elements',
  },
  timestamp: '2026-03-01T11:59:59.123Z',
});

type Mutation = (statement: ReturnType<typeof valid>) => void;

/** Bad inputs, each with the path and rule it must be refused for. */
const BAD: readonly (readonly [string, Mutation, string, string])[] = [
  ['a verb id that is not an IRI', (s) => (s.verb.id = 'viewed'), '$.verb.id', 'iri'],
  ['an activity id with spaces', (s) => (s.object.id = 'https://university.example/a course'), '$.object.id', 'iri'],
  ['a javascript: activity id', (s) => (s.object.id = 'javascript:alert(1)'), '$.object.id', 'hostile-iri'],
  ['a relative activity type', (s) => (s.object.definition.type = '/types/course'), '$.object.definition.type', 'iri'],
  [
    'an extension key that is not an IRI',
    (s) => (s.result.extensions = { progress: 1 } as never),
    '$.result.extensions.progress',
    'iri',
  ],
  ['a scaled score above 1', (s) => (s.result.score.scaled = 1.5), '$.result.score', 'score-range'],
  ['a scaled score below −1', (s) => (s.result.score.scaled = -2), '$.result.score', 'score-range'],
  ['a raw score above max', (s) => (s.result.score.raw = 7), '$.result.score', 'score-range'],
  ['min not below max', (s) => (s.result.score.min = 5), '$.result.score', 'score-range'],
  ['a NaN score', (s) => (s.result.score.raw = Number.NaN), '$.result.score.raw', 'number'],
  ['a duration in minutes with a fraction', (s) => (s.result.duration = 'PT1.5M'), '$.result.duration', 'duration'],
  ['a duration without P', (s) => (s.result.duration = '90 seconds'), '$.result.duration', 'duration'],
  ['an empty duration', (s) => (s.result.duration = 'PT'), '$.result.duration', 'duration'],
  ['an unknown key', (s) => Object.assign(s, { verbose: true }), '$.verbose', 'unknown-key'],
  ['an unknown key in context', (s) => Object.assign(s.context, { lang: 'en' }), '$.context.lang', 'unknown-key'],
  ['a null', (s) => Object.assign(s.result, { success: null }), '$.result.success', 'null'],
  ['a missing verb', (s) => Reflect.deleteProperty(s, 'verb'), '$.verb', 'required'],
  [
    'an agent with two identifiers',
    (s) => Object.assign(s.actor, { mbox: 'mailto:a@university.example' }),
    '$.actor',
    'identifier',
  ],
  ['an agent without an identifier', (s) => Reflect.deleteProperty(s.actor, 'account'), '$.actor', 'identifier'],
  [
    'an mbox without mailto:',
    (s) => (s.actor = { objectType: 'Agent', mbox: 'a@university.example' } as never),
    '$.actor.mbox',
    'mbox',
  ],
  [
    'a homePage that is not a web URL',
    (s) => (s.actor.account.homePage = 'university'),
    '$.actor.account.homePage',
    'url',
  ],
  ['a registration that is not a UUID', (s) => (s.context.registration = '12345'), '$.context.registration', 'uuid'],
  ['a statement id that is not a UUID', (s) => (s.id = 'statement-1'), '$.id', 'uuid'],
  ['a bad language tag', (s) => (s.context.language = 'english language'), '$.context.language', 'language-tag'],
  [
    'a bad language map key',
    (s) => (s.verb.display = { 'en us': 'viewed' } as never),
    '$.verb.display["en us"]',
    'language-tag',
  ],
  ['a timestamp without a zone', (s) => (s.timestamp = '2026-03-01T11:59:59'), '$.timestamp', 'timestamp'],
  ['a timestamp in the future', (s) => (s.timestamp = '2026-03-02T00:00:00Z'), '$.timestamp', 'future-timestamp'],
  ['an impossible date', (s) => (s.timestamp = '2026-02-31T25:00:00Z'), '$.timestamp', 'timestamp'],
  [
    'a NUL character in a name',
    (s) => (s.object.definition.name.en = 'Energy\u0000'),
    '$.object.definition.name.en',
    'text',
  ],
  [
    'a lone surrogate in a name',
    (s) => (s.object.definition.name.en = 'Energy \ud800'),
    '$.object.definition.name.en',
    'text',
  ],
  ['a bidirectional override', (s) => (s.verb.display.en = 'viewed\u202e'), '$.verb.display.en', 'text'],
  [
    'a __proto__ key in an extension',
    (s) => (s.result.extensions = JSON.parse('{"https://x.example/e":{"__proto__":{"admin":true}}}') as never),
    '$.result.extensions["https://x.example/e"].__proto__',
    'hostile-key',
  ],
  [
    'an escape character in an extension value',
    (s) => (s.result.extensions = { 'https://x.example/e': 'a\u001bb' } as never),
    '$.result.extensions["https://x.example/e"]',
    'text',
  ],
  [
    'contextAgents in xAPI 1.0.3',
    (s) => Object.assign(s.context, { contextAgents: [{ objectType: 'contextAgent', agent: s.actor }] }),
    '$.context.contextAgents',
    'version',
  ],
  [
    'platform when the object is an agent',
    (s) => (s.object = { objectType: 'Agent', mbox: 'mailto:b@university.example' } as never),
    '$',
    'activity-only',
  ],
  ['stored set by the sender', (s) => Object.assign(s, { stored: '2026-03-01T11:59:59Z' }), '$.stored', 'lrs-only'],
  ['attachments', (s) => Object.assign(s, { attachments: [] }), '$.attachments', 'unsupported'],
];

describe('validateStatement', () => {
  it('accepts a valid statement (and so does Learning Locker)', () => {
    assert.deepEqual(validateStatement(valid(), { now: NOW }), []);
    assert.deepEqual(learningLockerWarnings(valid()), []);
  });

  for (const [what, mutate, path, rule] of BAD) {
    it(`refuses ${what}: ${rule} at ${path}`, () => {
      const statement = valid();
      mutate(statement);
      const problems = validateStatement(statement, { now: NOW });
      assert.ok(
        problems.some((problem) => problem.path === path && problem.rule === rule),
        `expected ${rule} at ${path}, got ${JSON.stringify(problems)}`,
      );
    });
  }

  it('refuses what is not an object, naming the root', () => {
    assert.deepEqual(validateStatement('statement'), [{ path: '$', rule: 'type' }]);
  });

  it('accepts xAPI 2.0 context agents when asked for 2.0.0', () => {
    const statement = valid();
    Object.assign(statement.context, {
      contextAgents: [
        {
          objectType: 'contextAgent',
          agent: statement.actor,
          relevantTypes: ['https://lp-elements.example/roles/instructor'],
        },
      ],
    });
    assert.deepEqual(validateStatement(statement, { version: '2.0.0', now: NOW }), []);
  });

  it('accepts a group actor with members and a statement reference object', () => {
    const statement = {
      ...valid(),
      actor: { objectType: 'Group', member: [{ mbox: 'mailto:a@university.example' }] },
      object: { objectType: 'StatementRef', id: '6f1c8f0e-9b7a-4c55-8f7e-2d7e3b1f0a12' },
      context: { registration: '0e4b1a52-7c1d-4f0e-9a5b-3c2d1e0f9a8b' },
    };
    assert.deepEqual(validateStatement(statement, { now: NOW }), []);
    assert.deepEqual(learningLockerWarnings(statement), []);
  });
});
