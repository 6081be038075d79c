import type { ProblemCode } from '../problems/problem.js';
import { IRI, smallDocument, testCourse } from './small-document.js';

/** A malformed document and problems it must be reported with (among others). */
export interface BadDocument {
  readonly name: string;
  /** The document as JSON text (made on demand: some are 10 MB). */
  readonly json: () => string;
  readonly expected: readonly { readonly code: ProblemCode; readonly path: string }[];
}

const TEN_MB = 10 * 1024 * 1024;
const json = (value: unknown) => () => JSON.stringify(value);
const text = (value: string) => () => value;
const expect = (code: ProblemCode, path: string) => [{ code, path }];

const base = smallDocument;
const withCourses = (...courses: unknown[]) => ({ ...base(), courses });
const course = (fields: Record<string, unknown>) => ({ ...testCourse('c'), ...fields });
const withCourse = (fields: Record<string, unknown>) => withCourses(course(fields));
const [framework] = smallDocument().frameworks ?? [];
const withFramework = (fields: Record<string, unknown>) => ({ ...base(), frameworks: [{ ...framework, ...fields }] });
const withProfiles = (...profiles: unknown[]) => ({ ...base(), profiles });
const person = (fields: Record<string, unknown>) => ({ id: 'p', kind: 'person', name: 'P', ...fields });
const withSteps = (...steps: unknown[]) => ({ ...base(), tracks: [{ id: IRI.track, name: 'Track', steps }] });
const step = (id: string, fields: Record<string, unknown> = {}) => ({ id, title: id, ...fields });
/** `[[[…]]]` nested `depth` deep, built without recursion. */
const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

