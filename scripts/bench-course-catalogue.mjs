#!/usr/bin/env node
/**
 * `npm run bench:course-catalogue`: how `<lp-course-catalogue>` from the CDN bundle does with
 * 5,000 courses in headless Chromium (1280 × 900). Needs `npm run build` first. The catalogue is
 * generated from the sample data, the same every run, and every course of it is valid.
 *
 * Each run gives a fresh element the document as its `data` property, with JSON-LD on (the
 * default), in a fresh page, and times from that moment:
 *
 * - **first course painted** (the budgeted figure): until a frame that has a course card's title in
 *   the list has been painted (the title was there when the frame began; the task after its
 *   paint), the end the matrix's and the track's benchmarks use;
 * - **one frame later**: until the animation frame after the one in which a card's title is first
 *   found, so at least one whole frame after it was painted (this script's earlier, stricter end);
 * - **everything**: until the animation frame after the one in which the catalogue is final: no
 *   courses left to check (`checking` is false), and the JSON-LD in the page lists every course
 *   (`numberOfItems` is the number of results, 5,000);
 * - the **longest main-thread task** between the two ends, what a key press or a scroll may have
 *   to wait for meanwhile.
 *
 * Each is timed cold (the page has loaded the CDN bundle, but not the catalogue's chunks: they
 * download and compile during the first render, as when the data is given right away) and with
 * the chunks already loaded by a one-course catalogue (as while a `src` document downloads). Times
 * are wall time in the page and main-thread CPU time (the renderer's thread clock between marks,
 * from a trace: other programs on a busy machine stretch wall time much more than this). A third
 * page times the model's data check alone (`salvageDataDocument`, all at once). After the runs,
 * in one more page: a keystroke in the search (117 keystrokes of four words) to the element's
 * update and to the next painted frame, and the JS heap; then the gzip size of what a catalogue
 * page downloads.
 *
 * With `--against <checkout>`, another checkout of the project (built, and served from its own
 * directory) is measured the same way, its pages taking turns with this checkout's: on a busy
 * machine, runs far apart in time differ more than two versions of the code do.
 *
 *   node scripts/bench-course-catalogue.mjs [--runs 7] [--courses 5000] [--against ../main]
 */
/* global window, document, customElements, requestAnimationFrame, InputEvent -- page.evaluate runs these functions in the browser */
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { ensureBrowser } from './ensure-browser.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const option = (name) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
};
const RUNS = Number(option('runs') ?? 7);
const COURSES = Number(option('courses') ?? 5000);
const AGAINST = option('against') && resolve(option('against'));
const WORDS = ['energy', 'lindenbruck', 'programme design', 'climat'];
const CHECKOUTS = [
  { name: 'this checkout', root },
  ...(AGAINST ? [{ name: `against ${AGAINST}`, root: AGAINST }] : []),
];

for (const checkout of CHECKOUTS) {
  if (!existsSync(join(checkout.root, 'packages/elements/dist/cdn/lp-elements.js'))) {
    console.error(`bench: no CDN bundle in ${checkout.root} yet: run \`npm run build\` there first.`);
    process.exit(1);
  }
}

