#!/usr/bin/env node
/**
 * `npm run bench:career-track`: how fast `<lp-career-track>` draws a 40-step track with 6 forks
 * in headless Chromium, and how fast a step opens. The page is built the way the CDN bundle is
 * (esbuild, minified, Lit's production build, the computations as their own chunk) from a
 * generated document: the sample's skills and 64 courses, 40 role profiles, one person. A first
 * render runs from connecting a new element with its document (a fresh copy, so nothing is
 * cached) to its steps laid out: checking the data, career progress with effort for 40 steps,
 * the templates, style and layout. Each figure is the median of many runs after both layouts
 * have warmed up, as wall time and as main-thread CPU time (from a trace; steadier on a busy
 * machine); the first run (the browser compiling the code) is printed too. Not a test: it prints
 * numbers.
 *
 * With `--against <checkout>`, the element from another checkout of the project (its own
 * sources, model included) is drawn in the same page, its runs taking turns with this one's:
 * on a busy machine, runs far apart in time differ more than two versions of the code do.
 *
 *   npm run bench:career-track [-- --runs 30] [-- --against /path/to/other/checkout]
 */
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { ensureBrowser } from './ensure-browser.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runsFlag = process.argv.indexOf('--runs');
const RUNS = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 30;
/** Unmeasured renders and opens of each layout before any is measured. */
const WARM_UP_RUNS = 10;
const ORIENTATIONS = ['vertical', 'horizontal'];
const againstFlag = process.argv.indexOf('--against');
const AGAINST = againstFlag > 0 ? resolve(process.argv[againstFlag + 1]) : undefined;
/** Width of the first column: the layout, and the version when comparing. */
const LABEL = AGAINST ? 26 : 12;
/** The element of each version drawn, under its own tag: this checkout's first. */
const VERSIONS = [
  { name: 'this checkout', tag: 'lp-career-track' },
  ...(AGAINST ? [{ name: 'against', tag: 'lp-career-track-against' }] : []),
];
const BASE = 'https://lp-elements.example/bench';

/**
 * A track of 40 steps: two in a row, then six times a step that forks into three paths (two
 * steps, two steps, one step) joining at the step that forks next, then the last join and one
 * last step. Each step requires its own role's levels on the sample's skills.
 */
function benchTrack(skills) {
  const steps = [];
  const roles = [];
  const add = (id, next, depth) => {
    const required = Object.fromEntries(
      skills.filter((_, index) => (index + depth) % 3 !== 0).map((skill, index) => [skill, 1 + ((index + depth) % 5)]),
    );
    roles.push({ id: `role-${id}`, kind: 'role', name: `Role ${id}`, levels: required });
    steps.push({
      id,
      title: { en: `Step ${id}`, de: `Schritt ${id}` },
      summary: `What step ${id} is about.`,
      requires: `role-${id}`,
      duration: 'P1Y6M',
      ...(depth % 4 === 0 ? { credential: { kind: 'certificate', name: `Certificate ${id}` } } : {}),
      ...(next.length > 0 ? { next } : {}),
    });
  };
  add('s1', ['s2'], 1);
  add('s2', ['s3'], 2);
  let from = 's3';
  for (let fork = 1; fork <= 6; fork += 1) {
    const join = `j${fork}`;
    const paths = [[`f${fork}a1`, `f${fork}a2`], [`f${fork}b1`, `f${fork}b2`], [`f${fork}c1`]];
    add(
      from,
      paths.map((path) => path[0]),
      2 + fork,
    );
    for (const path of paths) {
      path.forEach((id, index) => add(id, [path[index + 1] ?? join], 3 + fork));
    }
    from = join;
  }
  add(from, ['end'], 9);
  add('end', [], 10);
  return { steps, roles };
}

