#!/usr/bin/env node
/**
 * `npm run bench:course-catalogue`: how `<lp-course-catalogue>` from the CDN bundle does with
 * 5,000 courses in headless Chromium. Prints medians for the first render (a fresh page each
 * run), a keystroke in the search (to the element's update, and to the next painted frame), the
 * JS heap after rendering, and the gzip size of what a catalogue page downloads. Needs
 * `npm run build` first. The catalogue is generated from the sample data, the same every run.
 *
 *   node scripts/bench-course-catalogue.mjs [--runs 7] [--courses 5000]
 */
/* global window, document, customElements, requestAnimationFrame, InputEvent -- page.evaluate runs these functions in the browser */
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { ensureBrowser } from './ensure-browser.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const option = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
};
const RUNS = option('runs', 7);
const COURSES = option('courses', 5000);
const WORDS = ['energy', 'lindenbruck', 'programme design', 'climat'];
const cdn = join(root, 'packages/elements/dist/cdn');

if (!existsSync(join(cdn, 'lp-elements.js'))) {
  console.error('bench: no CDN bundle yet: run `npm run build` first.');
  process.exit(1);
}

/** The page's own script: the catalogue data and the model's check, bundled the way they ship. */
async function pageScript() {
  const result = await build({
    stdin: {
      contents: `
        import sample from './packages/model/sample/lp-sample.json';
        import { salvageDataDocument } from './packages/model/src/index.ts';
        import { largeCatalogue } from './stories/course-catalogue/large-catalogue.ts';
        window.benchData = () => largeCatalogue(sample, ${COURSES});
        window.benchCheck = (data) => salvageDataDocument(data);
      `,
      resolveDir: root,
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

async function serve(script) {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    if (path === '/') return response.writeHead(200, { 'Content-Type': 'text/html' }).end(PAGE);
    if (path === '/bench.js') return response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(script);
    try {
      const body = await readFile(join(root, path));
      response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
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

/** Main-thread time so far (Chromium's TaskDuration, ms): what the page's tasks took, however busy the machine is. */
async function taskTime(session) {
  const { metrics } = await session.send('Performance.getMetrics');
  return (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0) * 1000;
}

/**
 * The main thread's own CPU time so far (Chromium's ThreadTime, ms): unlike wall and task time it
 * does not grow while other processes hold the cores, so before/after runs on a busy machine compare.
 */
async function threadTime(session) {
  const { metrics } = await session.send('Performance.getMetrics');
  return (metrics.find((metric) => metric.name === 'ThreadTime')?.value ?? 0) * 1000;
}

/**
 * Loads and compiles the catalogue's chunks (its view, the virtualiser, the data check) with a
 * one-course catalogue, as a page does while a `src` document downloads.
 */
function warmUp(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const catalogue = document.createElement('lp-course-catalogue');
        catalogue.setAttribute('no-json-ld', '');
        catalogue.data = { ...window.data, courses: window.data.courses.slice(0, 1) };
        document.body.append(catalogue);
        const shown = () => {
          if (catalogue.shadowRoot?.querySelector('lp-course-card')) {
            catalogue.remove();
            resolve();
          } else requestAnimationFrame(shown);
        };
        shown();
      }),
  );
}

/**
 * From giving the element its data to the first course on screen: the data's check, the
 * catalogue, the first cards. Wall time, and the main thread's busy time in that span.
 */
async function firstRender(page) {
  const session = await page.createCDPSession();
  await session.send('Performance.enable');
  const before = await taskTime(session);
  const cpuBefore = await threadTime(session);
  const wall = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const catalogue = document.createElement('lp-course-catalogue');
        catalogue.setAttribute('no-json-ld', '');
        const started = performance.now();
        catalogue.data = window.data;
        document.body.append(catalogue);
        const shown = () => {
          const card = catalogue.shadowRoot?.querySelector('.feed--virtual lp-course-card');
          if (card?.shadowRoot?.querySelector('[part="title"]')) {
            requestAnimationFrame(() => resolve(performance.now() - started));
          } else requestAnimationFrame(shown);
        };
        shown();
      }),
  );
  return { wall, busy: (await taskTime(session)) - before, cpu: (await threadTime(session)) - cpuBefore };
}

/** One keystroke: the input event, to the element's update and to the next painted frame. */
function keystroke(page, value) {
  return page.evaluate(
    (text) =>
      new Promise((resolve) => {
        const catalogue = document.querySelector('lp-course-catalogue');
        const search = catalogue.shadowRoot.querySelector('#search');
        const started = performance.now();
        search.value = text;
        search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        void catalogue.updateComplete.then(() => {
          const updated = performance.now() - started;
          requestAnimationFrame(() => {
            setTimeout(() =>
              resolve({ updated, painted: performance.now() - started, count: catalogue.results.length }),
            );
          });
        });
      }),
    value,
  );
}

