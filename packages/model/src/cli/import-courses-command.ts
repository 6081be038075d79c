import { coursesFromCsv } from '../csv/courses-from-csv.js';
import type { DataDocument } from '../document.js';
import { parseDataDocument } from '../validate/parse-data-document.js';
import { readFailure, type CliIo } from './cli-io.js';

/** The arguments of `lp-elements import-courses`. */
export interface ImportCoursesArguments {
  readonly file: string;
  /** The language of text columns without one; `en` by default. */
  readonly lang?: string;
  /** A data document whose frameworks the skills taught are checked against. */
  readonly data?: string;
  /** Where to write the courses; standard output by default. */
  readonly out?: string;
}

async function frameworksDocument(path: string, io: CliIo): Promise<DataDocument | string> {
  let text: string;
  try {
    text = await io.readText(path);
  } catch (error) {
    return `${path}: $: cannot read the file: ${readFailure(error)}`;
  }
  const result = parseDataDocument(text);
  if (result.ok) return result.document;
  return result.problems.map((problem) => `${path}: ${problem.path}: ${problem.message}`).join('\n');
}

/**
 * `lp-elements import-courses FILE.csv`: turns a course spreadsheet into the `courses` of a data
 * document (JSON). Problems go to standard error as `FILE: row N, column "NAME": message`; the
 * exit code is 0 when there are none, else 1.
 */
export async function importCoursesCommand(args: ImportCoursesArguments, io: CliIo): Promise<number> {
  const frameworks = args.data === undefined ? undefined : await frameworksDocument(args.data, io);
  if (typeof frameworks === 'string') {
    io.err(`${frameworks}\n`);
    return 1;
  }
  let text: string;
  try {
    text = await io.readText(args.file);
  } catch (error) {
    io.err(`${args.file}: cannot read the file: ${readFailure(error)}\n`);
    return 1;
  }
  const { courses, problems } = coursesFromCsv(text, { lang: args.lang, frameworksFrom: frameworks });
  if (problems.length > 0) {
    for (const { row, column, message } of problems) {
      io.err(`${args.file}: row ${row}${column === undefined ? '' : `, column "${column}"`}: ${message}\n`);
    }
    return 1;
  }
  const json = `${JSON.stringify({ lang: args.lang ?? 'en', courses }, null, 2)}\n`;
  if (args.out === undefined) io.out(json);
  else await io.writeText(args.out, json);
  return 0;
}
