import { preview, problem } from '../problems/messages.js';
import { childPath, ROOT_PATH } from '../problems/json-path.js';
import type { Problem, ProblemCode, ValueType } from '../problems/problem.js';
import type { Steps } from '../steps.js';
import { structureErrors, type AjvError } from './structure-errors.js';
import { PATTERN_PROBLEMS } from './structure.generated.js';
import { describeValue, valueType } from './value-type.js';

const patternProblems = PATTERN_PROBLEMS as Readonly<Record<string, ProblemCode>>;

const COMPARISONS = { minimum: '>=', maximum: '<=', exclusiveMinimum: '>', exclusiveMaximum: '<' } as const;
/** Keywords that, at an object's path, can only come from checking its keys (`propertyNames`). */
const KEY_KEYWORDS = new Set(['pattern', 'maxLength', 'minLength']);

const own = (value: unknown, key: string): unknown =>
  value !== null && typeof value === 'object' && Object.hasOwn(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;

/** Turns Ajv's JSON Pointer into a JSON path, reading the data to tell array indexes from keys. */
function locate(data: unknown, pointer: string): { path: string; value: unknown } {
  let path = ROOT_PATH;
  let value = data;
  if (pointer === '') return { path, value };
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (Array.isArray(value)) {
      const index = Number(key);
      path = childPath(path, index);
      value = value[index];
    } else {
      path = childPath(path, key);
      value = own(value, key);
    }
  }
  return { path, value };
}

const expectedType = (type: unknown): ValueType => {
  const name = String(type);
  return name === 'string,object' ? 'text' : (name as ValueType);
};

const str = (value: unknown) => String(value);
const num = (value: unknown) => Number(value);

function patternProblem(path: string, pattern: unknown, value: string): Problem {
  const code = patternProblems[str(pattern)];
  if (code === undefined) return problem(path, 'invalid-value', { value: preview(value), allowed: [] });
  return problem(path, code as 'invalid-date', { value: preview(value) });
}

/** The problem for an invalid key of a language map or of a levels map, from the errors its check left. */
function keyProblem(path: string, key: string, inner: readonly AjvError[]): Problem {
  const keyPath = childPath(path, key);
  const pattern = inner.find((error) => error.keyword === 'pattern');
  if (pattern) return patternProblem(keyPath, pattern.params.pattern, key);
  const limit = inner.find((error) => error.keyword === 'maxLength')?.params.limit;
  return problem(keyPath, 'too-long', { length: key.length, limit: num(limit) });
}

function toProblem(error: AjvError, path: string, value: unknown): Problem {
  const { keyword, params } = error;
  switch (keyword) {
    case 'type': {
      const actual = valueType(value);
      return problem(path, 'wrong-type', { expected: expectedType(params.type), actual });
    }
    case 'required':
    case 'dependencies':
      return problem(childPath(path, str(params.missingProperty)), 'missing-property', {
        property: str(params.missingProperty),
      });
    case 'additionalProperties':
      return problem(childPath(path, str(params.additionalProperty)), 'unknown-property', {
        property: preview(str(params.additionalProperty)),
      });
    case 'enum':
      return problem(path, 'invalid-value', {
        value: preview(describeValue(value)),
        allowed: (params.allowedValues as readonly unknown[]).map(str),
      });
    case 'maxLength':
      return problem(path, 'too-long', { length: str(value).length, limit: num(params.limit) });
    case 'minLength':
      return problem(path, 'too-short', { length: str(value).length, limit: num(params.limit) });
    case 'maxItems':
    case 'maxProperties':
      return problem(path, 'too-many-items', { count: countOf(value), limit: num(params.limit) });
    case 'minItems':
    case 'minProperties':
      return problem(path, 'too-few-items', { count: countOf(value), limit: num(params.limit) });
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return problem(path, 'out-of-range', {
        value: num(value),
        comparison: COMPARISONS[keyword],
        limit: num(params.limit),
      });
    case 'pattern':
      return patternProblem(path, params.pattern, str(value));
    default:
      return problem(path, 'invalid-value', { value: preview(describeValue(value)), allowed: [] });
  }
}

function countOf(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  return value !== null && typeof value === 'object' ? Object.keys(value).length : 0;
}

/** Errors read into problems per piece of work: reading one walks its path through the data. */
const ERRORS_PER_STEP = 100;

/**
 * Checks the document's structure against the JSON Schema (types, required and unknown
 * properties, allowed values, limits, patterns) and returns its problems, at most `limit`.
 */
export function* structureProblems(data: unknown, limit: number): Steps<Problem[]> {
  const errors = yield* structureErrors(data);
  const problems: Problem[] = [];
  let keyErrors: AjvError[] = [];
  for (const [index, error] of errors.entries()) {
    const { path, value } = locate(data, error.instancePath);
    if (KEY_KEYWORDS.has(error.keyword) && typeof value !== 'string') {
      keyErrors.push(error);
      continue;
    }
    problems.push(
      error.keyword === 'propertyNames'
        ? keyProblem(path, str(error.params.propertyName), keyErrors)
        : toProblem(error, path, value),
    );
    if (error.keyword === 'propertyNames') keyErrors = [];
    if (problems.length >= limit) break;
    if (index % ERRORS_PER_STEP === ERRORS_PER_STEP - 1) yield;
  }
  return problems;
}
