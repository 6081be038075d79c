#!/usr/bin/env node
/**
 * `npm run bench:skill-gap-matrix`: how fast <lp-skill-gap-matrix> renders a team of 40 people
 * against 150 skills (6,000 level cells) in headless Chromium, and how fast one level change is
 * shown, each next to a plain `innerHTML` table of the same cells built in the same page and run.
 * The page is built from the sources the way the CDN bundle is (esbuild, minified, Lit's
 * production build, the data reader and the matrix's module as chunks of their own); the data is
 * generated with a fixed seed. Each step is timed as wall time and as main-thread CPU time (the
 * renderer's thread clock between two marks, from a trace; other programs on a busy machine
 * stretch wall time much more than this).
 *
 * Steps, each on a matrix that has read its data and is then given the team (`current`):
 * - first render: until the next frame has been drawn: the header and the rows that fit the
 *   window are in the DOM, styled, laid out and painted (the grid makes its other rows in later
 *   frames); the plain table ends at the same point, with all its cells;
 * - every row in the DOM: until the grid has made its last row (`aria-busy` gone);
 * - every row in the DOM and laid out: until, in addition, no row skips its rendering any more
 *   (rows out of view are drawn a slice per frame for the accessibility tree), layout forced;
 * - the longest main-thread task from the first frame drawn to that point (the fill), as thread
 *   time, next to the plain table's longest task: what a key press during the fill may wait for;
 * - one level change: a key press to the grid laid out again (layout forced), once every row is
 *   in the DOM and drawn.
 * Not a test: it prints medians.
 *
 *   npm run bench:skill-gap-matrix [-- --runs 15]
 */
/* global document, window, customElements, getComputedStyle, requestAnimationFrame, KeyboardEvent -- used by the functions that run in the page */
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { ensureBrowser } from './ensure-browser.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runsArgument = process.argv.indexOf('--runs');
const RUNS = runsArgument > 0 ? Number(process.argv[runsArgument + 1]) : 15;
const SKILLS = 150;
const PEOPLE = 40;
const BASE = 'https://lp-elements.example/bench';

/** A small deterministic generator (a linear congruential one), so runs compare. */
function seeded(seed) {
  let state = seed;
  return (limit) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % limit;
  };
}

/** One framework of 150 skills in 10 groups on a 1–5 scale, a role requiring all, 40 people and their team. */
function benchDocument() {
  const random = seeded(20261129);
  const skills = Array.from({ length: SKILLS }, (_, index) => ({
    id: `${BASE}/skills/s${index}`,
    name: { en: `Skill ${index}`, de: `Kompetenz ${index}` },
    description: `What skill ${index} is about.`,
    group: `g${index % 10}`,
  }));
  const levels = [1, 2, 3, 4, 5].map((value) => ({
    value,
    name: `Level ${value}`,
    description: `Level ${value} means …`,
  }));
  const people = Array.from({ length: PEOPLE }, (_, index) => ({
    id: `person-${index}`,
    kind: 'person',
    name: `Person ${index}`,
    role: 'role-bench',
    // About one skill in twelve is not assessed.
    levels: Object.fromEntries(skills.flatMap((skill) => (random(12) === 0 ? [] : [[skill.id, 1 + random(5)]]))),
  }));
  return {
    lang: 'en',
    frameworks: [
      {
        id: `${BASE}/framework`,
        name: 'Bench framework',
        scale: { levels },
        groups: Array.from({ length: 10 }, (_, index) => ({ id: `g${index}`, name: `Group ${index}` })),
        skills,
      },
    ],
    profiles: [
      {
        id: 'role-bench',
        kind: 'role',
        name: 'Bench role',
        levels: Object.fromEntries(skills.map((skill) => [skill.id, 1 + random(5)])),
      },
      ...people,
      { id: 'team-bench', kind: 'team', name: 'Bench team', members: people.map((person) => person.id) },
    ],
  };
}

