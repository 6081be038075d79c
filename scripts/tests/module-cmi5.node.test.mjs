/**
 * The training module page as an LMS meets it: the stand-in cmi5 LMS launches the built page
 * (`dist/module`, from `npm run build`), a learner walks it by keyboard in Chromium with a reload
 * in the middle, and the real local LRS ends up with one valid cmi5 sequence. Statements are
 * checked with Learning Locker's validator.
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

/** The deepest focused element, through shadow roots: what a learner's keys act on. */
function focusedDescription(page) {
  return page.evaluate(() => {
    let active = document.activeElement;
    const hosts = [];
    while (active?.shadowRoot?.activeElement) {
      hosts.push(active.localName);
      active = active.shadowRoot.activeElement;
    }
    return {
      hosts,
      tag: active?.localName,
      step: active?.closest('[data-step]')?.getAttribute('data-step') ?? null,
      part: active?.getAttribute('part') ?? null,
      inGrid: Boolean(active?.closest('table')),
    };
  });
}

/** Presses Tab until the focus is where `wanted` says, or fails after `limit` presses. */
async function tabTo(page, wanted, limit = 150) {
  const visited = [];
  for (let presses = 0; presses < limit; presses += 1) {
    const focus = await focusedDescription(page);
    if (wanted(focus)) return;
    visited.push(`${focus.hosts.at(-1) ?? ''}>${focus.tag}${focus.part ? `[${focus.part}]` : ''}`);
    await page.keyboard.press('Tab');
  }
  assert.fail(`the focus never got there by Tab; it went ${visited.join(' ')}`);
}

const inMatrixGrid = (focus) => focus.hosts.includes('lp-skill-gap-matrix') && focus.inGrid;

/** The text of the module's progress line. */
const progress = (page) =>
  page.evaluate(
    () =>
      document
        .querySelector('lp-training-module')
        ?.shadowRoot?.querySelector('[part="progress"]')
        ?.textContent.replace(/\s+/g, ' ')
        .trim() ?? '',
  );

async function moduleReady(page) {
  await page.waitForFunction(
    () => {
      const module = document.querySelector('lp-training-module')?.shadowRoot;
      const matrix = module?.querySelector('lp-skill-gap-matrix')?.shadowRoot;
      const track = module?.querySelector('lp-career-track')?.shadowRoot;
      return Boolean(matrix?.querySelector('tbody tr[data-skill]') && track?.querySelector('[data-step] .toggle'));
    },
    { timeout: 20_000 },
  );
  await page.waitForFunction(() => document.querySelector('lp-xapi-recorder')?.hasAttribute('launch-mode'), {
    timeout: 20_000,
  });
}

/** Moves the grid's focus to the current level of row `row` (0 is the first skill). */
async function toLevelCell(page, row) {
  await page.keyboard.down('Control');
  await page.keyboard.press('Home');
  await page.keyboard.up('Control');
  for (let down = 0; down <= row; down += 1) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
}

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

  it('walks by keyboard through a reload, and the LRS holds one valid cmi5 sequence with completed once', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await page.goto(`${lms.origin}/launch?lang=de`);
    const registration = new URL(page.url()).searchParams.get('registration');
    assert.ok(registration, 'the LMS redirected to the unit with its launch parameters');
    const launchId = new URL(page.url()).searchParams.get('fetch').split('/').pop();
    await moduleReady(page);
    assert.equal(
      await page.evaluate(() => document.querySelector('lp-xapi-recorder')?.getAttribute('lang')),
      'de',
      'the learner’s preferred language',
    );

    // Choose the first step on the track: Tab to it, Enter opens it.
    await tabTo(page, (focus) => focus.hosts.includes('lp-career-track') && focus.step !== null);
    const step = (await focusedDescription(page)).step;
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (id) =>
        document.querySelector('lp-training-module')?.shadowRoot?.querySelector('lp-skill-gap-matrix')?.required === id,
      {},
      step,
    );
    const rows = await page.evaluate(
      () =>
        document
          .querySelector('lp-training-module')
          .shadowRoot.querySelector('lp-skill-gap-matrix')
          .shadowRoot.querySelectorAll('tbody tr[data-skill]').length,
    );
    assert.ok(rows >= 3, `the step requires skills (${rows})`);

    // Assess the first skills, then reload in the middle of the work.
    const half = Math.floor(rows / 2);
    await tabTo(page, inMatrixGrid);
    await toLevelCell(page, 0);
    for (let row = 0; row < half; row += 1) {
      await page.keyboard.press('3');
      await page.keyboard.press('ArrowDown');
    }
    // Reload at once: what is still queued must survive it, neither lost nor sent twice.
    await page.reload();
    await moduleReady(page);
    assert.match(await progress(page), new RegExp(`^${half} von ${rows} `), 'the reload resumed the assessment');

    await tabTo(page, inMatrixGrid);
    await toLevelCell(page, half);
    for (let row = half; row < rows; row += 1) {
      await page.keyboard.press('3');
      await page.keyboard.press('ArrowDown');
    }
    await page.waitForFunction(
      () =>
        document
          .querySelector('lp-training-module')
          ?.shadowRoot?.querySelector('[part="progress"]')
          ?.textContent.includes('abgeschlossen'),
      { timeout: 20_000 },
    );

    // Leave by keyboard: Exit returns to the LMS.
    await tabTo(page, (focus) => focus.part === 'exit-button');
    await Promise.all([page.waitForNavigation({ timeout: 30_000 }), page.keyboard.press('Enter')]);
    assert.match(page.url(), /\/returned\?/, 'back at the LMS’s return URL');

    const statements = await statementsOf(registration, (all) =>
      all.some((statement) => verb(statement) === 'terminated'),
    );
    const verbs = statements.map(verb);
    assert.equal(verbs[0], 'initialized', `initialized first: ${verbs.join(', ')}`);
    assert.equal(verbs.at(-1), 'terminated', 'terminated last');
    assert.equal(verbs.filter((name) => name === 'initialized').length, 1, 'no second initialized after the reload');
    assert.equal(verbs.filter((name) => name === 'terminated').length, 1);
    const completed = statements.filter((statement) => verb(statement) === 'completed' && statement.object.id === UNIT);
    assert.equal(completed.length, 1, 'the unit completed exactly once');
    assert.ok(
      completed[0].context.contextActivities.category.some((activity) => activity.id === CMI5_CATEGORY),
      'completed is a cmi5 defined statement',
    );
    assert.equal(verbs.filter((name) => name === 'self-assessed').length, rows, 'every self-assessment, once');
    assert.equal(new Set(statements.map((statement) => statement.id)).size, statements.length, 'no duplicates');
    const sessions = new Set(statements.map((statement) => statement.context?.extensions?.[SESSION_ID]));
    assert.equal(sessions.size, 1, 'one cmi5 session id on every statement, across the reload');
    assert.ok(!sessions.has(undefined));
    for (const statement of statements) {
      assert.deepEqual(validate(statement), [], `${verb(statement)} passes Learning Locker’s validator`);
    }
    assert.equal(lms.report(launchId).fetchCount, 1, 'the fetch URL was used once; the token survived the reload');
    assert.deepEqual(pageErrors, []);
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
    assert.deepEqual(statements.map(verb), ['initialized', 'terminated']);
    await page.close();
  });
});