async function benchDocument() {
  const sample = JSON.parse(await readFile(join(root, 'packages/model/sample/lp-sample.json'), 'utf8'));
  const skills = sample.frameworks.flatMap((framework) => framework.skills.map((skill) => skill.id));
  const { steps, roles } = benchTrack(skills);
  if (steps.length !== 40) throw new Error(`the bench track has ${steps.length} steps, not 40`);
  const person = {
    id: 'bench-person',
    kind: 'person',
    name: 'Bench Person',
    levels: Object.fromEntries(skills.map((skill, index) => [skill, 2 + (index % 3)])),
  };
  return {
    lang: 'en',
    frameworks: sample.frameworks,
    profiles: [...roles, person],
    courses: sample.courses,
    tracks: [{ id: `${BASE}/tracks/forty`, name: 'Forty steps, six forks', steps }],
  };
}

/** Each checkout's sources read its own packages (a checkout's `node_modules` may link to another's). */
const ownPackages = {
  name: 'own-packages',
  setup(builder) {
    builder.onResolve({ filter: /^@lp-elements\/(model|xapi)$/ }, (args) => {
      const checkout = AGAINST && args.importer.startsWith(`${AGAINST}/`) ? AGAINST : root;
      return { path: join(checkout, 'packages', args.path.split('/')[1], 'src/index.ts') };
    });
  },
};

/** Defines the other checkout's element under its own tag. */
const againstCode = () =>
  AGAINST
    ? `import { LpCareerTrack as Against } from ${JSON.stringify(join(AGAINST, 'packages/elements/src/career-track/career-track.ts'))};
customElements.define('lp-career-track-against', Against);`
    : '';

