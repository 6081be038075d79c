/**
 * The training module page as an LMS meets it: the strict stand-in cmi5 LMS launches the built
 * page (`dist/module`, from `npm run build`), a learner walks it by keyboard in Chromium over two
 * sessions of one registration (closing the window in between), then sees it in Review; the real
 * local LRS ends up with one valid cmi5 sequence per session and the LMS refused nothing. Also: a
 * reload ends the session and says so; a refused launch says so. Statements are checked with
 * Learning Locker's validator.
 */
/* global document -- page.evaluate and page.waitForFunction run these functions in the browser */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { startCmi5Lms } from '../cmi5-lms.mjs';
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
  tabTo,
} from './module-walk.mjs';

const validate = createRequire(import.meta.url)('@learninglocker/xapi-validation').default;

const UNIT = 'https://lp-elements.example/cmi5/au/lp-journey';
const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const verb = (statement) => statement.verb.id.split('/').pop();

let lrs;
let ownLrs;
let site;
let lms;
let browser;

/** The module is shown and the recorder has taken the LMS's launch mode. */
async function moduleReady(page) {
  await moduleShown(page);
  await page.waitForFunction(() => document.querySelector('lp-xapi-recorder')?.hasAttribute('launch-mode'), {
    timeout: 20_000,
  });
}

/** The launch's id at the stand-in LMS: the last part of its fetch URL. */
const launchIdOf = (page) => new URL(page.url()).searchParams.get('fetch').split('/').pop();

