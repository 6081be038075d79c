/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-explicit-any -- the tests break the profile on purpose, through untyped JSON */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import * as prettier from 'prettier';
import { shippedProfile } from '../testing/node-support.js';
import { ACTIVITY_TYPES } from '../vocabulary/activity-types.js';
import { EXTENSIONS, MATRIX_ACTIONS } from '../vocabulary/extensions.js';
import { CONTEXT_AGENTS_EXTENSION, CONTEXT_GROUPS_EXTENSION } from '../statement/for-version.js';
import { LP_XAPI_BASE, PROFILE_ID, PROFILE_VERSION_ID } from '../vocabulary/profile-iri.js';
import { VERBS } from '../vocabulary/verbs.js';
import { checkProfile } from './check-profile.js';
import { evaluateJsonPath, parseJsonPath } from './json-path.js';
import { renderProfileDoc } from './profile-doc.js';

const clone = () => structuredClone(shippedProfile()) as unknown as Record<string, any>;

describe('the LP Elements xAPI Profile', () => {
  it('follows the xAPI Profiles structure rules', () => {
    assert.deepEqual(checkProfile(shippedProfile()), []);
  });

  it('has the ids the statements use', () => {
    const profile = shippedProfile();
    assert.equal(profile.id, PROFILE_ID);
    assert.deepEqual(
      profile.versions.map((version) => version.id),
      [PROFILE_VERSION_ID],
    );
  });

  it('defines every vocabulary IRI of our own, and only those', () => {
    const ours = [
      ...Object.values(VERBS).map((verb) => verb.id),
      ...Object.values(ACTIVITY_TYPES),
      ...Object.values(EXTENSIONS),
    ]
      .concat(CONTEXT_AGENTS_EXTENSION, CONTEXT_GROUPS_EXTENSION)
      .filter((iri) => iri.startsWith(LP_XAPI_BASE));
    const defined = (shippedProfile().concepts ?? []).map((concept) => concept.id);
    assert.deepEqual([...defined].sort(), [...new Set(ours)].sort());
  });

  it('keeps every IRI it has ever defined: they are permanent', () => {
    // Written out on purpose, not derived: statements in LRSs carry these strings for years. Adding an
    // IRI means adding it here; changing or removing one is never right (see docs/xapi-profile.md).
    const base = 'https://w3id.org/xapi/lp-elements';
    const permanent = [
      base,
      `${base}/v1`,
      `${base}/verbs/self-assessed`,
      ...['course-catalogue', 'skill', 'skill-framework', 'career-track', 'career-step', 'skill-gap-matrix'].map(
        (name) => `${base}/activity-types/${name}`,
      ),
      ...[
        'result-count',
        'search-filters',
        'required-level',
        'matrix-action',
        'esco-skill',
        'context-agents',
        'context-groups',
      ].map((name) => `${base}/extensions/${name}`),
      ...[
        'course-viewed',
        'course-selected',
        'catalogue-searched',
        'skill-self-assessed',
        'career-step-selected',
        'track-progressed',
        'career-step-completed',
        'matrix-interacted',
        'module-completed',
      ].map((name) => `${base}/templates/${name}`),
      ...['interaction', 'module-visit'].map((name) => `${base}/patterns/${name}`),
    ];
    const profile = shippedProfile();
    const defined = [
      profile.id,
      ...profile.versions.map((version) => version.id),
      ...(profile.concepts ?? []).map((concept) => concept.id),
      ...(profile.templates ?? []).map((template) => template.id),
      ...(profile.patterns ?? []).map((pattern) => pattern.id),
    ];
    assert.deepEqual(
      permanent.filter((iri) => !defined.includes(iri)),
      [],
      'an IRI statements already carry is gone',
    );
    assert.deepEqual(
      defined.filter((iri) => !permanent.includes(iri)),
      [],
      'a new IRI: add it to the list above',
    );
    assert.equal(LP_XAPI_BASE, base);
  });

  it('lists the matrix actions the builders allow', () => {
    const matrix = (shippedProfile().templates ?? []).find((t) => t.id.endsWith('/matrix-interacted'));
    assert.deepEqual(matrix?.rules?.find((rule) => rule.all)?.all, MATRIX_ACTIONS);
  });

  const broken: readonly (readonly [string, (p: ReturnType<typeof clone>) => void, string])[] = [
    ['a wrong @context', (p) => (p['@context'] = 'https://example.org/context'), '$.@context'],
    ['a missing prefLabel', (p) => delete p.prefLabel, '$.prefLabel'],
    ['a concept of an unknown type', (p) => (p.concepts[0].type = 'Noun'), '$.concepts[0].type'],
    [
      'a concept outside any version',
      (p) => (p.concepts[0].inScheme = 'https://x.example/v9'),
      '$.concepts[0].inScheme',
    ],
    [
      'recommendedVerbs on an activity extension',
      (p) =>
        (p.concepts.find((c: { type: string }) => c.type === 'ActivityExtension').recommendedVerbs = [VERBS.viewed.id]),
      'is not allowed',
    ],
    [
      'schema and inlineSchema together',
      (p) => (p.concepts.find((c: { inlineSchema?: string }) => c.inlineSchema).schema = 'https://x.example/s.json'),
      'not both',
    ],
    [
      'a rule with a filter expression',
      (p) => (p.templates[0].rules[0].location = '$.context.contextActivities.category[?(@.id)]'),
      '$.templates[0].rules[0].location',
    ],
    [
      'a rule without requirements',
      (p) => (p.templates[0].rules[0] = { location: '$.timestamp' }),
      '$.templates[0].rules[0]',
    ],
    [
      'a template with an object type and a StatementRef template',
      (p) => (p.templates[0].objectStatementRefTemplate = [p.templates[1].id]),
      '$.templates[0]',
    ],
    ['a pattern with two kinds', (p) => (p.patterns[1].zeroOrMore = p.patterns[0].id), '$.patterns[1]'],
    [
      'a pattern naming a missing template',
      (p) => p.patterns[0].alternates.push('https://x.example/none'),
      '$.patterns[0].alternates',
    ],
    ['a pattern within itself', (p) => p.patterns[0].alternates.push(p.patterns[1].id), 'contains itself'],
    ['alternates with one member', (p) => (p.patterns[0].alternates = [p.templates[0].id]), '$.patterns[0].alternates'],
    ['a primary pattern without a definition', (p) => delete p.patterns[1].definition, '$.patterns[1].definition'],
    ['an empty array', (p) => (p.templates[0].rules[0].any = []), '$.templates[0].rules[0].any'],
  ];
  for (const [what, breakIt, where] of broken) {
    it(`finds ${what}`, () => {
      const profile = clone();
      breakIt(profile);
      const problems = checkProfile(profile);
      assert.ok(
        problems.some(
          (problem) => problem.path === where || problem.path.startsWith(where) || problem.message.includes(where),
        ),
        `expected a problem at ${where}, got ${JSON.stringify(problems)}`,
      );
    });
  }

  it('is rendered in docs/xapi-profile.md as it is now', async () => {
    const target = new URL('../../../../docs/xapi-profile.md', import.meta.url);
    const options = { ...(await prettier.resolveConfig(target)), filepath: target.pathname };
    const expected = await prettier.format(
      renderProfileDoc(shippedProfile(), 'packages/xapi/profile/lp-elements-profile.jsonld'),
      options,
    );
    assert.equal(readFileSync(target, 'utf8'), expected, 'run `npm run docs:xapi-profile`');
  });
});

describe('profile JSONPath', () => {
  const statement = {
    result: { extensions: { 'https://x.example/e': 1 } },
    context: { contextActivities: { category: [{ id: 'a' }, { id: 'b' }] } },
  };

  it('reads dotted names, quoted names, indexes, wildcards and unions', () => {
    assert.deepEqual(evaluateJsonPath("$.result.extensions['https://x.example/e']", statement), [1]);
    assert.deepEqual(evaluateJsonPath('$.context.contextActivities.category[*].id', statement), ['a', 'b']);
    assert.deepEqual(evaluateJsonPath('$.context.contextActivities.category[1].id', statement), ['b']);
    assert.deepEqual(evaluateJsonPath('$.result.score | $.context.contextActivities.category[0,1].id', statement), [
      'a',
      'b',
    ]);
  });

  it('refuses filters, scripts and paths that do not start at $', () => {
    assert.throws(() => parseJsonPath('$.a[?(@.b)]'));
    assert.throws(() => parseJsonPath('result.score'));
    assert.throws(() => parseJsonPath('$..id'));
  });
});
