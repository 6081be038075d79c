/**
 * `npm run package:cmi5` as an LMS administrator meets it: the course and unit ids come from the
 * university's `--base-iri` (refused with a clear message when missing or unusable), the zip unpacks
 * into a cmi5 course structure with its assignable unit, every file the unit loads is inside, and
 * the unit's page works from the unpacked files with every request outside them refused (offline).
 */
/* global document -- page.waitForFunction runs this function in the browser */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { access, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import puppeteer from 'puppeteer-core';
import { ensureBrowser } from '../ensure-browser.mjs';
import { root } from '../module-site.mjs';
import { serveFolder } from '../static-server.mjs';

const BASE = 'https://www.university.example/lp/';
const COURSE = 'https://www.university.example/lp/lp-journey';
const UNIT = 'https://www.university.example/lp/lp-journey/unit';

const run = (args, env = {}) =>
  promisify(execFile)(process.execPath, ['scripts/package-cmi5.mjs', ...args], {
    cwd: root,
    env: { ...process.env, npm_config_base_iri: '', ...env },
  });

/** Runs the script expecting a refusal: its exit code and what it told the user. */
async function refusal(args, env) {
  try {
    await run(args, env);
  } catch (error) {
    return { code: error.code, stderr: error.stderr };
  }
  assert.fail(`package:cmi5 ${args.join(' ')} succeeded`);
}

let scratch;
let files;
let made;

describe('npm run package:cmi5 --base-iri', { timeout: 60_000 }, () => {
  const example = /e\.g\. --base-iri https:\/\/www\.university\.example\/lp\//;
  const refused = [
    ['is missing', [], /--base-iri is missing/],
    ['has no value', ['--out', 'x.zip', '--base-iri'], /--base-iri is missing/],
    ['is followed by another option', ['--base-iri', '--out', 'x.zip'], /--base-iri is missing/],
    ['is relative', ['--base-iri', 'lp/'], /--base-iri "lp\/" is not an absolute address/],
    ['is not http(s)', ['--base-iri', 'urn:lp:journey/'], /--base-iri "urn:lp:journey\/" is not an http\(s\) address/],
    ['is ftp', ['--base-iri', 'ftp://www.university.example/lp/'], /is not an http\(s\) address/],
    ['has a query', ['--base-iri', `${BASE}?term=2027`], /has a user name, query or fragment/],
    ['has a fragment', ['--base-iri', `${BASE}#lp`], /has a user name, query or fragment/],
    ['has a user name', ['--base-iri', 'https://lp@www.university.example/lp/'], /has a user name, query or fragment/],
    [
      'would be read differently',
      ['--base-iri', 'HTTPS://WWW.University.example:443/lp/'],
      /is read as "https:\/\/www\.university\.example\/lp\/"; write it that way/,
    ],
    [
      'has no trailing slash',
      ['--base-iri', 'https://www.university.example/lp'],
      /must end with "\/".*e\.g\. --base-iri https:\/\/www\.university\.example\/lp\/\./,
    ],
  ];
  for (const [what, args, message] of refused) {
    it(`refuses a base IRI that ${what}, saying so with an example, and writes nothing`, async () => {
      const out = join(tmpdir(), `lp-cmi5-refused-${process.pid}.zip`);
      const { code, stderr } = await refusal([...args, '--out', out]);
      assert.equal(code, 1);
      assert.match(stderr, /^package:cmi5: /);
      assert.match(stderr, message);
      if (!what.includes('slash')) assert.match(stderr, example);
      await assert.rejects(access(out), 'no package is written');
    });
  }

  it('says to put "--" before the option when npm took it for itself', async () => {
    const { code, stderr } = await refusal([], { npm_config_base_iri: BASE });
    assert.equal(code, 1);
    assert.match(stderr, /npm took --base-iri for itself: put "--" before the script's options/);
    assert.match(stderr, /npm run package:cmi5 -- --base-iri https:\/\/www\.university\.example\/lp\//);
  });
});

describe('npm run package:cmi5', { timeout: 120_000 }, () => {
  before(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'lp-cmi5-'));
    const zip = join(scratch, 'lp-module.zip');
    made = await run([`--base-iri=${BASE}`, '--out', zip]);
    files = unzipSync(new Uint8Array(await readFile(zip)));
    for (const [path, bytes] of Object.entries(files)) {
      const target = join(scratch, 'unpacked', path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, bytes);
    }
  });

  after(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  it('names the course and its unit under the base IRI, and warns that an example domain is shared', () => {
    const xml = new TextDecoder().decode(files['cmi5.xml']);
    assert.deepEqual(
      [...xml.matchAll(/<course id="([^"]+)">/g)].map((course) => course[1]),
      [COURSE],
    );
    assert.match(made.stdout, new RegExp(`course ${COURSE}\\n\\s+unit +${UNIT}`));
    assert.match(made.stderr, /www\.university\.example is reserved for examples, so anyone may use the same ids/);
  });

  it('holds a cmi5 course structure with one unit that moves on when completed', () => {
    const xml = new TextDecoder().decode(files['cmi5.xml']);
    assert.match(xml, /^<\?xml version="1\.0" encoding="utf-8"\?>/);
    assert.match(xml, /<courseStructure xmlns="https:\/\/w3id\.org\/xapi\/profiles\/cmi5\/v1\/CourseStructure\.xsd">/);
    const units = [...xml.matchAll(/<au id="([^"]+)" moveOn="(\w+)" launchMethod="(\w+)">/g)];
    assert.deepEqual(
      units.map((unit) => unit.slice(1)),
      [[UNIT, 'Completed', 'AnyWindow']],
    );
    assert.match(xml, /<url>index\.html<\/url>/);
    for (const element of ['course', 'title', 'description', 'au']) {
      const opened = xml.match(new RegExp(`<${element}[ >]`, 'g'))?.length ?? 0;
      assert.equal(opened, xml.match(new RegExp(`</${element}>`, 'g'))?.length ?? -1, `<${element}> is closed`);
    }
    assert.match(xml, /<langstring lang="de">/, 'titles in more than one language');
  });

  it('carries the page, the bundle with every chunk it imports, and the data', () => {
    for (const path of ['index.html', 'module.js', 'module.css', 'lp-elements/lp-elements.js', 'data/lp-data.json']) {
      assert.ok(files[path], `${path} is in the package`);
    }
    const bundle = new TextDecoder().decode(files['lp-elements/lp-elements.js']);
    const imported = [...bundle.matchAll(/["']\.\/(chunks\/[\w.-]+\.js)["']/g)].map((match) => match[1]);
    assert.ok(imported.length > 0);
    for (const chunk of imported) assert.ok(files[`lp-elements/${chunk}`], `${chunk} is in the package`);
    assert.ok(!Object.keys(files).some((path) => path.endsWith('.map') || path.includes('node_modules')));
    JSON.parse(new TextDecoder().decode(files['data/lp-data.json']));
  });

  it('runs the unit from the unpacked files with nothing else reachable', async () => {
    const site = await serveFolder({ dir: join(scratch, 'unpacked') });
    const browser = await puppeteer.launch({ executablePath: ensureBrowser(), args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      const refused = [];
      const failed = [];
      const errors = [];
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        if (request.url().startsWith(`${site.origin}/`)) void request.continue();
        else {
          refused.push(request.url());
          void request.abort('internetdisconnected');
        }
      });
      page.on('requestfailed', (request) => failed.push(request.url()));
      page.on('response', (response) => {
        if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) failed.push(response.url());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${site.origin}/index.html`);
      await page.waitForFunction(
        () => {
          const module = document.querySelector('lp-training-module')?.shadowRoot;
          return Boolean(
            module?.querySelector('lp-career-track')?.shadowRoot?.querySelector('[data-step]') &&
            module.querySelector('lp-skill-gap-matrix')?.shadowRoot?.querySelector('tbody tr') &&
            module.querySelector('lp-course-catalogue')?.shadowRoot?.querySelector('lp-course-card'),
          );
        },
        { timeout: 20_000 },
      );
      assert.deepEqual(refused, [], 'the unit asks for nothing outside the package');
      assert.deepEqual(
        failed.filter((url) => !url.endsWith('/favicon.ico')),
        [],
      );
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
      await site.stop();
    }
  });
});
