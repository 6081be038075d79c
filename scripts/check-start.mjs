#!/usr/bin/env node
/**
 * Checks the README's first command the way a user meets it: `npm start` serves Storybook and
 * the module page, the stand-in LMS launches the page, the local LRS answers `GET /xAPI/about`,
 * and Ctrl-C stops everything. Used by CI on spare ports.
 */
import { spawn } from 'node:child_process';
import { freePort, portInUse } from './lrs.mjs';

const lrsPort = await freePort();
const storybookPort = await freePort();
const modulePort = await freePort();
const lmsPort = await freePort();
const ports = [lrsPort, storybookPort, modulePort, lmsPort];
const child = spawn('npm', ['start'], {
  env: {
    ...process.env,
    LP_LRS_PORT: String(lrsPort),
    LP_STORYBOOK_PORT: String(storybookPort),
    LP_MODULE_PORT: String(modulePort),
    LP_LMS_PORT: String(lmsPort),
  },
  stdio: ['ignore', 'pipe', 'inherit'],
  detached: true,
});
let output = '';
child.stdout.on('data', (chunk) => {
  output += chunk;
});

function fail(message) {
  console.error(`check-start: ${message}\n${output}`);
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
  process.exit(1);
}

const deadline = Date.now() + 240_000;
while (!output.includes('Press Ctrl-C')) {
  if (child.exitCode !== null) fail(`npm start exited early with code ${child.exitCode}`);
  if (Date.now() > deadline) fail('npm start did not report ready within 4 minutes');
  await new Promise((resolve) => setTimeout(resolve, 500));
}

const about = await fetch(`http://127.0.0.1:${lrsPort}/xAPI/about`).then(
  (response) => response.json(),
  () => undefined,
);
if (!about?.version?.includes('1.0.3')) fail('the local LRS did not answer GET /xAPI/about');
const storybook = await fetch(`http://127.0.0.1:${storybookPort}/iframe.html`).then(
  (response) => response.status,
  () => 0,
);
if (storybook !== 200) fail(`Storybook answered ${storybook}`);
const modulePage = await fetch(`http://127.0.0.1:${modulePort}/`).then(
  async (response) => (response.ok ? await response.text() : ''),
  () => '',
);
if (!modulePage.includes('<lp-training-module')) fail('the module page was not served');
const launch = await fetch(`http://127.0.0.1:${lmsPort}/launch`, { redirect: 'manual' }).then(
  (response) => response.headers.get('location') ?? '',
  () => '',
);
const launchParameters = launch ? new URL(launch).searchParams : new URLSearchParams();
if (!['endpoint', 'fetch', 'actor', 'registration', 'activityId'].every((name) => launchParameters.has(name))) {
  fail(`the stand-in LMS did not launch the module page: ${launch}`);
}

process.kill(-child.pid, 'SIGINT');
const stopDeadline = Date.now() + 20_000;
while ((await Promise.all(ports.map((port) => portInUse(port)))).some(Boolean)) {
  if (Date.now() > stopDeadline) fail('Ctrl-C did not stop every server within 20 s');
  await new Promise((resolve) => setTimeout(resolve, 250));
}
console.log(
  `check-start: npm start served Storybook, the module page, its cmi5 launch and the LRS (about: ${about.version.join(', ')}) and stopped on Ctrl-C.`,
);
