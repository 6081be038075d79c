#!/usr/bin/env node
/**
 * `npm test`: the whole suite, on any machine. Finds (or installs) Chromium, then lint, types,
 * build, browser tests in Chromium against the local LRS, and Node tests. Runs every stage even
 * after a failure, so one run shows everything, and ends with `N passed, N failed`.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBrowser } from './ensure-browser.mjs';
import { startLrs } from './lrs.mjs';
import { run, runBin } from './run.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const scratch = await mkdtemp(join(tmpdir(), 'lp-test-'));
const results = [];

function record(name, passed, failed, detail = '') {
  results.push({ name, passed, failed, detail });
}

async function check(name, action) {
  console.log(`\n── ${name}`);
  const code = await action();
  record(name, code === 0 ? 1 : 0, code === 0 ? 0 : 1);
}

async function findFiles(dir, pattern) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await findFiles(path, pattern)));
    else if (pattern.test(entry.name)) found.push(path);
  }
  return found;
}

let browser;
try {
  browser = ensureBrowser();
  console.log(`Browser: ${browser}`);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const env = { ...process.env, CHROME_PATH: browser };

await check('lint (eslint, prettier, lit-analyzer)', async () => {
  const eslint = await runBin('eslint', ['.'], { cwd: root });
  const prettier = await runBin('prettier', ['--check', '--log-level', 'warn', '.'], { cwd: root });
  const litAnalyzer = await runBin('lit-analyzer', ['packages/elements/src/**/*.ts', '--strict', '--quiet'], {
    cwd: root,
  });
  return eslint || prettier || litAnalyzer;
});
await check('type-check', () => runBin('tsc', ['-p', 'tsconfig.json', '--noEmit'], { cwd: root }));
await check('build', () => run(process.execPath, ['scripts/build.mjs'], { cwd: root }));

let lrs;
try {
  lrs = await startLrs();
  console.log(`\nLocal LRS: ${lrs.endpoint}`);
} catch (error) {
  console.error(`\nThe local LRS did not start: ${error.message}`);
  record('local LRS', 0, 1);
}
const testEnv = lrs ? { ...env, LP_LRS_ENDPOINT: lrs.endpoint, LP_LRS_AUTH: lrs.auth } : env;

try {
  console.log('\n── browser tests (web-test-runner, Chromium)');
  const countsFile = join(scratch, 'browser-counts.json');
  const code = await runBin('web-test-runner', [], { cwd: root, env: { ...testEnv, LP_TEST_COUNTS_FILE: countsFile } });
  try {
    const counts = JSON.parse(await readFile(countsFile, 'utf8'));
    record('browser tests', counts.passed, Math.max(counts.failed, code === 0 ? 0 : 1));
  } catch {
    record('browser tests', 0, 1, 'web-test-runner did not report its counts');
  }

  console.log('\n── Storybook stories and their play functions (vitest, Chromium)');
  const storiesReport = join(scratch, 'stories.json');
  const storiesCode = await runBin(
    'vitest',
    ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${storiesReport}`],
    {
      cwd: root,
      // Stories that send statements send them to the same local LRS as the browser tests.
      env: lrs ? { ...testEnv, STORYBOOK_LRS_ENDPOINT: lrs.endpoint, STORYBOOK_LRS_AUTH: lrs.auth } : testEnv,
    },
  );
  try {
    const report = JSON.parse(await readFile(storiesReport, 'utf8'));
    record('stories', report.numPassedTests, Math.max(report.numFailedTests, storiesCode === 0 ? 0 : 1));
  } catch {
    record('stories', 0, 1, 'vitest did not report its counts');
  }

  const nodeTests = [
    ...(await findFiles(join(root, 'packages'), /\.node\.test\.ts$/)),
    ...(await findFiles(join(root, 'scripts'), /\.node\.test\.mjs$/)),
  ];
  if (nodeTests.length > 0) {
    console.log('\n── Node tests (node --test)');
    const tapFile = join(scratch, 'node.tap');
    const nodeCode = await run(
      process.execPath,
      [
        '--import',
        'tsx',
        '--test',
        '--test-reporter=spec',
        '--test-reporter-destination=stdout',
        '--test-reporter=tap',
        `--test-reporter-destination=${tapFile}`,
        ...nodeTests.map((file) => relative(root, file)),
      ],
      { cwd: root, env: testEnv },
    );
    const tap = await readFile(tapFile, 'utf8').catch(() => '');
    const count = (label) => Number(new RegExp(`^# ${label} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0);
    record('Node tests', count('pass'), Math.max(count('fail'), nodeCode === 0 ? 0 : 1));
  }
} finally {
  await lrs?.stop();
  await rm(scratch, { recursive: true, force: true });
}

const total = results.reduce(
  (sum, { passed, failed }) => ({ passed: sum.passed + passed, failed: sum.failed + failed }),
  {
    passed: 0,
    failed: 0,
  },
);
console.log('\nSummary');
for (const { name, passed, failed, detail } of results) {
  console.log(`  ${failed ? '✗' : '✓'} ${name}: ${passed} passed, ${failed} failed${detail ? ` (${detail})` : ''}`);
}
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed ? 1 : 0);
