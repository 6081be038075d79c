/** Runs a command with inherited output; resolves to its exit code (never rejects). */
import { spawn } from 'node:child_process';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const binDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', '.bin');

export function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options });
    child.on('error', (error) => {
      console.error(`${command}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Runs an npm package's binary from node_modules/.bin. */
export function runBin(bin, args, options = {}) {
  return run(process.platform === 'win32' ? `${bin}.cmd` : bin, args, {
    ...options,
    env: { ...process.env, ...options.env, PATH: `${binDir}${delimiter}${process.env.PATH}` },
  });
}
