import { parseArgs } from 'node:util';
import type { CliIo } from './cli-io.js';
import { importCoursesCommand } from './import-courses-command.js';
import { validateCommand } from './validate-command.js';

/** What `lp-elements help` prints. */
export const USAGE = `Usage:
  lp-elements validate FILE…
      Checks LP Elements data documents. Prints "FILE: valid", or one line per problem
      as "FILE: PATH: message". Exit code 0 when every file is valid, 1 otherwise.

  lp-elements import-courses FILE.csv [--lang en] [--data DOCUMENT.json] [--out COURSES.json]
      Turns a course spreadsheet saved as CSV into data-document courses (JSON).
      --lang   the language of text columns without one (name rather than name:de)
      --data   check the skills taught against the frameworks of this data document
      --out    write to this file instead of standard output
      Problems go to standard error as "FILE: row N, column "NAME": message"; exit code 1.

  lp-elements help
`;

/** Exit code for a command line that could not be understood. */
const USAGE_ERROR = 2;

/** Runs the `lp-elements` command line and resolves to its exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'help' || command === '--help' || command === '-h') {
    io.out(USAGE);
    return 0;
  }
  try {
    if (command === 'validate') {
      const { positionals } = parseArgs({ args: rest, allowPositionals: true, strict: true });
      if (positionals.length === 0) throw new Error('validate needs at least one file');
      return await validateCommand(positionals, io);
    }
    if (command === 'import-courses') {
      const { positionals, values } = parseArgs({
        args: rest,
        allowPositionals: true,
        strict: true,
        options: { lang: { type: 'string' }, data: { type: 'string' }, out: { type: 'string' } },
      });
      const [file, ...extra] = positionals;
      if (file === undefined || extra.length > 0) throw new Error('import-courses needs exactly one CSV file');
      return await importCoursesCommand({ file, ...values }, io);
    }
    throw new Error(command === undefined ? 'no command given' : `unknown command "${command}"`);
  } catch (error) {
    io.err(`lp-elements: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return USAGE_ERROR;
  }
}
