/**
 * The training module on a university's own page with an LRS, as an identified learner meets it
 * on two devices: in Chromium, the built module (`dist/module`, from `npm run build`) under
 * `<lp-xapi-recorder actor-name>` and the real local LRS (Learning Locker's statement service,
 * which has no State API). The learner chooses a step and assesses skills by keyboard in one
 * browser profile; a second profile (its own localStorage and IndexedDB, and a new registration)
 * opens the same page and shows the same step and levels, rebuilt from the learner's statements.
 * The LRS holds every self-assessment exactly once, each valid for Learning Locker's validator.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { ensureBrowser } from '../ensure-browser.mjs';
import { startLrs } from '../lrs.mjs';
import { root } from '../module-site.mjs';
import { serveFolder } from '../static-server.mjs';
import {
  assessFrom,
  chooseFirstStep,
  moduleShown,
  progress,
  progressStartsWith,
  requiredStep,
} from './module-walk.mjs';

const validate = createRequire(import.meta.url)('@learninglocker/xapi-validation').default;

const MODULE = 'https://www.university.example/lp/modules/lp-journey';
const SELF_ASSESSED = 'self-assessed';
const verb = (statement) => statement.verb.id.split('/').pop();

let lrs;
let ownLrs;
let dir;
let site;
let browser;

/** The learner's self-assessments in the LRS, once there are at least `count` (all pages). */
async function selfAssessments(agent, count) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const found = [];
    let next = `statements?agent=${encodeURIComponent(JSON.stringify(agent))}&limit=500`;
    while (next) {
      const response = await fetch(new URL(next, lrs.endpoint), {
        headers: { authorization: lrs.auth, 'x-experience-api-version': '1.0.3' },
      });
      const body = await response.json();
      found.push(...body.statements.filter((statement) => verb(statement) === SELF_ASSESSED));
      next = body.more ? new URL(body.more, lrs.endpoint).href : '';
    }
    if (found.length >= count || Date.now() > deadline) return found;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('the training module on a page with an LRS, on two devices', { timeout: 120_000 }, () => {
  before(async () => {
    lrs = process.env.LP_LRS_ENDPOINT
      ? { endpoint: process.env.LP_LRS_ENDPOINT, auth: process.env.LP_LRS_AUTH }
      : (ownLrs = await startLrs());
    dir = await mkdtemp(join(tmpdir(), 'lp-second-device-'));
    await cp(join(root, 'dist/module'), dir, { recursive: true });
    site = await serveFolder({ dir });
    browser = await puppeteer.launch({ executablePath: ensureBrowser(), args: ['--no-sandbox'] });
  });

  after(async () => {
    await browser?.close();
    await site?.stop();
    await rm(dir, { recursive: true, force: true });
    await ownLrs?.stop();
  });

  it('shows the step and levels set on the first device on the second one', async () => {
    const learner = `learner-${randomUUID()}`;
    // Basic credentials in the page are for local development only (the recorder warns); a
    // university's page uses token-url.
    await writeFile(
      join(dir, 'with-lrs.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8" /><title>LP module</title>
<script type="module" src="lp-elements/lp-elements.js"></script></head><body><main>
<lp-xapi-recorder endpoint="${lrs.endpoint}" auth="${lrs.auth}" actor-name="${learner}" activity="${MODULE}" version="1.0.3">
<lp-training-module src="data/lp-data.json"></lp-training-module></lp-xapi-recorder></main></body></html>`,
    );
    const pageErrors = [];
    const open = async (context) => {
      const page = await context.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto(`${site.origin}/with-lrs.html`);
      await moduleShown(page);
      return page;
    };

    const firstDevice = await browser.createBrowserContext();
    const first = await open(firstDevice);
    const rows = await chooseFirstStep(first);
    const step = await requiredStep(first);
    const assessed = Math.floor(rows / 2);
    await assessFrom(first, 0, assessed);
    const agent = { objectType: 'Agent', account: { homePage: site.origin, name: learner } };
    assert.equal((await selfAssessments(agent, assessed)).length, assessed, 'the first device delivered them');
    await firstDevice.close();

    const secondDevice = await browser.createBrowserContext();
    const second = await open(secondDevice);
    await progressStartsWith(second, `${assessed} of ${rows} `);
    assert.equal(await requiredStep(second), step, 'the step chosen on the first device');
    assert.match(await progress(second), new RegExp(`^${assessed} of ${rows} `));
    await secondDevice.close();

    const stored = await selfAssessments(agent, assessed);
    assert.equal(stored.length, assessed, 'every self-assessment in the LRS, exactly once');
    assert.equal(new Set(stored.map((statement) => statement.object.id)).size, assessed, 'one per skill');
    for (const statement of stored) assert.deepEqual(validate(statement), [], 'valid for Learning Locker');
    assert.deepEqual(pageErrors, []);
  });
});