async function heapAfterRender(page) {
  const session = await page.createCDPSession();
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  return usedSize;
}

async function downloadSizes() {
  const gzip = async (file) => gzipSync(await readFile(file), { level: 9 }).length;
  const chunks = await readdir(join(cdn, 'chunks'));
  const chunk = async (prefix) => {
    const name = chunks.find((file) => file.startsWith(`${prefix}-`) && file.endsWith('.js'));
    return name ? gzip(join(cdn, 'chunks', name)) : 0;
  };
  return {
    bundle: await gzip(join(cdn, 'lp-elements.js')),
    view: await chunk('catalogue-view'),
    virtualizer: (await chunk('virtualize')) + (await chunk('flow')),
    reader: await chunk('data-reader'),
  };
}

const { server, url } = await serve(await pageScript());
const browser = await puppeteer.launch({
  executablePath: ensureBrowser(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  const renders = [];
  const busy = [];
  const warmRenders = [];
  const warmBusy = [];
  const checks = [];
  const cpu = { cold: [], warm: [], check: [] };
  for (let run = 0; run < RUNS; run += 1) {
    const page = await freshPage(browser, url);
    const render = await firstRender(page);
    renders.push(render.wall);
    busy.push(render.busy);
    cpu.cold.push(render.cpu);
    await page.close();
    const warm = await freshPage(browser, url);
    await warmUp(warm);
    const warmRender = await firstRender(warm);
    warmRenders.push(warmRender.wall);
    warmBusy.push(warmRender.busy);
    cpu.warm.push(warmRender.cpu);
    await warm.close();
    const checking = await freshPage(browser, url);
    const session = await checking.createCDPSession();
    await session.send('Performance.enable');
    const before = await taskTime(session);
    const cpuBefore = await threadTime(session);
    await checking.evaluate(() => {
      window.benchCheck(window.data);
    });
    checks.push((await taskTime(session)) - before);
    cpu.check.push((await threadTime(session)) - cpuBefore);
    await checking.close();
  }

  const page = await freshPage(browser, url);
  const dataHeap = await heapAfterRender(page);
  await firstRender(page);
  // The search text is folded while the page is idle after the first render: let it finish.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const heap = await heapAfterRender(page);
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
  const sizes = await downloadSizes();

  console.log(`<lp-course-catalogue>, ${COURSES.toLocaleString('en')} courses, headless Chromium, ${RUNS} runs`);
  console.log(
    `first render (data given → first course on screen): median ${ms(median(renders))} wall, ${ms(median(busy))} main-thread; wall runs ${renders.map((value) => value.toFixed(0)).join(', ')} ms`,
  );
  console.log(
    `  with its code already loaded (as while a src document downloads): median ${ms(median(warmRenders))} wall, ${ms(median(warmBusy))} main-thread`,
  );
  console.log(`  the model's data check alone (salvageDataDocument, main-thread): median ${ms(median(checks))}`);
  console.log(
    `  the catalogue itself (loaded code, main-thread time minus the check): about ${ms(median(warmBusy) - median(checks))}`,
  );
  const range = (values) => `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}`;
  console.log(
    `main-thread CPU (ThreadTime, load-independent): first render ${ms(median(cpu.cold))} [${range(cpu.cold)}], with code loaded ${ms(median(cpu.warm))} [${range(cpu.warm)}], the check alone ${ms(median(cpu.check))} [${range(cpu.check)}]`,
  );
  console.log(
    `wall ranges: first render ${range(renders)} ms, with code loaded ${range(warmRenders)} ms; check main-thread ${range(checks)} ms`,
  );
  console.log(
    `keystroke → results, to the element's update: median ${ms(median(updates))}, p95 ${ms(percentile(updates, 0.95))} (${updates.length} keystrokes)`,
  );
  console.log(
    `keystroke → results, to the next painted frame: median ${ms(median(paints))}, p95 ${ms(percentile(paints, 0.95))}`,
  );
  console.log(`JS heap after render (after GC): ${mb(heap)}; the generated document alone: ${mb(dataHeap)}`);
  console.log(
    `download (gzip -9): CDN bundle ${(sizes.bundle / 1024).toFixed(1)} KB; catalogue view ${(sizes.view / 1024).toFixed(1)} KB; virtualizer ${(sizes.virtualizer / 1024).toFixed(1)} KB (above 100 results); data check ${(sizes.reader / 1024).toFixed(1)} KB`,
  );
} finally {
  await browser.close();
  server.close();
}
