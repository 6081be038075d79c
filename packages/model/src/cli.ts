#!/usr/bin/env node
/**
 * The `lp-elements` command: `lp-elements validate FILE…` and `lp-elements import-courses FILE.csv`.
 * Run `lp-elements help` for the options.
 */
import { processIo } from './cli/cli-io.js';
import { runCli } from './cli/run-cli.js';

process.exitCode = await runCli(process.argv.slice(2), processIo);