/** The page's own script: the catalogue data and the model's check, bundled the way they ship, from a checkout's sources. */
async function pageScript(checkout) {
  const result = await build({
    stdin: {
      contents: `
        import sample from './packages/model/sample/lp-sample.json';
        import { salvageDataDocument } from './packages/model/src/index.ts';
        import { largeCatalogue } from './stories/course-catalogue/large-catalogue.ts';
        window.benchData = () => largeCatalogue(sample, ${COURSES});
        window.benchCheck = (data) => salvageDataDocument(data);
      `,
      resolveDir: checkout.root,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    conditions: ['source'],
    logLevel: 'silent',
  });
  return result.outputFiles[0].contents;
}

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
  <script type="module" src="/packages/elements/dist/cdn/lp-elements.js"></script>
  <script type="module" src="/bench.js"></script></head><body></body></html>`;
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };

/** Serves a checkout's files, with the page and its script. */
async function serve(checkout, script) {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    if (path === '/') return response.writeHead(200, { 'Content-Type': 'text/html' }).end(PAGE);
    if (path === '/bench.js') return response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(script);
    try {
      const body = await readFile(join(checkout.root, path));
      response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const percentile = (values, p) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];
const ms = (value) => `${value.toFixed(1)} ms`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const range = (values) => `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}`;
/** A median and the range of the runs: `112.4 ms [98–140]`. */
const spread = (values) => `${ms(median(values))} [${range(values)}]`;

/** A fresh page with the bundle loaded and the data generated (the data's making is not timed). */
async function freshPage(browser, url) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => customElements.get('lp-course-catalogue') && window.benchData);
  await page.evaluate(() => {
    window.data = window.benchData();
  });
  return page;
}

/**
 * Loads and compiles the catalogue's chunks (its view, the virtualiser, the data check) with a
 * one-course catalogue, as a page does while a `src` document downloads.
 */
function warmUp(page) {
  return page.evaluate(
    () =>
      new Promise((done) => {
        const catalogue = document.createElement('lp-course-catalogue');
        catalogue.setAttribute('no-json-ld', '');
        catalogue.data = { ...window.data, courses: window.data.courses.slice(0, 1) };
        document.body.append(catalogue);
        const shown = () => {
          if (catalogue.shadowRoot?.querySelector('lp-course-card')) {
            catalogue.remove();
            done();
          } else requestAnimationFrame(shown);
        };
        shown();
      }),
  );
}

/**
 * Gives a new catalogue the document and times the first course on screen and everything (see
 * the header), in the page, with marks for the trace.
 */
function render(page) {
  return page.evaluate(
    (courses) =>
      new Promise((done) => {
        const catalogue = document.createElement('lp-course-catalogue');
        performance.mark('lp-bench-start');
        const started = performance.now();
        catalogue.data = window.data;
        document.body.append(catalogue);
        let first;
        let painted;
        const cardShown = () =>
          catalogue.shadowRoot
            ?.querySelector('.feed--virtual lp-course-card')
            ?.shadowRoot?.querySelector('[part="title"]');
        const final = () => {
          const script = catalogue.querySelector(':scope > script[data-lp-json-ld]');
          return (
            !catalogue.checking &&
            catalogue.results.length === courses &&
            script !== null &&
            JSON.parse(script.textContent).numberOfItems === courses
          );
        };
        const frame = () => {
          if (painted === undefined && cardShown()) {
            // The title was there as this frame began, so this frame draws it: the task after its paint.
            setTimeout(() => {
              if (painted !== undefined) return;
              painted = performance.now() - started;
              performance.mark('lp-bench-painted');
            });
          }
          if (first === undefined && cardShown()) {
            first = 'found';
            requestAnimationFrame(() => {
              first = performance.now() - started;
              performance.mark('lp-bench-first');
            });
          }
          if (typeof first === 'number' && final()) {
            requestAnimationFrame(() => {
              const everything = performance.now() - started;
              performance.mark('lp-bench-everything');
              done({ painted, first, everything: Math.max(first, everything) });
            });
          } else requestAnimationFrame(frame);
        };
        frame();
      }),
    COURSES,
  );
}

/** Main-thread CPU from the start mark to the first-course and everything marks, and the longest task in between. */
function fromTrace(events) {
  const marks = new Map(
    events
      .filter((event) => event.cat === 'blink.user_timing' && event.name.startsWith('lp-bench-'))
      .map((event) => [event.name.slice('lp-bench-'.length), event]),
  );
  const start = marks.get('start');
  const end = marks.get('everything');
  const tasks = events.filter(
    (event) =>
      event.name === 'ThreadControllerImpl::RunTask' &&
      event.ph === 'X' &&
      event.pid === start.pid &&
      event.tid === start.tid &&
      event.ts < end.ts &&
      event.ts + event.dur > start.ts,
  );
  return {
    cpuPainted: (marks.get('painted').tts - start.tts) / 1000,
    cpuFirst: (marks.get('first').tts - start.tts) / 1000,
    cpuEverything: (end.tts - start.tts) / 1000,
    longest: Math.max(0, ...tasks.map((task) => (task.tdur ?? task.dur) / 1000)),
  };
}

async function timedRender(page) {
  await page.tracing.start({ categories: ['toplevel', 'blink.user_timing'] });
  const wall = await render(page);
  const { traceEvents } = JSON.parse(new TextDecoder().decode(await page.tracing.stop()));
  return { ...wall, ...fromTrace(traceEvents) };
}

/** The model's check of the whole document at once, main-thread CPU (Chromium's ThreadTime). */
async function checkAlone(page) {
  const session = await page.createCDPSession();
  await session.send('Performance.enable');
  const threadTime = async () =>
    (await session.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'ThreadTime').value * 1000;
  const before = await threadTime();
  await page.evaluate(() => {
    window.benchCheck(window.data);
  });
  return (await threadTime()) - before;
}

/** One keystroke: the input event, to the element's update and to the next painted frame. */
function keystroke(page, value) {
  return page.evaluate(
    (text) =>
      new Promise((done) => {
        const catalogue = document.querySelector('lp-course-catalogue');
        const search = catalogue.shadowRoot.querySelector('#search');
        const started = performance.now();
        search.value = text;
        search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        void catalogue.updateComplete.then(() => {
          const updated = performance.now() - started;
          requestAnimationFrame(() => {
            setTimeout(() => done({ updated, painted: performance.now() - started, count: catalogue.results.length }));
          });
        });
      }),
    value,
  );
}

async function heap(page) {
  const session = await page.createCDPSession();
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  return usedSize;
}

/** Keystrokes and heap in a page whose catalogue is final and has folded its search text. */
async function typing(browser, url) {
  const page = await freshPage(browser, url);
  const dataHeap = await heap(page);
  await render(page);
  // The search text is folded while the page is idle after the first render: let it finish.
  await new Promise((done) => setTimeout(done, 1500));
  const heapAfter = await heap(page);
  const updates = [];
  const paints = [];
  for (let round = 0; round < 3; round += 1) {
    for (const word of WORDS) {
      for (let length = 1; length <= word.length; length += 1) {
        const { updated, painted } = await keystroke(page, word.slice(0, length));
        updates.push(updated);
        paints.push(painted);
      }
      await keystroke(page, '');
    }
  }
  await page.close();
  return { dataHeap, heap: heapAfter, updates, paints };
}

async function downloadSizes(checkout) {
  const cdn = join(checkout.root, 'packages/elements/dist/cdn');
  const gzip = async (file) => gzipSync(await readFile(file), { level: 9 }).length;
  const chunks = await readdir(join(cdn, 'chunks'));
  const chunk = async (prefix) => {
    const name = chunks.find((file) => file.startsWith(`${prefix}-`) && file.endsWith('.js'));
    return name ? gzip(join(cdn, 'chunks', name)) : 0;
  };
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  return `CDN bundle ${kb(await gzip(join(cdn, 'lp-elements.js')))}; catalogue view ${kb(await chunk('catalogue-view'))}; data check ${kb(await chunk('data-reader'))}`;
}

const servers = [];
for (const checkout of CHECKOUTS) {
  const served = await serve(checkout, await pageScript(checkout));
  servers.push(served.server);
  Object.assign(checkout, { url: served.url, cold: [], warm: [], check: [] });
}
const browser = await puppeteer.launch({
  executablePath: ensureBrowser(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  for (let run = 0; run < RUNS; run += 1) {
    for (const checkout of CHECKOUTS) {
      const cold = await freshPage(browser, checkout.url);
      checkout.cold.push(await timedRender(cold));
      await cold.close();
      const warm = await freshPage(browser, checkout.url);
      await warmUp(warm);
      checkout.warm.push(await timedRender(warm));
      await warm.close();
      const checking = await freshPage(browser, checkout.url);
      checkout.check.push(await checkAlone(checking));
      await checking.close();
    }
  }
  for (const checkout of CHECKOUTS) Object.assign(checkout, await typing(browser, checkout.url));

  console.log(
    `<lp-course-catalogue>, ${COURSES.toLocaleString('en')} courses, headless Chromium, ${RUNS} runs per checkout; load average ${loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')} on ${cpus().length} cores`,
  );
  console.log('medians [ranges of the runs]; wall time in the page, CPU = main-thread thread time');
  for (const checkout of CHECKOUTS) {
    const column = (runs, key) => runs.map((result) => result[key]);
    console.log(`\n${checkout.name}`);
    for (const [label, runs] of [
      ['cold (chunks load during the render)', checkout.cold],
      ['chunks already loaded', checkout.warm],
    ]) {
      console.log(`  ${label}:`);
      console.log(
        `    first course painted: ${spread(column(runs, 'painted'))} wall, ${spread(column(runs, 'cpuPainted'))} CPU`,
      );
      console.log(
        `    one frame later: ${spread(column(runs, 'first'))} wall, ${spread(column(runs, 'cpuFirst'))} CPU`,
      );
      console.log(
        `    everything (all checked, count and JSON-LD final): ${spread(column(runs, 'everything'))} wall, ${spread(column(runs, 'cpuEverything'))} CPU`,
      );
      console.log(`    longest main-thread task until then: ${spread(column(runs, 'longest'))} CPU`);
    }
    console.log(`  the model's data check alone (salvageDataDocument at once): ${spread(checkout.check)} CPU`);
    console.log(
      `  keystroke → results: element updated ${ms(median(checkout.updates))} (p95 ${ms(percentile(checkout.updates, 0.95))}), next painted frame ${ms(median(checkout.paints))} (p95 ${ms(percentile(checkout.paints, 0.95))}), ${checkout.updates.length} keystrokes`,
    );
    console.log(
      `  JS heap after render (after GC): ${mb(checkout.heap)}; the generated document alone: ${mb(checkout.dataHeap)}`,
    );
    console.log(`  download (gzip -9): ${await downloadSizes(checkout)}`);
  }
} finally {
  await browser.close();
  for (const server of servers) server.close();
}
