#!/usr/bin/env node
/**
 * `npm run bench:xapi`: 10,000 statements recorded in a real Chromium page reach the local LRS,
 * once through LP Elements' recorder and once through xAPI.js sending them one by one, side by
 * side: HTTP requests (counted by a proxy in front of the LRS, preflights included), wall time,
 * and main-thread time per statement (DevTools `TaskDuration`). Not a test: it prints numbers.
 *
 *   npm run bench:xapi [-- --count 10000]
 */
import { build } from 'esbuild';
import http from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { ensureBrowser } from './ensure-browser.mjs';
import { startLrs } from './lrs.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const countFlag = process.argv.indexOf('--count');
const COUNT = countFlag > 0 ? Number(process.argv[countFlag + 1]) : 10_000;
/** Requests xAPI.js has in flight at once: what a browser allows per host over HTTP/1.1. */
const XAPIJS_CONCURRENCY = 6;

async function bundle(contents) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    conditions: ['source'],
    // xAPI.js's `browser` field is a UMD file: take its ES module.
    mainFields: ['module', 'main'],
    logLevel: 'error',
  });
  return result.outputFiles[0].text;
}

/** A proxy in front of the LRS that counts the requests it forwards. */
function countingProxy(target) {
  const counts = { requests: 0, preflights: 0, statementPosts: 0, statuses: {} };
  const server = http.createServer((req, res) => {
    counts.requests += 1;
    if (req.method === 'OPTIONS') counts.preflights += 1;
    if (req.method === 'POST' && req.url.includes('/statements')) counts.statementPosts += 1;
    const upstream = http.request(new URL(req.url, target), { method: req.method, headers: req.headers }, (answer) => {
      counts.statuses[answer.statusCode] = (counts.statuses[answer.statusCode] ?? 0) + 1;
      res.writeHead(answer.statusCode, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.keepAliveTimeout = 5000;
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, counts, endpoint: `http://127.0.0.1:${server.address().port}/xAPI/` }),
    ),
  );
}

function staticServer(files) {
  const server = http.createServer((req, res) => {
    const file = files[new URL(req.url, 'http://x').pathname];
    if (!file) return res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': file.type, 'Cache-Control': 'no-store' }).end(file.body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${server.address().port}` })),
  );
}

/** How many of `ids` the LRS holds, asked one id at a time (exact, unlike paging through a query). */
async function countStored(lrs, ids) {
  let found = 0;
  let next = 0;
  const worker = async () => {
    while (next < ids.length) {
      const id = ids[next++];
      const response = await fetch(new URL(`statements?statementId=${id}`, lrs.endpoint), {
        headers: { Authorization: lrs.auth, 'X-Experience-API-Version': '1.0.3' },
      });
      if (response.ok) found += 1;
      await response.arrayBuffer();
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return found;
}

/** Runs `script` in a fresh page; resolves with its result and the main-thread time it cost. */
async function measure(browser, origin, script) {
  const page = await browser.newPage();
  await page.goto(`${origin}/bench.html`);
  await page.waitForFunction('window.lpBench !== undefined');
  const devtools = await page.createCDPSession();
  await devtools.send('Performance.enable');
  const taskTime = async () =>
    (await devtools.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'TaskDuration').value;
  const before = await taskTime();
  const result = await page.evaluate(script);
  const mainThreadMs = ((await taskTime()) - before) * 1000;
  await page.close();
  return { ...result, mainThreadMs };
}

const lrs = await startLrs();
const ours = await countingProxy(lrs.endpoint);
const theirs = await countingProxy(lrs.endpoint);
const page = {
  '/bench.html': {
    type: 'text/html',
    body: '<!doctype html><html lang="en"><head><script type="module" src="/bench.js"></script></head><body></body></html>',
  },
  '/bench.js': {
    type: 'text/javascript',
    body: await bundle(`
      import { createRecorder, courseViewed, completeStatement, randomUuid } from './packages/xapi/src/index.ts';
      import XAPI from '@xapi/xapi';
      window.lpBench = { createRecorder, courseViewed, completeStatement, randomUuid, XAPI };
    `),
  },
};
const site = await staticServer(page);
const browser = await puppeteer.launch({
  executablePath: ensureBrowser(),
  headless: true,
  // Ten thousand single requests take minutes: longer than DevTools calls wait by default.
  protocolTimeout: 900_000,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});

try {
  const registrations = { ours: crypto.randomUUID(), theirs: crypto.randomUUID() };
  const settings = { count: COUNT, auth: lrs.auth, concurrency: XAPIJS_CONCURRENCY };

  const lp = await measure(
    browser,
    site.origin,
    `(async ({ count, auth, endpoint, registration }) => {
      const { createRecorder, courseViewed } = window.lpBench;
      const recorder = createRecorder({ endpoint, auth, registration, actorHomePage: 'https://university.example',
        activity: 'https://university.example/modules/bench', queueName: 'bench-' + registration, maxQueued: count * 2, flushDelayMs: 50 });
      let sent = 0;
      const done = new Promise((resolve) => recorder.subscribe((notice) => {
        if (notice.type === 'sent' && (sent += notice.statements.length) >= count) resolve();
      }));
      const started = performance.now();
      const recorded = [];
      for (let i = 0; i < count; i += 1) {
        recorded.push(recorder.record(courseViewed({ id: 'https://university.example/courses/c-' + i, name: 'Course ' + i })));
      }
      const recordMs = performance.now() - started;
      await done;
      const wallMs = performance.now() - started;
      return { wallMs, recordMs, ids: (await Promise.all(recorded)).map((statement) => statement.id) };
    })(${JSON.stringify({ ...settings, endpoint: ours.endpoint, registration: registrations.ours })})`,
  );

  console.log(`LP Elements recorder: ${(lp.wallMs / 1000).toFixed(1)} s`);
  const xapijs = await measure(
    browser,
    site.origin,
    `(async ({ count, auth, endpoint, registration, concurrency }) => {
      const { XAPI, courseViewed, completeStatement, randomUuid } = window.lpBench;
      const xapi = new XAPI({ endpoint, auth });
      const context = { actor: { objectType: 'Agent', account: { homePage: 'https://university.example', name: 'bench' } },
        registration, activity: 'https://university.example/modules/bench', platform: 'LP Elements' };
      const started = performance.now();
      const ids = [];
      let next = 0;
      const worker = async () => {
        while (next < count) {
          const i = next++;
          const statement = completeStatement(courseViewed({ id: 'https://university.example/courses/c-' + i, name: 'Course ' + i }), context, new Date(), randomUuid);
          ids.push(statement.id);
          await xapi.sendStatement({ statement });
        }
      };
      await Promise.all(Array.from({ length: concurrency }, worker));
      return { wallMs: performance.now() - started, ids };
    })(${JSON.stringify({ ...settings, endpoint: theirs.endpoint, registration: registrations.theirs })})`,
  );

  const stored = { ours: await countStored(lrs, lp.ids), theirs: await countStored(lrs, xapijs.ids) };
  const row = (name, run, counts, inLrs) =>
    `| ${name} | ${counts.requests} (${counts.statementPosts} POST, ${counts.preflights} preflight) | ${(run.wallMs / 1000).toFixed(1)} s | ${((run.mainThreadMs * 1000) / COUNT).toFixed(0)} µs | ${inLrs} |`;
  console.log(`\n${COUNT} statements to the local LRS (Learning Locker statement service), Chromium headless\n`);
  console.log('| client | HTTP requests | wall time | main-thread time per statement | in the LRS |');
  console.log('| --- | --- | --- | --- | --- |');
  console.log(row('LP Elements recorder (batched, IndexedDB queue)', lp, ours.counts, stored.ours));
  console.log(
    row(`xAPI.js sendStatement, one by one (${XAPIJS_CONCURRENCY} in flight)`, xapijs, theirs.counts, stored.theirs),
  );
  console.log(
    `\nLP Elements: record() calls took ${((lp.recordMs / COUNT) * 1000).toFixed(0)} µs each on average (complete + validate + queue).`,
  );
  console.log(
    `HTTP statuses: recorder ${JSON.stringify(ours.counts.statuses)}, xAPI.js ${JSON.stringify(theirs.counts.statuses)}`,
  );
  if (stored.ours !== COUNT || ours.counts.requests > 100) process.exitCode = 1;
} finally {
  await browser.close();
  ours.server.close();
  theirs.server.close();
  site.server.close();
  await lrs.stop();
}
