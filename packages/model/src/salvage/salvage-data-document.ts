import type { DataDocument } from '../document.js';
import { childPath, ROOT_PATH } from '../problems/json-path.js';
import type { Problem } from '../problems/problem.js';
import { finish, type Steps } from '../steps.js';
import { parseDataDocumentSteps, type ParseOptions } from '../validate/parse-data-document.js';
import { jsonCopy } from './json-copy.js';
import { pathSegments, type PathSegment } from './path-segments.js';

/** A part of the document that was left out, where it was, and why. */
export interface SkippedPart {
  /** JSON path of what was left out, in the document as given, e.g. `$.courses[3]`. */
  readonly path: string;
  readonly problems: readonly Problem[];
}

/**
 * The usable part of a document: everything that passed, with what was left out and why. A
 * document that passes every check comes back whole with no problems. `document` is undefined
 * only when nothing usable is left (not JSON, not an object, or no end to the problems).
 */
export interface SalvageResult {
  readonly document: DataDocument | undefined;
  /** Every problem found, with paths in the document as given. */
  readonly problems: readonly Problem[];
  readonly skipped: readonly SkippedPart[];
}

type Container = Record<string, unknown> | unknown[];

/** What removing a problem's value means: an item of a list, or one entry of an object. */
interface Removal {
  readonly container: Container;
  readonly key: PathSegment;
  /** The removed part's path in the current (already trimmed) document. */
  readonly path: string;
}

const MAX_ROUNDS = 8;
/** Problems turned into removals per piece of work: each walks its path through the document. */
const PROBLEMS_PER_STEP = 100;

/** Maps for each list that lost items the current positions to the positions in the document as given. */
const originalPositions = new WeakMap<unknown[], number[]>();

const isContainer = (value: unknown): value is Container => typeof value === 'object' && value !== null;

/**
 * The smallest part to leave out for a problem. A property the format does not know (its path
 * names it) goes alone; one bad language in a text or one level in a profile goes alone; otherwise the
 * innermost list item that holds the problem goes (a course, a skill, an instance, one
 * reference); a top-level section goes when the problem is in it but outside any list.
 */
function removalFor(document: Container, problem: Problem): Removal | undefined {
  const segments = pathSegments(problem.path);
  if (!segments) return undefined;
  if (segments.length === 0) return undefined;

  let node: unknown = document;
  let path = ROOT_PATH;
  let removal: Removal | undefined;
  for (const [position, segment] of segments.entries()) {
    if (!isContainer(node)) break;
    const container = node;
    const segmentPath = childPath(path, segment);
    const previous = segments[position - 1];
    const isLast = position === segments.length - 1;
    const isListItem = Array.isArray(container) && typeof segment === 'number';
    const isLevelEntry = previous === 'levels' && typeof segment === 'string' && !Array.isArray(container);
    const isOwnEntry = isLast && (problem.code === 'unknown-property' || problem.code === 'invalid-language-tag');
    if (position === 0 || isListItem || isLevelEntry || isOwnEntry)
      removal = { container, key: segment, path: segmentPath };
    node = (container as Record<PathSegment, unknown>)[segment];
    path = segmentPath;
  }
  return removal;
}

/** A path in the trimmed document written with the positions the document as given had. */
function originalPath(document: unknown, path: string): string {
  const segments = pathSegments(path);
  if (!segments) return path;
  let node = document;
  let original = ROOT_PATH;
  for (const segment of segments) {
    const positions = Array.isArray(node) ? originalPositions.get(node) : undefined;
    original = childPath(original, typeof segment === 'number' ? (positions?.[segment] ?? segment) : segment);
    node = isContainer(node) ? (node as Record<PathSegment, unknown>)[segment] : undefined;
  }
  return original;
}

function remove(removals: readonly Removal[]): void {
  const listItems = new Map<unknown[], Set<number>>();
  for (const { container, key } of removals) {
    if (Array.isArray(container) && typeof key === 'number') {
      const items = listItems.get(container) ?? new Set<number>();
      items.add(key);
      listItems.set(container, items);
    } else if (!Array.isArray(container)) {
      // Deleting through a plain object copy: the document was cloned from JSON, so no setter runs.
      // eslint-disable-next-line @typescript-eslint/no-dynamic-delete
      delete container[key];
    }
  }
  for (const [list, indices] of listItems) {
    const positions = originalPositions.get(list) ?? list.map((_, index) => index);
    for (const index of [...indices].sort((a, b) => b - a)) {
      list.splice(index, 1);
      positions.splice(index, 1);
    }
    originalPositions.set(list, positions);
  }
}

/**
 * Reads a data document and keeps what is usable: parts with problems (a course with a bad
 * link, a reference to an unknown skill, a step in a cycle) are left out, the rest is checked
 * again, and so on until what is left passes every check. Elements use it to show the valid
 * courses of a catalogue with a notice of what was skipped and why. Never throws.
 */
export function salvageDataDocument(input: unknown, options: ParseOptions = {}): SalvageResult {
  return finish(salvageDataDocumentSteps(input, options));
}

/**
 * `salvageDataDocument` a bounded piece at a time (see `Steps`): about 25 courses are checked or
 * copied per piece. The result is the same, with the same problems and skipped parts in the same
 * order: a page runs the pieces on separate tasks to check a large catalogue without holding the
 * main thread.
 */
export function* salvageDataDocumentSteps(input: unknown, options: ParseOptions = {}): Steps<SalvageResult> {
  const first = yield* parseDataDocumentSteps(input, options);
  if (first.ok) return { document: first.document, problems: [], skipped: [] };

  const problems: Problem[] = [...first.problems];
  const skipped = new Map<string, Problem[]>();
  const working = yield* jsonCopy(typeof input === 'string' ? safeJsonParse(input) : input);
  if (!isContainer(working) || Array.isArray(working)) return { document: undefined, problems, skipped: [] };

  // Each problem as reported (paths in the document as given) and as found (paths in the trimmed document).
  let current = first.problems.map((problem) => ({ reported: problem, found: problem }));
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const removals: Removal[] = [];
    for (const [index, { reported, found }] of current.entries()) {
      if (index % PROBLEMS_PER_STEP === PROBLEMS_PER_STEP - 1) yield;
      if (found.code === 'too-many-problems') continue;
      const removal = removalFor(working, found);
      if (!removal) return { document: undefined, problems, skipped: [...skippedParts(skipped)] };
      const path = originalPath(working, removal.path);
      skipped.set(path, [...(skipped.get(path) ?? []), reported]);
      removals.push(removal);
    }
    if (removals.length === 0) break;
    remove(removals);
    yield;
    const next = yield* parseDataDocumentSteps(working, options);
    if (next.ok) return { document: next.document, problems, skipped: [...skippedParts(skipped)] };
    current = next.problems.map((found) => ({
      found,
      reported: { ...found, path: originalPath(working, found.path) },
    }));
    problems.push(...current.map(({ reported }) => reported));
  }
  return { document: undefined, problems, skipped: [...skippedParts(skipped)] };
}

function safeJsonParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function* skippedParts(skipped: Map<string, Problem[]>): Generator<SkippedPart> {
  for (const [path, problems] of skipped) yield { path, problems };
}
