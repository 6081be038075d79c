import type { DataDocument } from '../document.js';
import { ROOT_PATH } from '../problems/json-path.js';
import { preview, problem } from '../problems/messages.js';
import type { Problem } from '../problems/problem.js';
import { finish, type Steps } from '../steps.js';
import { documentProblems } from './document-checks.js';
import { parseJsonText } from './json-text.js';
import { structureProblems } from './structure-problems.js';

/** A document that passed every check, or the problems that kept it from doing so. */
export type ParseResult =
  | { readonly ok: true; readonly document: DataDocument; readonly problems: readonly [] }
  | { readonly ok: false; readonly document?: undefined; readonly problems: readonly Problem[] };

/** Options of `parseDataDocument`. */
export interface ParseOptions {
  /** Stop after this many problems (a `too-many-problems` problem then ends the list); 1000 by default. */
  readonly maxProblems?: number;
}

function failed(problems: Problem[], limit: number): ParseResult {
  const listed = problems.slice(0, limit);
  if (problems.length > limit) listed.push(problem(ROOT_PATH, 'too-many-problems', { limit }));
  return { ok: false, problems: listed };
}

/**
 * Reads a data document from JSON text or from an already parsed value, and either returns it
 * typed or lists every problem with its JSON path, code and message. It never throws, whatever
 * it is given.
 *
 * The structure is checked first, against the JSON Schema. Once it is sound, the checks that span
 * the document follow: unique ids, references to skills, profiles, courses and steps, absolute
 * IRIs, http(s) links only, real dates with the end after the start, levels on the scale and
 * tracks without cycles. So a document with structural problems shows those first.
 *
 * Texts are kept exactly as written: they are data, never markup.
 */
export function parseDataDocument(input: unknown, options: ParseOptions = {}): ParseResult {
  return finish(parseDataDocumentSteps(input, options));
}

/** `parseDataDocument` a bounded piece at a time (see `Steps`): the same result, the same problems in the same order. */
export function* parseDataDocumentSteps(input: unknown, options: ParseOptions = {}): Steps<ParseResult> {
  const limit = Math.max(1, options.maxProblems ?? 1000);
  try {
    let data = input;
    if (typeof input === 'string') {
      const parsed = parseJsonText(input);
      if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
      data = parsed.value;
    }
    const structural = yield* structureProblems(data, limit + 1);
    if (structural.length > 0) return failed(structural, limit);
    const document = data as DataDocument;
    const semantic = yield* documentProblems(document);
    if (semantic.length > 0) return failed(semantic, limit);
    return { ok: true, document, problems: [] };
  } catch (error) {
    const reason = preview(error instanceof Error ? error.message : String(error));
    return { ok: false, problems: [problem(ROOT_PATH, 'unreadable', { reason })] };
  }
}
