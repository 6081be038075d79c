#!/usr/bin/env node
/**
 * Finds a Chromium-family browser for the tests: CHROME_PATH, then the usual install paths.
 * When none is there on Debian or Ubuntu as root, installs Debian's `chromium` with apt-get;
 * anywhere else it stops with one line saying what to install.
 *
 *   node scripts/ensure-browser.mjs          prints the browser's path
 *   import { ensureBrowser } from './ensure-browser.mjs'
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const USUAL_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first usable browser path, or undefined. */
export function findBrowser(env = process.env) {
  if (env.CHROME_PATH) return isExecutable(env.CHROME_PATH) ? env.CHROME_PATH : undefined;
  return USUAL_PATHS.find(isExecutable);
}

function isDebianFamily() {
  try {
    const osRelease = readFileSync('/etc/os-release', 'utf8');
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(osRelease);
  } catch {
    return false;
  }
}

function installChromiumWithApt() {
  console.log("No Chromium-family browser found: installing Debian's chromium with apt-get (about a minute)…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', '--no-install-recommends', 'chromium'],
  ]) {
    const result = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
    if (result.status !== 0) return false;
  }
  return true;
}

/** Resolves the browser path, installing Chromium where that is possible; throws with one clear line otherwise. */
export function ensureBrowser(env = process.env) {
  if (env.CHROME_PATH && !isExecutable(env.CHROME_PATH)) {
    throw new Error(`CHROME_PATH=${env.CHROME_PATH} is not an executable browser: fix it or unset it.`);
  }
  const found = findBrowser(env);
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (process.platform === 'linux' && isRoot && isDebianFamily() && installChromiumWithApt()) {
    const installed = findBrowser(env);
    if (installed) return installed;
  }
  throw new Error(
    'No Chromium-family browser found: install Chromium or Google Chrome (Debian/Ubuntu: sudo apt-get install chromium), or set CHROME_PATH to its executable.',
  );
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    console.log(ensureBrowser());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
