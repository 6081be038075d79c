/**
 * Three plain pages as a university would write them — one `<lp-course-card>`, one
 * `<lp-career-track>`, and `<lp-training-module>` inside an `<lp-xapi-recorder>` — each through
 * the CDN loader (`lp-loader.js`) and through the bundle (`lp-elements.js`), in headless
 * Chromium. For each load: the script files the browser actually requested (each counted by
 * the server, gzip -9 of what it sent), and the time from navigation to the first screen: the
 * task after the frame that painted the element's content. Every load is a fresh browser
 * context, so nothing comes from a cache. Used by `npm run size` (bytes and requests, against
 * the budgets) and `npm run bench:pages` (with the times, paired run by run).
 */
/* global window, requestAnimationFrame -- evaluateOnNewDocument runs this function in the browser */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { ensureBrowser } from './ensure-browser.mjs';

const COURSE = 'https://lp-elements.example/courses/lb-101';

/** The pages: their elements, and what on screen means each has drawn its content. */
export const PAGES = [
  {
    name: 'card',
    label: 'one `<lp-course-card>`',
    body: `<lp-course-card course="${COURSE}" src="/data/lp-data.json"></lp-course-card>`,
    shown: "document.querySelector('lp-course-card')?.shadowRoot?.querySelector('[part=\"title\"]')",
  },
  {
    name: 'track',
    label: 'one `<lp-career-track>`',
    body: '<lp-career-track src="/data/lp-data.json" current="person-amira"></lp-career-track>',
    shown: "document.querySelector('lp-career-track')?.shadowRoot?.querySelector('[part~=\"step\"]')",
  },
  {
    name: 'module',
    label: '`<lp-training-module>` in an `<lp-xapi-recorder>`',
    body: `<lp-xapi-recorder endpoint="/xAPI/" auth="Basic bGVhcm5lcjpwYXNz" activity="https://www.example.edu/lp/modules/lp-journey">
        <lp-training-module src="/data/lp-data.json" person="person-amira"></lp-training-module>
      </lp-xapi-recorder>`,
    shown:
      "document.querySelector('lp-training-module')?.shadowRoot?.querySelector('lp-career-track')?.shadowRoot?.querySelector('[part~=\"step\"]')",
  },
];

/** How a page gets the elements. */
export const WAYS = [
  { name: 'loader', script: 'lp-loader.js' },
  { name: 'bundle', script: 'lp-elements.js' },
];

const pageHtml = (page, way) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>LP Elements: ${page.name} page</title>
  <script type="module" src="/cdn/${way.script}"></script></head>
  <body><main><h1>Learning Professionals</h1>${page.body}</main></body></html>`;

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };

/**
 * Serves a checkout's CDN folder under `/cdn/`, its sample data, the pages (`/<way>/<page>.html`)
 * and a statement sink under `/xAPI/`; counts the scripts it sends.
 */
async function serve(checkoutRoot) {
  const cdn = normalize(join(checkoutRoot, 'packages/elements/dist/cdn') + sep);
  const data = join(checkoutRoot, 'packages/model/sample/lp-sample.json');
  const gzipped = new Map();
  const log = { scripts: [] };
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const page = /^\/(\w+)\/(\w+)\.html$/.exec(path);
    if (page) {
      const found = PAGES.find((candidate) => candidate.name === page[2]);
      const way = WAYS.find((candidate) => candidate.name === page[1]);
      if (found && way) return response.writeHead(200, { 'Content-Type': 'text/html' }).end(pageHtml(found, way));
    }
    if (path === '/favicon.ico') return response.writeHead(204).end();
    if (path === '/data/lp-data.json') {
      return response.writeHead(200, { 'Content-Type': 'application/json' }).end(await readFile(data));
    }
    if (path.startsWith('/xAPI/')) {
      const body = path.endsWith('/about') ? JSON.stringify({ version: ['1.0.3'] }) : '[]';
      return response.writeHead(200, { 'Content-Type': 'application/json' }).end(body);
    }
    const file = normalize(join(cdn, path.replace(/^\/cdn\//, '')));
    if (!path.startsWith('/cdn/') || !file.startsWith(cdn)) return response.writeHead(404).end();
    try {
      const body = await readFile(file);
      if (extname(file) === '.js') {
        if (!gzipped.has(file)) gzipped.set(file, gzipSync(body, { level: 9 }).length);
        log.scripts.push({ file: file.slice(cdn.length), gzip: gzipped.get(file) });
      }
      response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { server, log, origin: `http://127.0.0.1:${server.address().port}` };
}

/** Notes, in the page, when the element's content is first on a painted frame (see the header). */
function watchFirstScreen(isShown) {
  const frame = () => {
    if (isShown()) setTimeout(() => (window.lpFirstScreen = performance.now()));
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/**
 * Opens the pages in Chromium. `load(page, way)` loads one in a fresh context and gives the
 * scripts requested (file, gzip bytes) until the network is idle after the first screen, the
 * first-screen time, and the console's warnings and errors; `screenshot` saves a PNG of the page.
 *
 * @param {{ root: string, latency?: number }} options latency: added to each request (ms), as a
 *   network between the reader and the CDN would
 */
export async function openPages({ root, latency = 0 }) {
  const { server, log, origin } = await serve(root);
  const browser = await puppeteer.launch({
    executablePath: ensureBrowser(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  return {
    async load(page, way, { screenshot } = {}) {
      const context = await browser.createBrowserContext();
      const tab = await context.newPage();
      try {
        await tab.setViewport({ width: 1280, height: 900 });
        if (latency > 0) {
          const session = await tab.createCDPSession();
          await session.send('Network.emulateNetworkConditions', {
            offline: false,
            latency,
            downloadThroughput: -1,
            uploadThroughput: -1,
          });
        }
        const messages = [];
        tab.on('console', (message) => {
          if (message.type() === 'warn' || message.type() === 'error') messages.push(message.text());
        });
        tab.on('pageerror', (error) => messages.push(String(error)));
        await tab.evaluateOnNewDocument(`(${watchFirstScreen.toString()})(() => Boolean(${page.shown}))`);
        log.scripts = [];
        await tab.goto(`${origin}/${way.name}/${page.name}.html`, { waitUntil: 'load' });
        await tab.waitForFunction(() => window.lpFirstScreen !== undefined, { timeout: 30_000 });
        // Chunks still arriving after the first screen (a view's second part) count too.
        await tab.waitForNetworkIdle({ idleTime: 300 });
        const firstScreen = await tab.evaluate(() => window.lpFirstScreen);
        if (screenshot) await tab.screenshot({ path: screenshot });
        return { scripts: log.scripts, firstScreen, messages };
      } finally {
        await context.close();
      }
    },
    async close() {
      await browser.close();
      server.close();
    },
  };
}

/** Bytes (gzip) and requests of each page through each way, one load each. */
export async function pageWeights(root) {
  const pages = await openPages({ root });
  try {
    const rows = [];
    for (const page of PAGES) {
      for (const way of WAYS) {
        const { scripts, messages } = await pages.load(page, way);
        const gzip = scripts.reduce((sum, script) => sum + script.gzip, 0);
        rows.push({
          page: page.name,
          label: page.label,
          way: way.name,
          gzip,
          requests: scripts.length,
          scripts,
          messages,
        });
      }
    }
    return rows;
  } finally {
    await pages.close();
  }
}
