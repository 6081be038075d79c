/** A JSON type, as a problem names it; `text` is a plain string or a language map. */
export type ValueType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null' | 'text' | 'other';

/**
 * Every problem code and the values its message is built from. Codes are stable: programs and
 * translations key on them. Values copied from the document are shortened to 80 characters.
 */
export interface ProblemParams {
  /** String input that is not JSON. `line` and `column` count from 1. */
  'invalid-json': { readonly reason: string; readonly line?: number; readonly column?: number };
  /** The value could not be read at all, e.g. a getter threw. */
  unreadable: { readonly reason: string };
  'wrong-type': { readonly expected: ValueType; readonly actual: ValueType };
  'missing-property': { readonly property: string };
  'unknown-property': { readonly property: string };
  'invalid-value': { readonly value: string; readonly allowed: readonly string[] };
  'too-long': { readonly length: number; readonly limit: number };
  'too-short': { readonly length: number; readonly limit: number };
  /** Too many array items, or too many entries in a map. */
  'too-many-items': { readonly count: number; readonly limit: number };
  'too-few-items': { readonly count: number; readonly limit: number };
  'out-of-range': { readonly value: number; readonly comparison: '<=' | '>=' | '<' | '>'; readonly limit: number };
  'invalid-language-tag': { readonly value: string };
  'invalid-id': { readonly value: string };
  'invalid-keyword': { readonly value: string };
  'invalid-date': { readonly value: string };
  'invalid-duration': { readonly value: string };
  'invalid-currency': { readonly value: string };
  'invalid-country': { readonly value: string };
  'invalid-esco-uri': { readonly value: string };
  'invalid-iri': { readonly value: string };
  'relative-iri': { readonly value: string };
  'invalid-url': { readonly value: string };
  /** A URL with a scheme other than http(s), such as `javascript:` or `data:`. */
  'unsafe-url': { readonly value: string; readonly scheme: string };
  /** `first` is the path where the id was first used. */
  'duplicate-id': { readonly id: string; readonly first: string };
  'duplicate-level': { readonly value: number };
  'unknown-skill': { readonly id: string };
  'unknown-profile': { readonly id: string };
  'unknown-course': { readonly id: string };
  'unknown-step': { readonly id: string };
  'unknown-group': { readonly id: string };
  'level-not-on-scale': { readonly level: number; readonly scale: readonly number[] };
  'end-before-start': { readonly start: string; readonly end: string };
  /** The ids of the steps on the cycle, the first repeated at the end. */
  'track-cycle': { readonly steps: readonly string[] };
  /** The list was cut after `limit` problems. */
  'too-many-problems': { readonly limit: number };
}

/** A stable problem code such as `unknown-skill`. */
export type ProblemCode = keyof ProblemParams;

/** One problem of one code: where it is, what it is, and an English message. */
export interface ProblemOf<C extends ProblemCode> {
  /** JSON path of the offending value, e.g. `$.courses[3].teaches[0].skill`. */
  readonly path: string;
  readonly code: C;
  readonly params: ProblemParams[C];
  /** The problem in English, built from `code` and `params`; other languages build their own from the same two. */
  readonly message: string;
}

/** Any problem; switching on `code` narrows `params`. */
export type Problem = { [C in ProblemCode]: ProblemOf<C> }[ProblemCode];
