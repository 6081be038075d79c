/**
 * An identified learner gets their levels back on a second device: in Chromium, a page with
 * `<lp-xapi-recorder actor-name>` and the real local LRS (Learning Locker's statement service,
 * which has no State API) records the learner's self-assessments as the skill-gap matrix does;
 * then a second browser profile (its own localStorage and IndexedDB) opens a page with the same
 * `actor-name` and rebuilds the record with `lrsRecordStore`. The LRS holds every
 * self-assessment exactly once, each valid for Learning Locker's validator.
 *
 * The training module's own use of the store (rendering the restored levels) is the module's
 * test; this one drives the store from the page directly.
 */
/* global document, window, indexedDB, customElements -- page.evaluate runs these functions in the browser */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { VERBS } from '../../packages/xapi/src/index.ts';
import { ensureBrowser } from '../ensure-browser.mjs';
import { startLrs } from '../lrs.mjs';
import { serveFolder } from '../static-server.mjs';

const validate = createRequire(import.meta.url)('@learninglocker/xapi-validation').default;
const root = fileURLToPath(new URL('../..', import.meta.url));

const MODULE = 'https://university.example/lp/modules/journey';
const SELF_ASSESSED = VERBS.selfAssessed.id;
const skill = (n) => `https://university.example/lp/skills/${n}`;

let lrs;
let site;
let dir;
let browser;

/** The page's part: the recorder element, the builders and the store, bundled from the sources. */
const ENTRY = `
import './packages/elements/src/xapi-recorder/define.ts';
import { LpXapiStatementEvent } from './packages/elements/src/base/events/xapi-statement-event.ts';
import { lrsRecordStore, skillSelfAssessed } from '@lp-elements/xapi';
window.lp = { LpXapiStatementEvent, lrsRecordStore, skillSelfAssessed };
`;

/** Puts `<lp-xapi-recorder actor-name activity>` on the page and waits for its recorder. */
function addRecorder(page, actorName) {
  return page.evaluate(
    async ({ endpoint, auth, actorName: name, activity }) => {
      const recorder = document.createElement('lp-xapi-recorder');
      recorder.setAttribute('endpoint', endpoint);
      recorder.setAttribute('auth', auth);
      recorder.setAttribute('actor-name', name);
      recorder.setAttribute('activity', activity);
      recorder.setAttribute('version', '1.0.3');
      recorder.append(Object.assign(document.createElement('div'), { id: 'matrix' }));
      document.body.append(recorder);
      await customElements.whenDefined('lp-xapi-recorder');
      await recorder.updateComplete;
      return recorder.recorder.context.registration;
    },
    { endpoint: lrs.endpoint, auth: lrs.auth, actorName, activity: MODULE },
  );
}

before(async () => {
  lrs = await startLrs();
  dir = await mkdtemp(join(tmpdir(), 'lp-record-device-'));
  await build({
    stdin: { contents: ENTRY, resolveDir: root, loader: 'ts', sourcefile: 'record-page.ts' },
    bundle: true,
    format: 'esm',
    conditions: ['source'],
    outfile: join(dir, 'page.js'),
    logLevel: 'error',
  });
  await writeFile(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><meta charset="utf-8"><title>Record</title><script type="module" src="page.js"></script><body></body></html>',
  );
  site = await serveFolder({ dir });
  browser = await puppeteer.launch({ executablePath: ensureBrowser(), args: ['--no-sandbox'] });
});

after(async () => {
  await browser?.close();
  await site?.stop();
  await lrs?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the learner record on a second device', { timeout: 120_000 }, () => {
  it('rebuilds an identified learner’s levels from their statements in a fresh browser profile', async () => {
    const learner = `learner-${randomUUID().slice(0, 8)}`;

    const firstDevice = await browser.createBrowserContext();
    const first = await firstDevice.newPage();
    await first.goto(`${site.origin}/index.html`);
    await first.waitForFunction(() => window.lp);
    const firstRegistration = await addRecorder(first, learner);
    await first.evaluate(
      async (skills) => {
        const matrix = document.querySelector('#matrix');
        const recorder = document.querySelector('lp-xapi-recorder');
        const assess = (id, value) =>
          matrix.dispatchEvent(
            new window.lp.LpXapiStatementEvent(
              window.lp.skillSelfAssessed({ id, name: id }, { value, min: 0, max: 4 }),
            ),
          );
        assess(skills[0], 1);
        assess(skills[1], 3);
        await new Promise((resolve) => setTimeout(resolve, 20));
        assess(skills[0], 4);
        // Delivered when the LRS confirmed all three.
        let sent = 0;
        await new Promise((resolve) => {
          recorder.addEventListener('lp-xapi-sent', (event) => {
            sent += event.detail.statements.length;
            if (sent >= 3) resolve();
          });
        });
      },
      [skill(1), skill(2)],
    );
    await firstDevice.close();

    const secondDevice = await browser.createBrowserContext();
    const second = await secondDevice.newPage();
    await second.goto(`${site.origin}/index.html`);
    await second.waitForFunction(() => window.lp);
    const fresh = await second.evaluate(async () => ({
      localStorage: localStorage.length,
      databases: (await indexedDB.databases()).length,
    }));
    assert.deepEqual(fresh, { localStorage: 0, databases: 0 }, 'a profile of its own');
    const secondRegistration = await addRecorder(second, learner);
    assert.notEqual(secondRegistration, firstRegistration, 'the recorder makes one registration per tab session');
    const restored = await second.evaluate(async (module) => {
      const recorder = document.querySelector('lp-xapi-recorder');
      const store = window.lp.lrsRecordStore(recorder.recorder, { activityId: module, capabilities: localStorage });
      const reading = await store.read();
      return {
        place: store.place,
        levels: Object.fromEntries(Object.entries(reading?.record.levels ?? {}).map(([id, { level }]) => [id, level])),
        problems: reading?.problems.length,
      };
    }, MODULE);
    assert.deepEqual(restored, { place: 'lrs-statements', levels: { [skill(1)]: 4, [skill(2)]: 3 }, problems: 0 });
    await secondDevice.close();

    const agent = JSON.stringify({ objectType: 'Agent', account: { homePage: site.origin, name: learner } });
    const response = await fetch(
      new URL(`statements?agent=${encodeURIComponent(agent)}&verb=${encodeURIComponent(SELF_ASSESSED)}`, lrs.endpoint),
      { headers: { Authorization: lrs.auth, 'X-Experience-API-Version': '1.0.3' } },
    );
    const { statements } = await response.json();
    assert.equal(statements.length, 3, 'every self-assessment, none twice');
    assert.equal(new Set(statements.map((statement) => statement.id)).size, 3);
    for (const statement of statements) assert.deepEqual(validate(statement), []);
  });
});