/** The page's code as the CDN is built: the element in the entry, the data reader and the matrix's module as chunks. */
async function pageFiles() {
  const result = await build({
    stdin: {
      contents: "import '@lp-elements/elements/skill-gap-matrix/define.js';",
      resolveDir: root,
      loader: 'js',
    },
    bundle: true,
    minify: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['source'],
    tsconfig: join(root, 'tsconfig.base.json'),
    outdir: '/bench',
    write: false,
    logLevel: 'silent',
  });
  return new Map(result.outputFiles.map((file) => [`/${file.path.split('/').pop()}`, file.text]));
}

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script type="module" src="/stdin.js"></script></head><body></body></html>`;

/** Sets up the page: the data, the plain table builder and helpers, on `window.bench`. */
function preparePage(data) {
  const framework = data.frameworks[0];
  const people = data.profiles.filter((profile) => profile.kind === 'person');
  const levelNames = new Map(framework.scale.levels.map((level) => [level.value, level.name]));
  const required = data.profiles[0].levels;
  const escape = (text) =>
    String(text).replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);
  const settle = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  window.bench = {
    data,
    settle,
    /** The same cells as plain HTML (skill, required, 40 levels, meeting, shortfall), built and laid out. */
    plainTable(changed) {
      let container = document.querySelector('#plain');
      if (!container) {
        container = document.createElement('div');
        container.id = 'plain';
        document.body.append(container);
      }
      let html = '<table><caption>Bench team</caption><thead><tr><th>Skill</th><th>Required</th>';
      for (const person of people) html += `<th>${escape(person.name)}</th>`;
      html += '<th>Meet it</th><th>Levels short</th></tr></thead><tbody>';
      for (const skill of framework.skills) {
        const need = required[skill.id];
        let meeting = 0;
        let shortfall = 0;
        html += `<tr><th>${escape(skill.name.en)}</th><td>${escape(levelNames.get(need))}</td>`;
        for (const person of people) {
          const level =
            changed && person.id === people[7].id && skill.id === framework.skills[3].id ? 5 : person.levels[skill.id];
          const value = level ?? 0;
          if (value >= need) meeting += 1;
          else shortfall += need - value;
          html += `<td class="${value < need ? 'below' : ''}">${level ?? '–'}</td>`;
        }
        html += `<td>${meeting} of ${people.length}</td><td>${shortfall}</td></tr>`;
      }
      container.innerHTML = `${html}</tbody></table>`;
      void container.offsetHeight;
    },
    /** Marks an edge of a sub-step of the current run (see `cpuTimes`). */
    mark(key, edge) {
      performance.mark(`lp-bench-${key}-${window.bench.run}:${edge}`);
    },
    /** Resolves once the team grid has made its last row (at once for a grid made in one go). */
    async everyRowInDom() {
      const table = document.querySelector('lp-skill-gap-matrix').shadowRoot.querySelector('table');
      while (table.hasAttribute('aria-busy')) await new Promise((resolve) => requestAnimationFrame(resolve));
      if (table.querySelectorAll('tr[data-skill]').length !== framework.skills.length) throw new Error('rows missing');
    },
    /** Resolves once every row is in the DOM and none is skipped any more, laid out. */
    async everyRowDrawn() {
      await window.bench.everyRowInDom();
      const table = document.querySelector('lp-skill-gap-matrix').shadowRoot.querySelector('table');
      const skipping = () =>
        [...table.querySelectorAll('tr[data-skill]')].some((row) => getComputedStyle(row).contentVisibility === 'auto');
      while (skipping()) await new Promise((resolve) => requestAnimationFrame(resolve));
      void table.offsetHeight;
    },
    /** A matrix for the team with the data; `current` unset leaves it waiting with its data read. */
    async matrix(current) {
      const element = document.createElement('lp-skill-gap-matrix');
      if (current) element.setAttribute('current', current);
      element.toggleAttribute('editable', true);
      element.data = data;
      document.body.append(element);
      while (!element.shadowRoot?.querySelector(current ? 'table' : '[role="alert"]')) {
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      await element.updateComplete;
      void element.shadowRoot.querySelector('table')?.offsetHeight;
      return element;
    },
    /** Puts the grid's focus on person 7's level in skill 3 the way a user does (click, arrows). */
    focusLevel() {
      const table = document.querySelector('lp-skill-gap-matrix').shadowRoot.querySelector('table');
      table.querySelectorAll('tbody tr[data-skill]')[3].querySelector('th').click();
      for (let step = 0; step < 2 + 7; step += 1) {
        table.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
      }
    },
    /** Presses + (or − at the top of the scale) on that level; resolves once the grid is laid out again. */
    async changeLevel() {
      const element = document.querySelector('lp-skill-gap-matrix');
      const table = element.shadowRoot.querySelector('table');
      const cell = table.querySelectorAll('tbody tr[data-skill]')[3].cells[2 + 7];
      const key = cell.textContent.trim().endsWith('5') ? '-' : '+';
      table.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      await element.updateComplete;
      void table.offsetHeight;
    },
  };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * Times `action` in the page: wall time there, and marks around it (`lp-bench-<label>`) whose
 * thread clocks the trace gives afterwards (see `cpuTimes`).
 */
async function timed(page, label, action) {
  return page.evaluate(
    async (body, mark) => {
      performance.mark(`${mark}:start`);
      const start = performance.now();
      await new Function(`return (${body})()`)();
      const wall = performance.now() - start;
      performance.mark(`${mark}:end`);
      return wall;
    },
    action.toString(),
    `lp-bench-${label}`,
  );
}

/** Main-thread CPU time of each timed step, by label: the thread clock (`tts`) from its start mark to its end mark. */
function cpuTimes(events) {
  const starts = new Map();
  const times = new Map();
  for (const event of events) {
    if (event.cat !== 'blink.user_timing' || !event.name.startsWith('lp-bench-') || event.tts === undefined) continue;
    const [label, edge] = event.name.slice('lp-bench-'.length).split(':');
    if (edge === 'start') starts.set(label, event.tts);
    else if (starts.has(label)) {
      const key = label.replace(/-\d+$/, '');
      times.set(key, [...(times.get(key) ?? []), (event.tts - starts.get(label)) / 1000]);
    }
  }
  return times;
}

/**
 * The longest main-thread task inside each run of a step (a task counts if it overlaps the step),
 * as thread time: what a key press during the step may wait for. Tasks are the trace's top-level
 * tasks on the marks' thread.
 */
function longestTasks(events, key) {
  const marks = events.filter(
    (event) => event.cat === 'blink.user_timing' && event.name.startsWith(`lp-bench-${key}-`),
  );
  const thread = marks[0] && { pid: marks[0].pid, tid: marks[0].tid };
  const tasks = events.filter(
    (event) =>
      event.name === 'ThreadControllerImpl::RunTask' &&
      event.ph === 'X' &&
      event.pid === thread?.pid &&
      event.tid === thread?.tid,
  );
  const longest = [];
  for (const start of marks.filter((mark) => mark.name.endsWith(':start'))) {
    const end = marks.find((mark) => mark.name === start.name.replace(':start', ':end'));
    if (!end) continue;
    const inside = tasks.filter((task) => task.ts < end.ts && task.ts + task.dur > start.ts);
    longest.push(Math.max(0, ...inside.map((task) => (task.tdur ?? task.dur) / 1000)));
  }
  return longest;
}

const files = await pageFiles();
const data = benchDocument();
const server = createServer((request, response) => {
  const code = files.get(request.url);
  if (code) response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(code);
  else response.writeHead(200, { 'Content-Type': 'text/html' }).end(PAGE);
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
  await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'load' });
  await page.evaluate(preparePage, data);
  await page.evaluate(() => customElements.whenDefined('lp-skill-gap-matrix'));
  const wall = { plain: [], total: [], render: [], inDom: [], renderAll: [], fill: [], change: [], plainChange: [] };
  const clear = () =>
    page.evaluate(() => {
      document.body.replaceChildren();
      return window.bench.settle();
    });
  // One warm-up round (the browser compiling the code, the chunks fetched), left out of the medians.
  for (let run = 0; run <= RUNS; run += 1) {
    if (run === 1) await page.tracing.start({ categories: ['toplevel', 'blink.user_timing'] });
    await page.evaluate((current) => {
      window.bench.run = current;
    }, run);
    const measure = async (key, action) => {
      const time = await timed(page, `${key}-${run}`, action);
      if (run > 0) wall[key].push(time);
    };
    await clear();
    await measure('plain', async () => {
      window.bench.plainTable(false);
      await window.bench.settle();
    });
    await measure('plainChange', () => window.bench.plainTable(true));
    await clear();
    await measure('total', async () => {
      await window.bench.matrix('team-bench');
      await window.bench.settle();
    });
    const waitingMatrix = () =>
      page.evaluate(async () => {
        document.body.replaceChildren();
        await window.bench.matrix();
        await window.bench.settle();
      });
    await waitingMatrix();
    const fill = await timed(page, `renderAll-${run}`, async () => {
      const { bench } = window;
      const start = performance.now();
      bench.mark('inDom', 'start');
      const element = document.querySelector('lp-skill-gap-matrix');
      element.setAttribute('current', 'team-bench');
      await element.updateComplete;
      await bench.settle();
      bench.mark('fill', 'start');
      const firstFrame = performance.now();
      await bench.everyRowInDom();
      bench.mark('inDom', 'end');
      bench.inDom = performance.now() - start;
      await bench.everyRowDrawn();
      bench.mark('fill', 'end');
      bench.fill = performance.now() - firstFrame;
    });
    if (run > 0) {
      wall.renderAll.push(fill);
      const { inDom, fill: afterFirstFrame } = await page.evaluate(() => ({
        inDom: window.bench.inDom,
        fill: window.bench.fill,
      }));
      wall.inDom.push(inDom);
      wall.fill.push(afterFirstFrame);
    }
    await waitingMatrix();
    await measure('render', async () => {
      const element = document.querySelector('lp-skill-gap-matrix');
      element.setAttribute('current', 'team-bench');
      await element.updateComplete;
      void element.shadowRoot.querySelector('table').offsetHeight;
      await window.bench.settle();
    });
    await page.evaluate(() => window.bench.everyRowDrawn());
    await page.evaluate(async () => {
      window.bench.focusLevel();
      await document.querySelector('lp-skill-gap-matrix').updateComplete;
      await window.bench.settle();
    });
    await measure('change', () => window.bench.changeLevel());
  }
  const { traceEvents } = JSON.parse(new TextDecoder().decode(await page.tracing.stop()));
  const cpu = cpuTimes(traceEvents);
  const longestInFill = median(longestTasks(traceEvents, 'fill'));
  const longestInPlain = median(longestTasks(traceEvents, 'plain'));
  const cells = await page.evaluate(
    () => document.querySelector('lp-skill-gap-matrix').shadowRoot.querySelectorAll('td.level').length,
  );
  const pick = (times, key) => median(times.get?.(key) ?? times[key]);
  const ms = (value) => `${value.toFixed(1)} ms`.padStart(9);
  const figure = (times, key, base) =>
    `${ms(pick(times, key))}${base ? ` (${(pick(times, key) / pick(times, base)).toFixed(2)}×)` : '        '}`;
  const row = (label, key, base) =>
    console.log(`${label.padEnd(46)} wall ${figure(wall, key, base)}   CPU ${figure(cpu, key, base)}`);
  console.log(
    `${await browser.version()}, ${cpus().length} cores, load average ${loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')}`,
  );
  console.log(
    `<lp-skill-gap-matrix>, ${SKILLS} skills × ${PEOPLE} people (${cells} level cells), medians of ${RUNS} runs after one warm-up; (×) = ratio to the plain innerHTML table`,
  );
  row('plain innerHTML table, built + first frame', 'plain');
  row('first render: first screen, first frame', 'render', 'plain');
  row('first render with reading the data', 'total', 'plain');
  row('every row in the DOM', 'inDom', 'plain');
  row('every row in the DOM and laid out', 'renderAll', 'plain');
  row('  of which after the first frame (the fill)', 'fill', 'plain');
  row('plain innerHTML table rebuilt for one change', 'plainChange');
  row('one level change: key press → laid out', 'change', 'plainChange');
  console.log(
    `${'longest main-thread task during the fill'.padEnd(46)}                       CPU ${ms(longestInFill)} (${(longestInFill / longestInPlain).toFixed(2)}× the plain table's longest, ${ms(longestInPlain).trim()})`,
  );
  console.log('\nBudget: first render ≤ 60 ms, one level change ≤ 8 ms.');
} finally {
  await browser.close();
  server.close();
}
