import type { Problem, ProblemCode, ProblemOf, ProblemParams, ValueType } from './problem.js';

const TYPE_NAMES: Record<ValueType, string> = {
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  null: 'null',
  text: 'a string or a language map',
  other: 'a value that is not JSON',
};

const quote = (value: string) => `"${value}"`;

/** English messages; the elements package translates from the same codes and params. */
const MESSAGES: { readonly [C in ProblemCode]: (params: ProblemParams[C]) => string } = {
  'invalid-json': ({ reason, line, column }) =>
    line === undefined
      ? `not valid JSON: ${reason}`
      : `not valid JSON at line ${line}, column ${column ?? 1}: ${reason}`,
  unreadable: ({ reason }) => `could not be read: ${reason}`,
  'wrong-type': ({ expected, actual }) => `expected ${TYPE_NAMES[expected]}, found ${TYPE_NAMES[actual]}`,
  'missing-property': ({ property }) => `the required property ${quote(property)} is missing`,
  'unknown-property': ({ property }) => `${quote(property)} is not a known property (extensions start with x-)`,
  'invalid-value': ({ value, allowed }) => `${quote(value)} is not one of: ${allowed.join(', ')}`,
  'too-long': ({ length, limit }) => `is ${length} characters long; at most ${limit} are allowed`,
  'too-short': ({ limit }) => (limit === 1 ? 'must not be empty' : `must be at least ${limit} characters long`),
  'too-many-items': ({ count, limit }) => `has ${count} entries; at most ${limit} are allowed`,
  'too-few-items': ({ count, limit }) => `has ${count} entries; at least ${limit} are needed`,
  'out-of-range': ({ value, comparison, limit }) => `${value} is out of range: it must be ${comparison} ${limit}`,
  'invalid-language-tag': ({ value }) => `${quote(value)} is not a language tag such as en, de or fr-CH`,
  'invalid-id': ({ value }) => `${quote(value)} is not an id: ids must not contain spaces`,
  'invalid-keyword': ({ value }) => `${quote(value)} is not a lowercase word such as health-tech`,
  'invalid-date': ({ value }) => `${quote(value)} is not a date such as 2027-03-01 or 2027-03-01T09:00:00+01:00`,
  'invalid-duration': ({ value }) => `${quote(value)} is not an ISO 8601 duration such as PT125H or P6W`,
  'invalid-currency': ({ value }) => `${quote(value)} is not a currency code such as EUR`,
  'invalid-country': ({ value }) => `${quote(value)} is not a country code such as DE`,
  'invalid-esco-uri': ({ value }) => `${quote(value)} is not an ESCO skill URI (http://data.europa.eu/esco/skill/…)`,
  'invalid-iri': ({ value }) => `${quote(value)} is not a valid IRI`,
  'relative-iri': ({ value }) =>
    `${quote(value)} is relative; ids must be absolute IRIs such as https://example.org/skills/networking`,
  'invalid-url': ({ value }) => `${quote(value)} is not an absolute http or https URL`,
  'unsafe-url': ({ value, scheme }) => `${quote(value)} uses ${scheme}; only http and https links are allowed`,
  'duplicate-id': ({ id, first }) => `the id ${quote(id)} is already used at ${first}`,
  'duplicate-level': ({ value }) => `the level ${value} appears more than once on the scale`,
  'unknown-skill': ({ id }) => `no skill has the id ${quote(id)}`,
  'unknown-profile': ({ id }) => `no profile has the id ${quote(id)}`,
  'unknown-course': ({ id }) => `no course has the id ${quote(id)}`,
  'unknown-step': ({ id }) => `no step of this track has the id ${quote(id)}`,
  'unknown-group': ({ id }) => `no group of this framework has the id ${quote(id)}`,
  'level-not-on-scale': ({ level, scale }) => `level ${level} is not on the scale (${scale.join(', ')})`,
  'end-before-start': ({ start, end }) => `ends (${end}) before it starts (${start})`,
  'track-cycle': ({ steps }) => `the steps form a cycle: ${steps.join(' → ')}`,
  'too-many-problems': ({ limit }) => `more problems follow; only the first ${limit} are listed`,
};

/** Every problem code, in the order of the documentation. */
export const PROBLEM_CODES = Object.keys(MESSAGES) as readonly ProblemCode[];

/** The English message for a code and its params. */
export function problemMessage<C extends ProblemCode>(code: C, params: ProblemParams[C]): string {
  const message = MESSAGES[code] as (params: ProblemParams[C]) => string;
  return message(params);
}

/** A problem with its English message. */
export function problem<C extends ProblemCode>(path: string, code: C, params: ProblemParams[C]): Problem {
  const made: ProblemOf<C> = { path, code, params, message: problemMessage(code, params) };
  return made as unknown as Problem;
}

const PREVIEW_LENGTH = 80;

// eslint-disable-next-line no-control-regex -- control characters are what this finds
const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]/g;

/**
 * A value from the document for a message: shortened, so that a 10 MB string never ends up in
 * one, and with control characters escaped, so that a message stays on one line.
 */
export function preview(value: string): string {
  const short = value.length > PREVIEW_LENGTH ? `${value.slice(0, PREVIEW_LENGTH - 1)}…` : value;
  return short.replace(CONTROL, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
