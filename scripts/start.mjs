#!/usr/bin/env node
/**
 * `npm start`: the local LRS and Storybook together, on this machine only.
 *
 *   LP_LRS_PORT (default 18082) and LP_STORYBOOK_PORT (default 6006) choose the ports.
 *   Ctrl-C stops both.
 */
import { spawn } from 'node:child_process';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { portInUse, startLrs } from './lrs.mjs';
import { runBin } from './run.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lrsPort = Number(process.env.LP_LRS_PORT ?? 18082);
const storybookPort = Number(process.env.LP_STORYBOOK_PORT ?? 6006);

function fail(message) {
  console.error(`npm start: ${message}`);
  process.exit(1);
}

async function waitForHttp(url, isAlive, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive()) return false;
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

if (await portInUse(storybookPort)) {
  fail(`port ${storybookPort} is taken (is Storybook already running?): stop it or set LP_STORYBOOK_PORT.`);
}

let lrs;
try {
  lrs = await startLrs({ port: lrsPort });
} catch (error) {
  fail(`${error.message.replace('--port', 'LP_LRS_PORT')}`);
}

if ((await runBin('npm', ['run', 'manifest', '--silent'], { cwd: root })) !== 0) {
  await lrs.stop();
  fail('the custom elements manifest could not be generated.');
}

const storybook = spawn(
  'storybook',
  [
    'dev',
    '--port',
    String(storybookPort),
    '--host',
    '127.0.0.1',
    '--no-open',
    '--no-version-updates',
    '--ci',
    '--quiet',
  ],
  {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      PATH: `${join(root, 'node_modules', '.bin')}${delimiter}${process.env.PATH}`,
      STORYBOOK_DISABLE_TELEMETRY: '1',
      STORYBOOK_LRS_ENDPOINT: lrs.endpoint,
      STORYBOOK_LRS_AUTH: lrs.auth,
    },
  },
);

let stopping = false;
async function stopAll(code = 0) {
  if (stopping) return;
  stopping = true;
  storybook.kill('SIGTERM');
  await lrs.stop();
  process.exit(code);
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
storybook.on('exit', (code) => {
  if (!stopping) {
    console.error(`npm start: Storybook stopped (exit code ${code}).`);
    void stopAll(code || 1);
  }
});

const storybookUrl = `http://127.0.0.1:${storybookPort}/`;
console.log('Starting Storybook…');
if (!(await waitForHttp(storybookUrl, () => storybook.exitCode === null, 180_000))) {
  console.error('npm start: Storybook did not answer within 3 minutes.');
  await stopAll(1);
}
console.log(`
LP Elements is running on this machine only:
  Storybook        ${storybookUrl}
  Local LRS (xAPI) ${lrs.endpoint}   (in memory; Authorization: ${lrs.auth})
Press Ctrl-C to stop both.`);
