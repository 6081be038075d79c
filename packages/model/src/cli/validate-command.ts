import { parseDataDocument } from '../validate/parse-data-document.js';
import { readFailure, type CliIo } from './cli-io.js';

/**
 * `lp-elements validate FILE…`: checks data documents. Prints `FILE: valid`, or one line per
 * problem as `FILE: PATH: message`. Resolves to the exit code: 0 when every file is valid, else 1.
 */
export async function validateCommand(files: readonly string[], io: CliIo): Promise<number> {
  let failed = false;
  for (const file of files) {
    let text: string;
    try {
      text = await io.readText(file);
    } catch (error) {
      io.out(`${file}: $: cannot read the file: ${readFailure(error)}\n`);
      failed = true;
      continue;
    }
    const result = parseDataDocument(text);
    if (result.ok) {
      io.out(`${file}: valid\n`);
      continue;
    }
    failed = true;
    io.out(result.problems.map((problem) => `${file}: ${problem.path}: ${problem.message}\n`).join(''));
  }
  return failed ? 1 : 0;
}