async function statementsOf(registration, until) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const response = await fetch(`${lrs.endpoint}statements?registration=${registration}&ascending=true&limit=200`, {
      headers: { authorization: lrs.auth, 'x-experience-api-version': '1.0.3' },
    });
    const { statements } = await response.json();
    if (until(statements) || Date.now() > deadline) return statements;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('the training module launched as a cmi5 unit', { timeout: 180_000 }, () => {
  before(async () => {
    assert.ok(existsSync(join(root, 'dist/module/index.html')), 'the module page is built (npm run build)');
    lrs = process.env.LP_LRS_ENDPOINT
      ? { endpoint: process.env.LP_LRS_ENDPOINT, auth: process.env.LP_LRS_AUTH }
      : (ownLrs = await startLrs());
    site = await serveFolder({ dir: join(root, 'dist/module') });
    lms = await startCmi5Lms({
      lrsEndpoint: lrs.endpoint,
      lrsAuth: lrs.auth,
      unit: { url: `${site.origin}/index.html`, activityId: UNIT },
    });
    browser = await puppeteer.launch({ executablePath: ensureBrowser(), args: ['--no-sandbox'] });
  });

  after(async () => {
    await browser?.close();
    await lms?.stop();
    await site?.stop();
    await ownLrs?.stop();
  });

  it('walks by keyboard across two sessions of one registration, closing the window in between', async () => {
    const pageErrors = [];
    const open = async (path, context = browser) => {
      const page = await context.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto(`${lms.origin}${path}`);
      await moduleReady(page);
      return { page, launchId: launchIdOf(page) };
    };

    // Moodle's actor form: the LMS compares every request with exactly that.
    const first = await open('/launch?lang=de&actor=moodle');
    const registration = new URL(first.page.url()).searchParams.get('registration');
    assert.ok(registration, 'the LMS redirected to the unit with its launch parameters');
    assert.equal(
      await first.page.evaluate(() => document.querySelector('lp-xapi-recorder')?.getAttribute('lang')),
      'de',
      'the learner’s preferred language',
    );
    const rows = await chooseFirstStep(first.page);
    const step = await requiredStep(first.page);
    const half = Math.floor(rows / 2);
    await assessFrom(first.page, 0, half);
    // The learner closes the window: terminated goes out with what is still queued, once.
    await first.page.close({ runBeforeUnload: true });
    const sessionOne = await statementsOf(registration, (all) =>
      all.some((statement) => verb(statement) === 'terminated'),
    );
    assert.deepEqual(sessionOne.map(verb).slice(0, 2), ['launched', 'initialized']);
    assert.equal(verb(sessionOne.at(-1)), 'terminated', 'terminated last, sent as the window closed');
    assert.equal(sessionOne.filter((statement) => verb(statement) === 'self-assessed').length, half);

    // A new session of the same registration, on another device (a fresh browser profile: no
    // localStorage, no IndexedDB): the unit is not completed, so Normal again, and the learner's
    // step and levels come back from the unit's State document at the LMS.
    const otherDevice = await browser.createBrowserContext();
    const second = await open(`/launch?lang=de&registration=${registration}`, otherDevice);
    assert.equal(
      await second.page.evaluate(() => document.querySelector('lp-xapi-recorder').getAttribute('launch-mode')),
      'Normal',
    );
    await progressStartsWith(second.page, `${half} von ${rows} `);
    assert.equal(await requiredStep(second.page), step, 'the step chosen in the first session');
    await assessFrom(second.page, half, rows);
    await second.page.waitForFunction(
      () =>
        document
          .querySelector('lp-training-module')
          ?.shadowRoot?.querySelector('[part="progress"]')
          ?.textContent.includes('abgeschlossen'),
      { timeout: 20_000 },
    );
    const finalProgress = await progress(second.page);
    // Leave by keyboard: Exit returns to the LMS.
    await tabTo(second.page, (focus) => focus.part === 'exit-button');
    await Promise.all([second.page.waitForNavigation({ timeout: 30_000 }), second.page.keyboard.press('Enter')]);
    assert.match(second.page.url(), /\/returned\?/, 'back at the LMS’s return URL');
    await second.page.close();
    await otherDevice.close();

    const statements = await statementsOf(
      registration,
      (all) => all.filter((statement) => verb(statement) === 'terminated').length === 2,
    );
    const sessions = new Map();
    for (const statement of statements) {
      const id = statement.context?.extensions?.[SESSION_ID];
      assert.ok(id, `${verb(statement)} carries a session id`);
      sessions.set(id, [...(sessions.get(id) ?? []), verb(statement)]);
    }
    assert.equal(sessions.size, 2, 'two sessions');
    for (const verbs of sessions.values()) {
      assert.deepEqual(verbs.slice(0, 2), ['launched', 'initialized'], verbs.join(', '));
      assert.equal(verbs.at(-1), 'terminated', 'terminated last');
      assert.equal(verbs.filter((name) => name === 'terminated').length, 1);
    }
    const assessed = statements.filter((statement) => verb(statement) === 'self-assessed');
    assert.equal(assessed.length, rows, 'every self-assessment in the LRS, exactly once');
    assert.equal(new Set(assessed.map((statement) => statement.object.id)).size, rows, 'one per skill');
    const completed = statements.filter((statement) => verb(statement) === 'completed' && statement.object.id === UNIT);
    assert.equal(completed.length, 1, 'the unit completed exactly once');
    assert.ok(
      completed[0].context.contextActivities.category.some((activity) => activity.id === CMI5_CATEGORY),
      'completed is a cmi5 defined statement',
    );
    assert.equal(new Set(statements.map((statement) => statement.id)).size, statements.length, 'no duplicates');
    for (const statement of statements) {
      assert.deepEqual(validate(statement), [], `${verb(statement)} passes Learning Locker’s validator`);
    }
    for (const { launchId } of [first, second]) {
      const report = lms.report(launchId);
      assert.equal(report.fetchCount, 1, 'the fetch URL was used once');
      assert.deepEqual(report.refused, [], 'the strict LMS refused nothing');
      assert.ok(
        report.statements.every((statement) => !('objectType' in statement.actor)),
        'the actor as Moodle gave it',
      );
    }
    assert.deepEqual(pageErrors, []);

    // Satisfied: the LMS launches the unit in Review, read-only, and it records no completion.
    const review = await open(`/launch?registration=${registration}`);
    assert.equal(
      await review.page.evaluate(() => document.querySelector('lp-xapi-recorder').getAttribute('launch-mode')),
      'Review',
    );
    // The module follows the mode once it has rendered again.
    await review.page.waitForFunction(
      () =>
        document.querySelector('lp-training-module').shadowRoot.querySelector('lp-skill-gap-matrix').editable === false,
      { timeout: 10_000 },
    );
    // Review shows the learner's record, read-only: the same step and progress as they left it.
    await review.page.waitForFunction(
      (expected) =>
        document
          .querySelector('lp-training-module')
          ?.shadowRoot?.querySelector('[part="progress"]')
          ?.textContent.replace(/\s+/g, ' ')
          .trim() === expected,
      { timeout: 20_000 },
      finalProgress,
    );
    assert.equal(await requiredStep(review.page), step);
    await tabTo(review.page, (focus) => focus.part === 'exit-button');
    await Promise.all([review.page.waitForNavigation({ timeout: 30_000 }), review.page.keyboard.press('Enter')]);
    const reviewed = lms.report(review.launchId);
    assert.deepEqual(reviewed.statements.map(verb), ['initialized', 'terminated']);
    assert.deepEqual(reviewed.refused, []);
    await review.page.close();
  });

  it('ends the session when the window is reloaded, says so, and keeps what the learner did on the page', async () => {
    const page = await browser.newPage();
    await page.goto(`${lms.origin}/launch?lang=de`);
    const registration = new URL(page.url()).searchParams.get('registration');
    const launchId = launchIdOf(page);
    await moduleReady(page);
    const rows = await chooseFirstStep(page);
    await assessFrom(page, 0, 1);
    // A reload unloads the page as closing it does: the browser says nothing that tells them apart.
    await page.reload();
    await page.waitForFunction(
      () => document.querySelector('lp-training-module')?.shadowRoot?.querySelector('[part="launch-notice"]'),
      { timeout: 20_000 },
    );
    const notice = await page.evaluate(
      () => document.querySelector('lp-training-module').shadowRoot.querySelector('[part="launch-notice"]').textContent,
    );
    assert.match(notice, /Keine Verbindung zu Ihrem Kurs/);
    assert.match(await progress(page), new RegExp(`^1 von ${rows} `), 'the page kept the level set before the reload');
    const exitShown = await page.evaluate(
      () => document.querySelector('lp-training-module').shadowRoot.querySelector('[part="exit-button"]') !== null,
    );
    assert.equal(exitShown, false, 'no Exit that pretends to report back');
    const statements = await statementsOf(registration, (all) =>
      all.some((statement) => verb(statement) === 'terminated'),
    );
    assert.deepEqual(statements.map(verb), ['launched', 'initialized', 'selected', 'self-assessed', 'terminated']);
    const report = lms.report(launchId);
    assert.equal(report.fetchCount, 1, 'no second fetch');
    assert.deepEqual(report.refused, []);
    await page.close();
  });

  it('tells the learner, in their language, when the LMS refuses the launch', async () => {
    const page = await browser.newPage();
    // Stop at the unit's URL to use its fetch URL first, as a second window of the launch would.
    await page.setRequestInterception(true);
    let unitUrl;
    const stopAtUnit = (request) => {
      if (request.url().startsWith(site.origin)) {
        unitUrl = request.url();
        void request.abort();
      } else void request.continue();
    };
    page.on('request', stopAtUnit);
    await page.goto(`${lms.origin}/launch?lang=fr`).catch(() => undefined);
    page.off('request', stopAtUnit);
    await page.setRequestInterception(false);
    await fetch(new URL(unitUrl).searchParams.get('fetch'), { method: 'POST' });
    await page.goto(unitUrl);
    await page.waitForFunction(
      () => document.querySelector('lp-training-module')?.shadowRoot?.querySelector('[part="launch-notice"]'),
      { timeout: 20_000 },
    );
    const notice = await page.evaluate(
      () => document.querySelector('lp-training-module').shadowRoot.querySelector('[part="launch-notice"]').textContent,
    );
    assert.match(notice, /^\s*Not connected to your course/, 'the page’s language: the launch could not say another');
    await page.close();
  });

  it('is read-only in Review mode and records no completion', async () => {
    const page = await browser.newPage();
    await page.goto(`${lms.origin}/launch?mode=Review`);
    const registration = new URL(page.url()).searchParams.get('registration');
    await moduleReady(page);
    const editable = await page.evaluate(
      () => document.querySelector('lp-training-module').shadowRoot.querySelector('lp-skill-gap-matrix').editable,
    );
    assert.equal(editable, false);
    await tabTo(page, (focus) => focus.part === 'exit-button');
    await Promise.all([page.waitForNavigation({ timeout: 30_000 }), page.keyboard.press('Enter')]);
    const statements = await statementsOf(registration, (all) =>
      all.some((statement) => verb(statement) === 'terminated'),
    );
    assert.deepEqual(statements.map(verb), ['launched', 'initialized', 'terminated']);
    await page.close();
  });
});
