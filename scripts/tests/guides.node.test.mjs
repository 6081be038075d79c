/**
 * The integration guides' example pages (`examples/`) as a university's visitors meet them, in
 * Chromium: the built CDN bundle (`packages/elements/dist/cdn`), the module page (`dist/module`)
 * and the sample data are served under the placeholder paths and origins the pages use, the
 * elements render, statements reach the real local LRS and pass Learning Locker's validator, the
 * three elements a page places itself are wired together, and a framed module sizes its iframe.
 * Also checks that every example the guides quote is the example file, word for word.
 */
/* global document, window -- page.evaluate and page.waitForFunction run these functions in the browser */
import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import http from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize, sep } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { ensureBrowser } from '../ensure-browser.mjs';
import { startLrs } from '../lrs.mjs';
import { root, SAMPLE_DATA } from '../module-site.mjs';

const validate = createRequire(import.meta.url)('@learninglocker/xapi-validation').default;

const CDN = join(root, 'packages/elements/dist/cdn');
const MODULE = join(root, 'dist/module');
const EXAMPLES = join(root, 'examples');
const GUIDES = join(root, 'docs/guides');

/** The placeholders the example pages use, as a university would write them. */
const PAGE_ACTIVITY = 'https://www.example.edu/lp/modules/lp-journey';
const MODULE_ORIGIN = 'https://lp.example.edu';
const SITE_ORIGIN = 'https://www.example.edu';
const TRACK = 'https://lp-elements.example/tracks/learning-professional';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/**
 * Serves a site on 127.0.0.1: `routes` maps a URL path to a file, or a path ending in `/` to a
 * folder (a file named by the same path wins). `rewrite(text, origin)` changes HTML pages as they are served (placeholders → local).
 */
async function serveSite(routes, rewrite = (text) => text) {
  let origin = '';
  const resolve = (pathname) => {
    if (routes[pathname] && statSync(routes[pathname]).isFile()) return routes[pathname];
    const prefix = Object.keys(routes)
      .filter((path) => path.endsWith('/') && pathname.startsWith(path))
      .sort((a, b) => b.length - a.length)[0];
    if (prefix === undefined) return undefined;
    const base = normalize(routes[prefix] + sep);
    const rest = pathname.slice(prefix.length);
    const file = normalize(join(base, rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest));
    return file.startsWith(base) ? file : undefined;
  };
  const server = http.createServer(async (request, response) => {
    const file = resolve(decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname));
    try {
      if (!file) throw new Error('no route');
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      let body = await readFile(file);
      if (extname(file) === '.html') body = rewrite(body.toString('utf8'), origin);
      response.writeHead(200, { 'content-type': type }).end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, stop: () => new Promise((done) => server.close(() => done())) };
}

/** Replaces `from` with `to` in `text`, failing when the page no longer contains `from`. */
function substitute(text, from, to) {
  assert.ok(text.includes(from), `the example page contains ${from}`);
  return text.replaceAll(from, to);
}

/** The host's shadow root chain: `path` is a list of selectors, each inside the previous one's shadow root. */
function deepHandle(page, path) {
  return page.evaluateHandle((selectors) => {
    let node = document;
    for (const [index, selector] of selectors.entries()) {
      node = (index === 0 ? node : node?.shadowRoot)?.querySelector(selector);
    }
    return node ?? null;
  }, path);
}

async function waitForDeep(page, path, timeout = 20_000) {
  await page.waitForFunction(
    (selectors) => {
      let node = document;
      for (const [index, selector] of selectors.entries()) {
        node = (index === 0 ? node : node?.shadowRoot)?.querySelector(selector);
      }
      return Boolean(node);
    },
    { timeout },
    path,
  );
}

/** Clicks, as a learner does, the toggle of the first step on a track that is not open yet. */
async function openAStep(page, trackPath, wanted) {
  const toggle = await deepHandle(page, [
    ...trackPath,
    wanted ? `[data-step="${wanted}"] .toggle` : '[data-step] .toggle[aria-expanded="false"]',
  ]);
  const step = await toggle.evaluate((element) => element.closest('[data-step]').getAttribute('data-step'));
  await toggle.click();
  return step;
}

/** Statements the LRS stored since `since` whose grouping names `activity`, waiting until `until` says enough. */
async function statementsFor(lrs, activity, since, until) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const response = await fetch(`${lrs.endpoint}statements?since=${since}&ascending=true&limit=500`, {
      headers: { authorization: lrs.auth, 'x-experience-api-version': '1.0.3' },
    });
    assert.equal(response.status, 200, 'the LRS answers the statements query');
    const { statements } = await response.json();
    const ours = statements.filter((statement) =>
      statement.context?.contextActivities?.grouping?.some((grouping) => grouping.id === activity),
    );
    if (until(ours) || Date.now() > deadline) return ours;
    await new Promise((done) => setTimeout(done, 250));
  }
}