/** The bad-input corpus: every document must give path-named problems, never an exception. */
export const BAD_DOCUMENTS: readonly BadDocument[] = [
  // Not JSON at all
  { name: 'empty text', json: text(''), expected: expect('invalid-json', '$') },
  { name: 'truncated', json: text('{"courses": ['), expected: expect('invalid-json', '$') },
  { name: 'trailing comma', json: text('{"lang": "en",}'), expected: expect('invalid-json', '$') },
  { name: 'single quotes', json: text("{'lang': 'en'}"), expected: expect('invalid-json', '$') },
  { name: 'NaN literal', json: text('{"courses": [{"ects": NaN}]}'), expected: expect('invalid-json', '$') },
  { name: 'comments', json: text('// data\n{"lang": "en"}'), expected: expect('invalid-json', '$') },
  { name: 'two documents', json: text('{"lang": "en"}\n{"lang": "de"}'), expected: expect('invalid-json', '$') },
  { name: '10 MB of garbage', json: () => 'x'.repeat(TEN_MB), expected: expect('invalid-json', '$') },
  // Wrong types
  { name: 'top-level array', json: text('[]'), expected: expect('wrong-type', '$') },
  { name: 'top-level string', json: text('"frameworks"'), expected: expect('wrong-type', '$') },
  { name: 'top-level null', json: text('null'), expected: expect('wrong-type', '$') },
  { name: 'courses as an object', json: json({ courses: {} }), expected: expect('wrong-type', '$.courses') },
  { name: 'course as null', json: json({ courses: [null] }), expected: expect('wrong-type', '$.courses[0]') },
  {
    name: 'name as a number',
    json: json(withCourse({ name: 42 })),
    expected: expect('wrong-type', '$.courses[0].name'),
  },
  {
    name: 'ects as a string',
    json: json(withCourse({ ects: '5' })),
    expected: expect('wrong-type', '$.courses[0].ects'),
  },
  {
    name: 'fractional EQF level',
    json: json(withCourse({ eqfLevel: 6.5 })),
    expected: expect('wrong-type', '$.courses[0].eqfLevel'),
  },
  // Missing, unknown and disallowed values
  {
    name: 'course without id',
    json: json(withCourses({ name: 'No id', provider: { id: IRI.provider, name: 'P' } })),
    expected: expect('missing-property', '$.courses[0].id'),
  },
  {
    name: 'course without provider',
    json: json(withCourses({ id: IRI.course('x'), name: 'No provider' })),
    expected: expect('missing-property', '$.courses[0].provider'),
  },
  {
    name: 'misspelt property',
    json: json(withCourse({ nmae: 'x' })),
    expected: expect('unknown-property', '$.courses[0].nmae'),
  },
  {
    name: 'unknown mode',
    json: json(withCourse({ mode: 'hybrid' })),
    expected: expect('invalid-value', '$.courses[0].mode'),
  },
  {
    name: 'unknown profile kind',
    json: json(withProfiles(person({ kind: 'manager' }))),
    expected: expect('invalid-value', '$.profiles[0].kind'),
  },
  {
    name: 'EQF level 9',
    json: json(withCourse({ eqfLevel: 9 })),
    expected: expect('out-of-range', '$.courses[0].eqfLevel'),
  },
  {
    name: 'negative level',
    json: json(withProfiles(person({ levels: { [IRI.networking]: -1 } }))),
    expected: [{ code: 'out-of-range', path: `$.profiles[0].levels["${IRI.networking}"]` }],
  },
  { name: 'empty name', json: json(withCourse({ name: '' })), expected: expect('too-short', '$.courses[0].name') },
  {
    name: 'too many languages',
    json: json(withCourse({ languages: Array.from({ length: 31 }, () => 'en') })),
    expected: expect('too-many-items', '$.courses[0].languages'),
  },
  {
    name: 'no languages',
    json: json(withCourse({ languages: [] })),
    expected: expect('too-few-items', '$.courses[0].languages'),
  },
  {
    name: 'amount without currency',
    json: json(withCourse({ price: { category: 'paid', amount: 490 } })),
    expected: expect('missing-property', '$.courses[0].price.currency'),
  },
  {
    name: 'currency in words',
    json: json(withCourse({ price: { category: 'paid', amount: 490, currency: 'euro' } })),
    expected: expect('invalid-currency', '$.courses[0].price.currency'),
  },
  {
    name: 'country name instead of code',
    json: json(withCourse({ provider: { id: IRI.provider, name: 'P', country: 'Germany' } })),
    expected: expect('invalid-country', '$.courses[0].provider.country'),
  },
  {
    name: 'invented ESCO link',
    json: json(withFramework({ skills: [{ id: IRI.networking, name: 'N', esco: 'https://esco.example/networking' }] })),
    expected: expect('invalid-esco-uri', '$.frameworks[0].skills[0].esco'),
  },
  {
    name: 'language names as keys',
    json: json(withCourse({ name: { english: 'Networking' } })),
    expected: expect('invalid-language-tag', '$.courses[0].name.english'),
  },
  {
    name: 'step id with a space',
    json: json(withSteps(step('first step'))),
    expected: expect('invalid-id', '$.tracks[0].steps[0].id'),
  },
  {
    name: 'field in words',
    json: json(withCourse({ fields: ['Health Tech'] })),
    expected: expect('invalid-keyword', '$.courses[0].fields[0]'),
  },
  {
    name: 'workload in words',
    json: json(withCourse({ workload: '125 hours' })),
    expected: expect('invalid-duration', '$.courses[0].workload'),
  },
  {
    name: 'German date format',
    json: json(withCourse({ instances: [{ start: '01.03.2027' }] })),
    expected: expect('invalid-date', '$.courses[0].instances[0].start'),
  },
  // Hostile keys and strings
  {
    name: '__proto__ at the top',
    json: text('{"__proto__": {"polluted": true}, "lang": "en"}'),
    expected: expect('unknown-property', '$.__proto__'),
  },
  {
    name: '__proto__ as a language',
    json: text(
      JSON.stringify(withCourse({ name: { en: 'x' } })).replace('"name":{"en":"x"}', '"name":{"__proto__":"x"}'),
    ),
    expected: expect('invalid-language-tag', '$.courses[0].name.__proto__'),
  },
  {
    name: '__proto__ as a skill',
    json: text(
      JSON.stringify(withProfiles(person({ levels: { placeholder: 1 } }))).replace('"placeholder"', '"__proto__"'),
    ),
    expected: expect('unknown-skill', '$.profiles[0].levels.__proto__'),
  },
  {
    name: 'constructor as a skill',
    json: json(withProfiles(person({ levels: { constructor: 1, prototype: 2 } }))),
    expected: [
      { code: 'unknown-skill', path: '$.profiles[0].levels.constructor' },
      { code: 'unknown-skill', path: '$.profiles[0].levels.prototype' },
    ],
  },
  {
    name: 'javascript: link',
    json: json(withCourse({ url: 'javascript:alert(document.cookie)' })),
    expected: expect('unsafe-url', '$.courses[0].url'),
  },
  {
    name: 'data: image',
    json: json(withCourse({ image: 'data:image/svg+xml,<svg onload="alert(1)"/>' })),
    expected: expect('unsafe-url', '$.courses[0].image'),
  },
  {
    name: 'JavaScript: link in capitals with leading space',
    json: json(withCourse({ provider: { id: IRI.provider, name: 'P', url: ' JavaScript:alert(1)' } })),
    expected: expect('unsafe-url', '$.courses[0].provider.url'),
  },
  {
    name: 'scheme split by a tab',
    json: json(withCourse({ url: 'java\tscript:alert(1)' })),
    expected: expect('invalid-url', '$.courses[0].url'),
  },
  {
    name: 'vbscript: in a location',
    json: json(withCourse({ instances: [{ location: { name: 'Campus', url: 'vbscript:msgbox(1)' } }] })),
    expected: expect('unsafe-url', '$.courses[0].instances[0].location.url'),
  },
  {
    name: 'file: link for a credential',
    json: json(withCourse({ credential: { kind: 'badge', name: 'B', url: 'file:///etc/passwd' } })),
    expected: expect('unsafe-url', '$.courses[0].credential.url'),
  },
  {
    name: '<script> in a name next to an unsafe link',
    json: json(withCourse({ name: '<script>alert(1)</script>', url: 'javascript:void(0)' })),
    expected: expect('unsafe-url', '$.courses[0].url'),
  },
  {
    name: 'relative link',
    json: json(withCourse({ url: '/courses/x' })),
    expected: expect('invalid-url', '$.courses[0].url'),
  },
  {
    name: '10 MB description',
    json: json(withCourse({ description: 'a'.repeat(TEN_MB) })),
    expected: expect('too-long', '$.courses[0].description'),
  },
  {
    name: '10 MB id',
    json: json(withCourse({ id: `https://x.example/${'a'.repeat(TEN_MB)}` })),
    expected: expect('too-long', '$.courses[0].id'),
  },
  {
    name: '10 MB language key',
    json: json(withCourse({ name: { ['a'.repeat(TEN_MB)]: 'x' } })),
    expected: [{ code: 'invalid-language-tag', path: `$.courses[0].name["${'a'.repeat(199)}…"]` }],
  },
  { name: 'nesting 1,000,000 deep', json: () => nested(1_000_000), expected: expect('wrong-type', '$') },
  {
    name: 'nesting 100,000 deep in a name',
    json: () =>
      `{"courses": [{"id": "${IRI.course('x')}", "provider": {"id": "${IRI.provider}", "name": "P"}, "name": ${nested(100_000)}}]}`,
    expected: expect('wrong-type', '$.courses[0].name'),
  },
  {
    name: 'nesting 100,000 deep in an unknown property',
    json: () => `{"deep": ${nested(100_000)}}`,
    expected: expect('unknown-property', '$.deep'),
  },
  // IRIs
  {
    name: 'relative skill id',
    json: json(withFramework({ skills: [{ id: 'networking', name: 'N' }] })),
    expected: expect('relative-iri', '$.frameworks[0].skills[0].id'),
  },
  {
    name: 'IRI with a space',
    json: json(withCourse({ id: 'https://lp-elements.example/courses/two words' })),
    expected: expect('invalid-iri', '$.courses[0].id'),
  },
  {
    name: 'IRI with a control character',
    json: json(withCourse({ id: 'https://lp-elements.example/courses/\u0000' })),
    expected: expect('invalid-iri', '$.courses[0].id'),
  },
  {
    name: 'http IRI without a host',
    json: json(withCourse({ id: 'https://' })),
    expected: expect('invalid-iri', '$.courses[0].id'),
  },
  // Ids and references
  {
    name: 'duplicate course ids',
    json: json(withCourses(course({}), course({}))),
    expected: expect('duplicate-id', '$.courses[1].id'),
  },
  {
    name: 'one skill in two frameworks',
    json: json({ ...base(), frameworks: [framework, { ...framework, id: `${IRI.framework}-2` }] }),
    expected: expect('duplicate-id', '$.frameworks[1].skills[0].id'),
  },
  {
    name: 'unknown skill taught',
    json: json(withCourse({ teaches: [{ skill: 'https://lp-elements.example/skills/juggling', level: 2 }] })),
    expected: expect('unknown-skill', '$.courses[0].teaches[0].skill'),
  },
  {
    name: 'unknown group',
    json: json(withFramework({ skills: [{ id: IRI.networking, name: 'N', group: 'nowhere' }] })),
    expected: expect('unknown-group', '$.frameworks[0].skills[0].group'),
  },
  {
    name: 'unknown required profile',
    json: json(withSteps(step('a', { requires: 'wizard' }))),
    expected: expect('unknown-profile', '$.tracks[0].steps[0].requires'),
  },
  {
    name: 'unknown team member',
    json: json(withProfiles(person({}), { id: 't', kind: 'team', name: 'T', members: ['p', 'ghost'] })),
    expected: expect('unknown-profile', '$.profiles[1].members[1]'),
  },
  {
    name: 'unknown step course',
    json: json(withSteps(step('a', { courses: [IRI.course('missing')] }))),
    expected: expect('unknown-course', '$.tracks[0].steps[0].courses[0]'),
  },
  {
    name: 'unknown next step',
    json: json(withSteps(step('a', { next: ['b'] }))),
    expected: expect('unknown-step', '$.tracks[0].steps[0].next[0]'),
  },
  // Levels, dates and tracks
  {
    name: 'level off the scale',
    json: json(withCourse({ teaches: [{ skill: IRI.design, level: 7 }] })),
    expected: expect('level-not-on-scale', '$.courses[0].teaches[0].level'),
  },
  {
    name: 'the same level twice on a scale',
    json: json(
      withFramework({
        scale: {
          levels: [
            { value: 1, name: 'A' },
            { value: 1, name: 'B' },
          ],
        },
      }),
    ),
    expected: expect('duplicate-level', '$.frameworks[0].scale.levels[1]'),
  },
  {
    name: 'end before start',
    json: json(withCourse({ instances: [{ start: '2027-03-01', end: '2027-02-01' }] })),
    expected: expect('end-before-start', '$.courses[0].instances[0].end'),
  },
  {
    name: '30 February',
    json: json(withCourse({ instances: [{ start: '2027-02-30' }] })),
    expected: expect('invalid-date', '$.courses[0].instances[0].start'),
  },
  {
    name: 'hour 25',
    json: json(withCourse({ instances: [{ start: '2027-03-01T25:00:00Z' }] })),
    expected: expect('invalid-date', '$.courses[0].instances[0].start'),
  },
  {
    name: 'a cycle of two steps',
    json: json(withSteps(step('a', { next: ['b'] }), step('b', { next: ['a'] }))),
    expected: expect('track-cycle', '$.tracks[0].steps[1].next[0]'),
  },
  {
    name: 'a step leading to itself',
    json: json(withSteps(step('a', { next: ['a'] }))),
    expected: expect('track-cycle', '$.tracks[0].steps[0].next[0]'),
  },
];
