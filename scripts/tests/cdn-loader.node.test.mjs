/**
 * The CDN loader (`packages/elements/dist/cdn/lp-loader.js`, built by `npm run build`) on plain
 * pages in Chromium: it loads each tag the page uses once, tags added later, tags that appear in
 * our elements' shadow roots, ignores unknown `lp-` tags with one warning each, and mixes with
 * `lp-elements.js` on one page without a warning.
 */
/* global document, customElements, window -- page.evaluate and page.waitForFunction run these functions in the browser */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { ensureBrowser } from '../ensure-browser.mjs';
import { root, SAMPLE_DATA } from '../module-site.mjs';

const CDN = normalize(join(root, 'packages/elements/dist/cdn') + sep);
const COURSE = 'https://lp-elements.example/courses/lb-101';

const page = (scripts, body) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
  ${scripts.map((script) => `<script type="module" src="/cdn/${script}"></script>`).join('\n')}
  </head><body>${body}</body></html>`;

const PAGES = {
  '/card.html': page(['lp-loader.js'], `<lp-course-card course="${COURSE}" src="/data.json"></lp-course-card>`),
  '/two-cards.html': page(
    ['lp-loader.js'],
    `<lp-course-card course="${COURSE}" src="/data.json"></lp-course-card>
     <lp-course-card course="${COURSE}" src="/data.json"></lp-course-card>
     <lp-not-an-element></lp-not-an-element><lp-not-an-element></lp-not-an-element>`,
  ),
  '/empty.html': page(['lp-loader.js'], ''),
  '/loader-then-bundle.html': page(
    ['lp-loader.js', 'lp-elements.js'],
    `<lp-course-card course="${COURSE}" src="/data.json"></lp-course-card>
     <lp-career-track src="/data.json" current="person-amira"></lp-career-track>`,
  ),
  '/bundle-then-loader.html': page(
    ['lp-elements.js', 'lp-loader.js'],
    `<lp-course-card course="${COURSE}" src="/data.json"></lp-course-card>
     <lp-training-module src="/data.json" person="person-amira"></lp-training-module>`,
  ),
};

let server;
let origin;
let browser;
let requests = [];

/** A fresh page: the console's warnings and errors, and the scripts the server sent. */
async function open(path) {
  const tab = await browser.newPage();
  const warnings = [];
  tab.on('console', (message) => {
    if (message.type() === 'warn' || message.type() === 'error') warnings.push(message.text());
  });
  tab.on('pageerror', (error) => warnings.push(String(error)));
  requests = [];
  await tab.goto(`${origin}${path}`, { waitUntil: 'load' });
  return { tab, warnings };
}

const titleShown = (tag) =>
  `document.querySelector('${tag}')?.shadowRoot?.querySelector('[part="title"], [part~="step"]') != null`;

describe('lp-loader.js', { timeout: 120_000 }, () => {
  before(async () => {
    assert.ok(existsSync(join(CDN, 'lp-loader.js')), 'run `npm run build` first');
    server = createServer(async (request, response) => {
      const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
      if (path === '/favicon.ico') return response.writeHead(204).end();
      if (PAGES[path]) return response.writeHead(200, { 'content-type': 'text/html' }).end(PAGES[path]);
      if (path === '/data.json') {
        return response.writeHead(200, { 'content-type': 'application/json' }).end(await readFile(SAMPLE_DATA));
      }
      const file = normalize(join(CDN, path.replace(/^\/cdn\//, '')));
      if (!path.startsWith('/cdn/') || !file.startsWith(CDN)) return response.writeHead(404).end();
      try {
        const body = await readFile(file);
        requests.push(file.slice(CDN.length));
        const type = extname(file) === '.js' ? 'text/javascript' : 'application/octet-stream';
        response.writeHead(200, { 'content-type': type }).end(body);
      } catch {
        response.writeHead(404).end();
      }
    });
    await new Promise((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${server.address().port}`;
    browser = await puppeteer.launch({
      executablePath: ensureBrowser(),
      headless: true,
      args: ['--no-sandbox', '--disable-gpu'],
    });
  });

  after(async () => {
    await browser?.close();
    server?.close();
  });

  it('defines nothing itself and loads only the tags a page uses', async () => {
    const { tab, warnings } = await open('/card.html');
    await tab.waitForFunction(titleShown('lp-course-card'));
    const defined = await tab.evaluate(() =>
      ['lp-course-card', 'lp-course-catalogue', 'lp-career-track', 'lp-skill-gap-matrix', 'lp-xapi-recorder'].filter(
        (tag) => customElements.get(tag),
      ),
    );
    assert.deepEqual(defined, ['lp-course-card']);
    assert.ok(!requests.some((file) => /lp-(career-track|training-module|skill-gap-matrix)\.js$/.test(file)));
    assert.deepEqual(warnings, []);
    await tab.close();

    const empty = await open('/empty.html');
    assert.deepEqual(requests, ['lp-loader.js'], 'a page without lp- tags fetches the loader alone');
    await empty.tab.close();
  });

  it("imports a tag's module once, however many elements use it, and warns once per unknown lp- tag", async () => {
    const { tab, warnings } = await open('/two-cards.html');
    await tab.waitForFunction(titleShown('lp-course-card'));
    await tab.evaluate(() => {
      document.body.append(document.createElement('lp-not-an-element'), document.createElement('lp-course-card'));
    });
    await new Promise((done) => setTimeout(done, 300));
    assert.equal(requests.filter((file) => file === 'elements/lp-course-card.js').length, 1);
    const unknown = warnings.filter((text) => text.includes('lp-not-an-element'));
    assert.equal(unknown.length, 1, warnings.join('\n'));
    assert.match(unknown[0], /<lp-not-an-element> is not an LP element/);
    assert.equal(warnings.length, 1, warnings.join('\n'));
    await tab.close();
  });

  it('loads tags added later, also inside other elements', async () => {
    const { tab, warnings } = await open('/empty.html');
    await tab.evaluate(() => {
      const section = document.createElement('section');
      section.innerHTML = '<div><lp-career-track src="/data.json" current="person-amira"></lp-career-track></div>';
      document.body.append(section);
    });
    await tab.waitForFunction(titleShown('lp-career-track'));
    assert.ok(requests.includes('elements/lp-career-track.js'));
    assert.deepEqual(warnings, []);
    await tab.close();
  });

  it("watches our elements' shadow roots", async () => {
    const { tab, warnings } = await open('/card.html');
    await tab.waitForFunction(titleShown('lp-course-card'));
    // A tag that appears only in one of our elements' shadow roots: the track's module is not loaded yet.
    await tab.evaluate(() => {
      const card = document.querySelector('lp-course-card');
      const track = document.createElement('lp-career-track');
      track.setAttribute('src', '/data.json');
      track.setAttribute('current', 'person-amira');
      card.shadowRoot.append(track);
      card.shadowRoot.append(document.createElement('lp-unknown-in-a-shadow-root'));
    });
    await tab.waitForFunction(() => customElements.get('lp-career-track') !== undefined);
    await tab.waitForFunction(
      () =>
        document
          .querySelector('lp-course-card')
          .shadowRoot.querySelector('lp-career-track')
          ?.shadowRoot?.querySelector('[part~="step"]') != null,
    );
    await new Promise((done) => setTimeout(done, 100));
    assert.deepEqual(
      warnings.filter((text) => text.includes('lp-unknown-in-a-shadow-root')).length,
      1,
      warnings.join('\n'),
    );
    await tab.close();
  });

  for (const path of ['/loader-then-bundle.html', '/bundle-then-loader.html']) {
    it(`mixes with lp-elements.js on one page without a warning (${path.slice(1, -5).replaceAll('-', ' ')})`, async () => {
      const { tab, warnings } = await open(path);
      await tab.waitForFunction(titleShown('lp-course-card'));
      const second = path.startsWith('/bundle') ? 'lp-training-module' : 'lp-career-track';
      await tab.waitForFunction(
        (tag) => {
          const element = document.querySelector(tag);
          const track = tag === 'lp-career-track' ? element : element?.shadowRoot?.querySelector('lp-career-track');
          return track?.shadowRoot?.querySelector('[part~="step"]') != null;
        },
        {},
        second,
      );
      await new Promise((done) => setTimeout(done, 300));
      assert.deepEqual(warnings, []);
      const version = await tab.evaluate(() => window.customElements.get('lp-course-card').version);
      assert.equal(version, JSON.parse(await readFile(join(root, 'packages/elements/package.json'), 'utf8')).version);
      await tab.close();
    });
  }
});