/** A new page that collects page errors and failed requests. */
async function openPage(browser) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico'))
      problems.push(`${response.status()} for ${response.url()}`);
  });
  return { page, problems };
}

describe('the guides’ example pages', { timeout: 240_000 }, () => {
  let lrs;
  let ownLrs;
  let browser;
  const sites = [];

  before(async () => {
    assert.ok(existsSync(join(CDN, 'lp-elements.js')), 'the CDN bundle is built (npm run build)');
    assert.ok(existsSync(join(MODULE, 'index.html')), 'the module page is built (npm run build)');
    lrs = process.env.LP_LRS_ENDPOINT
      ? { endpoint: process.env.LP_LRS_ENDPOINT, auth: process.env.LP_LRS_AUTH }
      : (ownLrs = await startLrs());
    browser = await puppeteer.launch({ executablePath: ensureBrowser(), args: ['--no-sandbox'] });
  });

  after(async () => {
    await browser?.close();
    await Promise.all(sites.map((site) => site.stop()));
    await ownLrs?.stop();
  });

  it('plain HTML: the module renders in the recorder, and a step opened reaches the LRS as valid xAPI', async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    // No token backend exists here, so the served copy gives the recorder the local LRS and its
    // Basic credentials in `auth` (local development only) instead of `token-url`.
    const site = await serveSite(
      {
        '/': join(EXAMPLES, 'plain-html/index.html'),
        '/index.html': join(EXAMPLES, 'plain-html/index.html'),
        '/lp-elements/': CDN,
        '/lp/lp-data.json': SAMPLE_DATA,
      },
      (html) =>
        substitute(
          substitute(html, 'endpoint="https://lrs.example.edu/xAPI/"', `endpoint="${lrs.endpoint}"`),
          'token-url="/lp/xapi-token"',
          `auth="${lrs.auth}"`,
        ),
    );
    sites.push(site);
    const { page, problems } = await openPage(browser);
    await page.goto(`${site.origin}/`);
    const module = ['lp-xapi-recorder lp-training-module'];
    await waitForDeep(page, [...module, 'lp-skill-gap-matrix', 'tbody tr[data-skill]']);
    await waitForDeep(page, [...module, 'lp-career-track', '[data-step] .toggle']);
    await waitForDeep(page, [...module, 'lp-course-catalogue', 'lp-course-card']);
    const heading = await page.evaluate(
      () => document.querySelector('lp-training-module').shadowRoot.querySelector('h2')?.textContent.trim() ?? '',
    );
    assert.ok(heading.length > 0, 'the module shows its heading');

    const step = await openAStep(page, [...module, 'lp-career-track']);
    const stepIri = `${TRACK}/steps/${step}`;
    const statements = await statementsFor(lrs, PAGE_ACTIVITY, since, (all) =>
      all.some((statement) => statement.object.id === stepIri),
    );
    const selected = statements.filter((statement) => statement.object.id === stepIri);
    assert.equal(selected.length, 1, `the LRS holds the opened step ${step} once`);
    assert.match(selected[0].verb.id, /selected$/);
    for (const statement of statements) {
      assert.deepEqual(validate(statement), [], `${statement.verb.id} passes Learning Locker’s validator`);
    }
    // The learner record asks the LRS once whether it has a State API (docs/xapi.md, "Where the
    // learner's record lives"); Learning Locker's statement service has none and answers 404.
    const probe = (problem) => /\/activities\/state\?(?!.*stateId=)/.test(problem);
    assert.ok(new Set(problems.filter(probe).map((problem) => problem.split(' ').at(-1))).size <= 1, 'one probe');
    assert.deepEqual(
      problems.filter((problem) => !probe(problem)),
      [],
    );
    await page.close();
  });

  it('own layout: the three elements render, and opening a step sets the matrix’s and catalogue’s requirement', async () => {
    const site = await serveSite({
      '/': join(EXAMPLES, 'own-layout/index.html'),
      '/index.html': join(EXAMPLES, 'own-layout/index.html'),
      '/lp/connect-training.js': join(EXAMPLES, 'own-layout/connect-training.js'),
      '/lp-elements/': CDN,
      '/lp/lp-data.json': SAMPLE_DATA,
    });
    sites.push(site);
    const { page, problems } = await openPage(browser);
    await page.goto(`${site.origin}/`);
    await waitForDeep(page, ['lp-skill-gap-matrix', 'tbody tr[data-skill]']);
    await waitForDeep(page, ['lp-career-track', '[data-step] .toggle']);
    await waitForDeep(page, ['lp-course-catalogue', 'lp-course-card']);
    const before = await page.evaluate(() => document.querySelector('lp-skill-gap-matrix').required);

    const data = JSON.parse(await readFile(SAMPLE_DATA, 'utf8'));
    const steps = data.tracks[0].steps;
    const target = steps.find((candidate) => candidate.id !== before) ?? steps[0];
    const step = await openAStep(page, ['lp-career-track'], target.id);
    await page.waitForFunction((id) => document.querySelector('lp-skill-gap-matrix').required === id, {}, step);
    const wiring = await page.evaluate(() => ({
      goal: document.querySelector('lp-career-track').goal,
      required: document.querySelector('lp-course-catalogue').required,
    }));
    assert.notEqual(before, step, 'the matrix’s requirement changed');
    assert.deepEqual(wiring, { goal: step, required: target.requires });
    // The matrix shows what the step's profile requires.
    const rows = await page.evaluate(
      () => document.querySelector('lp-skill-gap-matrix').shadowRoot.querySelectorAll('tbody tr[data-skill]').length,
    );
    const profile = data.profiles.find((candidate) => candidate.id === target.requires);
    assert.equal(rows, Object.keys(profile.levels).length, 'one row per skill the step requires');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('iframe: the frame follows the module page’s height, and height messages from other origins are ignored', async () => {
    const module = await serveSite({ '/module/': MODULE });
    sites.push(module);
    const parentSite = await serveSite({ '/': join(EXAMPLES, 'iframe-parent/index.html') }, (html, origin) =>
      substitute(substitute(html, MODULE_ORIGIN, module.origin), SITE_ORIGIN, origin),
    );
    sites.push(parentSite);
    // Another origin that pretends to be the module.
    const stranger = await serveSite({ '/': join(EXAMPLES, 'iframe-parent/index.html') }, () =>
      [
        '<!doctype html><html lang="en"><title>Not the module</title>',
        '<script>parent.postMessage({ type: "lp-frame-height", height: 123 }, "*");</script></html>',
      ].join(''),
    );
    sites.push(stranger);

    const { page, problems } = await openPage(browser);
    await page.goto(`${parentSite.origin}/`);
    const frameHandle = await page.waitForSelector('iframe#lp-module');
    const frame = await frameHandle.contentFrame();
    assert.equal(new URL(frame.url()).origin, module.origin);
    await frame.waitForFunction(
      () =>
        Boolean(
          document
            .querySelector('lp-training-module')
            ?.shadowRoot?.querySelector('lp-career-track')
            ?.shadowRoot?.querySelector('[data-step] .toggle'),
        ),
      { timeout: 20_000 },
    );

    /** Waits until the iframe is as tall as the framed page, and returns that height. */
    const fitted = async () => {
      const deadline = Date.now() + 10_000;
      let sizes;
      for (;;) {
        const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
        const box = await page.evaluate(() => document.getElementById('lp-module').clientHeight);
        sizes = { content, box };
        if (content === box || Date.now() > deadline) break;
        await new Promise((done) => setTimeout(done, 100));
      }
      assert.equal(sizes.box, sizes.content, 'the iframe is exactly as tall as the page in it');
      return sizes.box;
    };
    const first = await fitted();
    assert.notEqual(first, 900, 'the iframe left its initial height');

    // Open the step the module already works on: its details unfold and the page grows.
    const chosen = await frame.evaluate(
      () => document.querySelector('lp-training-module').shadowRoot.querySelector('lp-career-track').goal,
    );
    const toggle = await frame.evaluateHandle(
      (id) =>
        document
          .querySelector('lp-training-module')
          .shadowRoot.querySelector('lp-career-track')
          .shadowRoot.querySelector(`[data-step="${id}"] .toggle`),
      chosen,
    );
    assert.equal(await toggle.evaluate((element) => element.getAttribute('aria-expanded')), 'false');
    await toggle.click();
    await frame.waitForFunction(
      (height) => document.documentElement.getBoundingClientRect().height > height,
      {},
      first,
    );
    const second = await fitted();
    assert.ok(second > first, `the iframe grew with its content (${first} → ${second})`);

    // A height message from another origin changes nothing.
    await page.evaluate(() => {
      window.lpSeen = [];
      window.addEventListener('message', (event) => window.lpSeen.push(event.origin));
    });
    await page.evaluate((src) => {
      const other = document.createElement('iframe');
      other.src = src;
      other.title = 'Another site';
      document.body.append(other);
    }, `${stranger.origin}/`);
    await page.waitForFunction((origin) => window.lpSeen.includes(origin), {}, stranger.origin);
    await new Promise((done) => setTimeout(done, 300));
    const after = await page.evaluate(() => document.getElementById('lp-module').clientHeight);
    assert.equal(after, second, 'the stranger’s message was ignored');
    // The same message as if it came from nowhere trusted, dispatched in the page itself.
    await page.evaluate(() =>
      window.dispatchEvent(
        new MessageEvent('message', { data: { type: 'lp-frame-height', height: 50 }, origin: 'https://evil.example' }),
      ),
    );
    assert.equal(await page.evaluate(() => document.getElementById('lp-module').clientHeight), second);
    assert.deepEqual(problems, []);
    await page.close();
  });
});

/** Every fenced block in the guides whose first line names an example file (`<!-- examples/… -->` or `// examples/…`). */
async function quotedExamples() {
  const quotes = [];
  for (const name of (await readdir(GUIDES)).filter((file) => file.endsWith('.md'))) {
    const text = await readFile(join(GUIDES, name), 'utf8');
    for (const match of text.matchAll(/^```[a-z]*\n([\s\S]*?)^```$/gm)) {
      const [first, ...rest] = match[1].split('\n');
      const named = /^(?:<!--\s*(examples\/\S+)\s*-->|\/\/\s*(examples\/\S+))$/.exec(first.trim());
      if (named) quotes.push({ guide: name, file: named[1] ?? named[2], body: rest.join('\n') });
    }
  }
  return quotes;
}

describe('the guides quote the example pages exactly', () => {
  it('every quoted example matches its file, and every example file is quoted', async () => {
    const quotes = await quotedExamples();
    assert.ok(quotes.length >= 4, `the guides quote the examples (${quotes.length} found)`);
    const tidy = (text) =>
      text
        .split('\n')
        .map((line) => line.trimEnd())
        .join('\n')
        .trim();
    for (const quote of quotes) {
      const path = join(root, quote.file);
      assert.ok(existsSync(path), `${quote.guide} quotes ${quote.file}, which exists`);
      assert.equal(
        tidy(quote.body),
        tidy(await readFile(path, 'utf8')),
        `${quote.guide} quotes ${quote.file} as it is`,
      );
    }
    const files = [];
    for (const dir of await readdir(EXAMPLES, { withFileTypes: true })) {
      if (!dir.isDirectory()) continue;
      for (const file of await readdir(join(EXAMPLES, dir.name))) files.push(`examples/${dir.name}/${file}`);
    }
    const quoted = new Set(quotes.map((quote) => quote.file));
    assert.deepEqual(
      files.filter((file) => !quoted.has(file)),
      [],
      'every example file is shown in a guide',
    );
  });
});
