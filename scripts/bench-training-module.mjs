#!/usr/bin/env node
/**
 * `npm run bench:training-module`: what restoring the learner record costs `<lp-training-module>`
 * in headless Chromium. The page is built the way the CDN bundle is (esbuild, minified, split
 * into chunks, so the remote record stores are a chunk of their own) and shows the sample module.
 * Three routes, each drawn `--runs` times (fresh elements, after warm-up runs):
 *
 * - `new learner`: nothing stored, no recorder: the baseline first screen;
 * - `local record`: a record in localStorage, no recorder: are its levels in the first screen?
 * - `LRS record`: inside `<lp-xapi-recorder>` with an LRS that has a State API (the tests' State
 *   LRS on 127.0.0.1), the record stored there only (a second device): how many LRS requests go
 *   out before the levels show, and whether the first screen waits for them.
 *
 * "First screen" runs from connecting the module to the matrix's table laid out; "levels" to the
 * matrix showing the stored levels. Medians, wall time. Not a test: it prints numbers.
 *
 *   npm run bench:training-module [-- --runs 15]
 */
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { ensureBrowser } from './ensure-browser.mjs';
import { startStateLrs } from './test-support/state-lrs.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runsFlag = process.argv.indexOf('--runs');
const RUNS = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 15;
const WARM_UP_RUNS = 3;

const PAGE_CODE = `
import './packages/elements/src/xapi-recorder/define.ts';
import './packages/elements/src/training-module/define.ts';
import { LpLevelChangeEvent } from './packages/elements/src/base/events/level-change-event.ts';

const LEARNER = 'lp-learner';
const matrixOf = (module) => module.shadowRoot?.querySelector('lp-skill-gap-matrix');
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** Resolves with the time \`check\` first holds, looked at every frame and on every change in the module. */
function when(check, started) {
  return new Promise((resolve) => {
    const look = () => {
      if (!check()) return requestAnimationFrame(look);
      resolve(performance.now() - started);
    };
    look();
  });
}

function place({ data, endpoint, actor }) {
  const module = document.createElement('lp-training-module');
  module.data = structuredClone(data);
  if (!endpoint) return { top: module, module };
  const recorder = document.createElement('lp-xapi-recorder');
  recorder.setAttribute('endpoint', endpoint);
  recorder.setAttribute('auth', 'Basic YmVuY2g6YmVuY2g=');
  recorder.setAttribute('actor-name', actor);
  recorder.setAttribute('actor-home-page', 'https://university.example');
  recorder.setAttribute('activity', 'https://university.example/lp-module');
  recorder.append(module);
  return { top: recorder, module };
}

const forgetLocalCopies = () => {
  for (const key of Object.keys(localStorage)) if (key.startsWith('lp-record:')) localStorage.removeItem(key);
};

/** Stores a record the way a learner makes one: two levels set, then the page left. */
window.lpSeed = async (options, skills) => {
  const { top, module } = place(options);
  document.body.append(top);
  await when(() => matrixOf(module)?.shadowRoot?.querySelector('table'), performance.now());
  skills.forEach((skill, index) => {
    matrixOf(module).dispatchEvent(new LpLevelChangeEvent({ person: LEARNER, skill, oldLevel: undefined, newLevel: 2 + index }));
  });
  await frame();
  top.remove();
  await new Promise((resolve) => setTimeout(resolve, 1500));
};

window.lpRun = async (options, skill, { keepLocal }) => {
  if (!keepLocal) forgetLocalCopies();
  await frame();
  const { top, module } = place(options);
  const started = performance.now();
  document.body.append(top);
  const table = () => matrixOf(module)?.shadowRoot?.querySelector('table');
  const firstScreen = await when(() => {
    if (!table()) return false;
    table().getBoundingClientRect();
    return true;
  }, started);
  const levelsInFirstScreen = skill ? matrixOf(module).levels[LEARNER]?.[skill] !== undefined : undefined;
  const levels = skill ? await when(() => matrixOf(module)?.levels[LEARNER]?.[skill] !== undefined, started) : undefined;
  top.remove();
  return { firstScreen, levels, levelsInFirstScreen };
};
`;

async function pageFiles() {
  const result = await build({
    stdin: { contents: PAGE_CODE, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    splitting: true,
    format: 'esm',
    outdir: '/bench',
    write: false,
    conditions: ['source'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  return new Map(result.outputFiles.map((file) => [`/${file.path.split('/').pop()}`, file.text]));
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const data = JSON.parse(await readFile(join(root, 'packages/model/sample/lp-sample.json'), 'utf8'));
const skills = data.frameworks[0].skills.slice(0, 2).map((skill) => skill.id);
const files = await pageFiles();
const server = http.createServer((request, response) => {
  const path = new URL(request.url, 'http://bench').pathname;
  if (path === '/') {
    response.writeHead(200, { 'Content-Type': 'text/html' });
    response.end('<!doctype html><html lang="en"><body><script type="module" src="/stdin.js"></script></body></html>');
    return;
  }
  const code = files.get(path);
  response.writeHead(code ? 200 : 404, { 'Content-Type': 'text/javascript' });
  response.end(code ?? '');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const lrs = await startStateLrs();
const browser = await puppeteer.launch({
  executablePath: ensureBrowser(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'networkidle0' });
  await page.waitForFunction('window.lpRun !== undefined');
  console.log(
    `${await browser.version()}, ${RUNS} runs per route after ${WARM_UP_RUNS} warm-up runs; the sample module`,
  );
  console.log(
    `load average ${loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')} on ${cpus().length} cores\n`,
  );

  const local = { data };
  const remote = { data, endpoint: lrs.endpoint, actor: 'bench-learner' };
  const measure = async (options, skill, keepLocal) => {
    const runs = [];
    for (let run = 0; run < WARM_UP_RUNS + RUNS; run += 1) {
      const before = lrs.requests.length;
      const result = await page.evaluate(
        (o, s, k) => globalThis.lpRun(o, s, { keepLocal: k }),
        options,
        skill,
        keepLocal,
      );
      const stateRequests = lrs.requests
        .slice(before)
        .filter((entry) => entry.resource === 'activities/state' && entry.method === 'GET').length;
      if (run >= WARM_UP_RUNS) runs.push({ ...result, stateRequests });
    }
    return runs;
  };

  const baseline = await measure(local, undefined, false);
  await page.evaluate((o, s) => globalThis.lpSeed(o, s), local, skills);
  const localRuns = await measure(local, skills[0], true);
  await page.evaluate(() => localStorage.clear());
  await page.evaluate((o, s) => globalThis.lpSeed(o, s), remote, skills);
  const remoteRuns = await measure(remote, skills[0], false);

  const row = (name, runs) => {
    const first = median(runs.map((run) => run.firstScreen)).toFixed(1);
    const levels = runs[0].levels === undefined ? '—' : median(runs.map((run) => run.levels)).toFixed(1);
    const inFirst =
      runs[0].levelsInFirstScreen === undefined
        ? '—'
        : `${runs.filter((run) => run.levelsInFirstScreen).length}/${runs.length}`;
    const requests = runs.map((run) => run.stateRequests);
    console.log(
      `${name.padEnd(14)} first screen ${first.padStart(6)} ms · levels shown ${levels.padStart(6)} ms · levels in the first screen ${inFirst} · State GETs before levels ${Math.min(...requests)}–${Math.max(...requests)}`,
    );
  };
  row('new learner', baseline);
  row('local record', localRuns);
  row('LRS record', remoteRuns);
} finally {
  await browser.close();
  await lrs.stop();
  server.close();
}
