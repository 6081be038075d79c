import { preview, problem } from '../problems/messages.js';
import { ROOT_PATH } from '../problems/json-path.js';
import type { Problem } from '../problems/problem.js';

/** The value of JSON text, or the problem that kept it from being read. */
export type JsonTextResult =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problem: Problem };

const POSITION = /at position (\d+)/;

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < position; index = text.indexOf('\n', index + 1)) {
    line += 1;
    lineStart = index + 1;
  }
  return { line, column: position - lineStart + 1 };
}

/**
 * Parses JSON text; a leading byte order mark (as some editors save files) is skipped. Failure is
 * an `invalid-json` problem with the line and column the engine stopped at, never an exception.
 */
export function parseJsonText(text: string): JsonTextResult {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    const reason = preview(
      error instanceof Error ? error.message.replace(/ in JSON at position.*$/s, '') : String(error),
    );
    const match = error instanceof Error ? POSITION.exec(error.message) : null;
    const position = match ? Number(match[1]) : reason.includes('end of JSON input') ? body.length : undefined;
    const place = position === undefined ? {} : lineAndColumn(body, position);
    return { ok: false, problem: problem(ROOT_PATH, 'invalid-json', { reason, ...place }) };
  }
}