/** The page's code, split like the CDN bundle: the element, then its computations and the data reader on demand. */
async function pageFiles() {
  const result = await build({
    stdin: { contents: PAGE_CODE + againstCode(), resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    splitting: true,
    format: 'esm',
    outdir: '/bench',
    write: false,
    conditions: ['source'],
    plugins: AGAINST ? [ownPackages] : [],
    logLevel: 'error',
  });
  return new Map(result.outputFiles.map((file) => [`/${file.path.split('/').pop()}`, file.text]));
}

/**
 * The page's own code: the element, and a function that measures first renders of fresh
 * elements (each given a fresh copy of the document, so nothing is cached), then opening steps
 * one after another.
 */
const PAGE_CODE = `
import './packages/elements/src/career-track/define.ts';

/** Resolves once the element shows its steps, laid out. */
function drawn(element) {
  const found = () => element.shadowRoot?.querySelector('[data-step]');
  return new Promise((resolve) => {
    if (found()) return resolve();
    const observer = new MutationObserver(() => {
      if (!found()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(element.shadowRoot, { childList: true, subtree: true });
  }).then(async () => {
    await element.updateComplete;
    element.shadowRoot.querySelector('ol').getBoundingClientRect();
  });
}

function track(document, tag, orientation, data) {
  const element = document.createElement(tag);
  element.setAttribute('orientation', orientation);
  element.setAttribute('current', 'bench-person');
  element.now = new Date('2026-11-28T12:00:00Z');
  element.data = data;
  return element;
}

/** Runs take turns between the versions' tags: run n draws tags[n % tags.length]. */
window.lpBench = async (data, orientation, runs, tags) => {
  const first = [];
  for (let run = 0; run < (runs + 1) * tags.length; run += 1) {
    const element = track(document, tags[run % tags.length], orientation, structuredClone(data));
    performance.mark('lp-bench-start');
    const started = performance.now();
    document.body.append(element);
    await drawn(element);
    first.push(performance.now() - started);
    performance.mark('lp-bench-end');
    element.remove();
  }
  const elements = tags.map((tag) => track(document, tag, orientation, data));
  document.body.append(...elements);
  for (const element of elements) await drawn(element);
  const buttons = elements.map((element) => [...element.shadowRoot.querySelectorAll('[data-step] > .card > .toggle')]);
  const open = [];
  for (let run = 0; run < (runs + 1) * tags.length; run += 1) {
    const version = run % tags.length;
    const element = elements[version];
    performance.mark('lp-bench-start');
    const started = performance.now();
    buttons[version][Math.floor(run / tags.length) % buttons[version].length].click();
    await element.updateComplete;
    element.shadowRoot.querySelector('ol').getBoundingClientRect();
    open.push(performance.now() - started);
    performance.mark('lp-bench-end');
  }
  for (const element of elements) element.remove();
  return { first, open, steps: buttons.map((list) => list.length) };
};
`;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${value.toFixed(1).padStart(5)} ms`;

/**
 * Main-thread CPU time of each measured run, from a trace: the difference of the thread clock
 * (`tts`) between each pair of `lp-bench-start` / `lp-bench-end` marks. Other programs on a busy
 * machine stretch wall time, not this.
 */
function cpuPerRun(events) {
  const marks = events.filter((event) => event.cat === 'blink.user_timing' && event.name.startsWith('lp-bench-'));
  const runs = [];
  for (let index = 0; index + 1 < marks.length; index += 2) runs.push((marks[index + 1].tts - marks[index].tts) / 1000);
  return runs;
}

const document = await benchDocument();
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
const browser = await puppeteer.launch({
  executablePath: ensureBrowser(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'networkidle0' });
  await page.waitForFunction('window.lpBench !== undefined');
  const version = await browser.version();
  console.log(
    `${version}, ${RUNS} runs each after ${WARM_UP_RUNS} warm-up runs of both layouts and one more; a 40-step track with 6 forks, 64 courses`,
  );
  console.log(
    `load average ${loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')} on ${cpus().length} cores\n`,
  );
  console.log('medians of wall time, main-thread CPU time and (the first run of all, before the warm-up)\n');
  if (AGAINST) console.log(`against: the element of ${AGAINST}, its runs taking turns with this checkout's\n`);
  const tags = VERSIONS.map((version) => version.tag);
  // Both layouts warm up before either is measured: the layout measured first used to come out
  // about 5 ms slower, whichever it was, while the engine was still optimising the code.
  const firstRuns = new Map();
  for (const orientation of ORIENTATIONS) {
    const { first, open } = await page.evaluate(
      `window.lpBench(${JSON.stringify(document)}, ${JSON.stringify(orientation)}, ${WARM_UP_RUNS}, ${JSON.stringify(tags)})`,
    );
    firstRuns.set(orientation, { first, open });
  }
  console.log('layout'.padEnd(LABEL), 'first render'.padEnd(34), 'opening a step');
  for (const orientation of ORIENTATIONS) {
    await page.tracing.start({ categories: ['toplevel', 'blink.user_timing'] });
    const { first, open, steps } = await page.evaluate(
      `window.lpBench(${JSON.stringify(document)}, ${JSON.stringify(orientation)}, ${RUNS}, ${JSON.stringify(tags)})`,
    );
    const { traceEvents } = JSON.parse(new TextDecoder().decode(await page.tracing.stop()));
    if (steps.some((count) => count !== 40)) throw new Error(`the page shows ${steps.join(' and ')} steps, not 40`);
    const cpu = cpuPerRun(traceEvents);
    const firstCpu = cpu.slice(0, first.length);
    const openCpu = cpu.slice(first.length);
    const figures = (wall, thread, firstRun) =>
      `${ms(median(wall.slice(1)))}  cpu ${ms(median(thread.slice(1)))}  (${ms(firstRun)})`;
    const warmUp = firstRuns.get(orientation);
    VERSIONS.forEach((version, index) => {
      const mine = (values) => values.filter((_, run) => run % VERSIONS.length === index);
      const label = VERSIONS.length > 1 ? `${orientation}, ${version.name}` : orientation;
      console.log(
        label.padEnd(LABEL),
        figures(mine(first), mine(firstCpu), warmUp.first[index]).padEnd(34),
        figures(mine(open), mine(openCpu), warmUp.open[index]),
      );
    });
  }
  console.log('\nBudget: first render ≤ 20 ms, opening a step ≤ 8 ms.');
} finally {
  await browser.close();
  server.close();
}
