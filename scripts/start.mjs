#!/usr/bin/env node
/**
 * `npm start`: on this machine only, the local LRS, Storybook, the training module page (built
 * first) and a stand-in cmi5 LMS that launches the page as an assignable unit.
 *
 *   LP_LRS_PORT (default 18082), LP_STORYBOOK_PORT (default 6006), LP_MODULE_PORT (default 18080)
 *   and LP_LMS_PORT (default 18081) choose the ports. Ctrl-C stops everything.
 */
import { spawn } from 'node:child_process';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCmi5Lms } from './cmi5-lms.mjs';
import { cmi5Ids } from './package-cmi5.mjs';
import { portInUse, startLrs } from './lrs.mjs';
import { runBin } from './run.mjs';
import { serveFolder } from './static-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lrsPort = Number(process.env.LP_LRS_PORT ?? 18082);
const storybookPort = Number(process.env.LP_STORYBOOK_PORT ?? 6006);
const modulePort = Number(process.env.LP_MODULE_PORT ?? 18080);
const lmsPort = Number(process.env.LP_LMS_PORT ?? 18081);

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
for (const [port, variable] of [
  [modulePort, 'LP_MODULE_PORT'],
  [lmsPort, 'LP_LMS_PORT'],
]) {
  if (await portInUse(port)) fail(`port ${port} is taken (is npm start already running?): stop it or set ${variable}.`);
}

console.log('Building the elements and the module page…');
if ((await runBin('node', [join(root, 'scripts/build.mjs')], { cwd: root })) !== 0) {
  fail('the build failed (see above).');
}

let lrs;
try {
  lrs = await startLrs({ port: lrsPort });
} catch (error) {
  fail(`${error.message.replace('--port', 'LP_LRS_PORT')}`);
}

const site = await serveFolder({ dir: join(root, 'dist/module'), port: modulePort });
// The demo unit is named under the address it is served from, as `npm run package:cmi5 -- --base-iri` names a real one.
const { unitId } = cmi5Ids(`${site.origin}/`);
const lms = await startCmi5Lms({
  lrsEndpoint: lrs.endpoint,
  lrsAuth: lrs.auth,
  port: lmsPort,
  unit: { url: `${site.origin}/index.html`, activityId: unitId },
});

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
  await Promise.all([lms.stop(), site.stop(), lrs.stop()]);
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
  Storybook                    ${storybookUrl}
  Training module, on its own  ${site.origin}/
  … launched from an LMS       ${lms.origin}/launch   (cmi5; add ?lang=de or ?mode=Review)
  Local LRS (xAPI)             ${lrs.endpoint}   (in memory; Authorization: ${lrs.auth})
Press Ctrl-C to stop everything.`);
