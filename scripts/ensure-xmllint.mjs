#!/usr/bin/env node
/**
 * Finds `xmllint`, which the package tests validate SCORM manifests with. When it is missing on
 * Debian or Ubuntu as root, installs Debian's `libxml2-utils` with apt-get; anywhere else it stops
 * with one line saying what to install.
 *
 *   node scripts/ensure-xmllint.mjs          prints xmllint's path
 *   import { ensureXmllint } from './ensure-xmllint.mjs'
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

function findXmllint() {
  const result = spawnSync('sh', ['-c', 'command -v xmllint'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

function isDebianFamily() {
  try {
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

function installWithApt() {
  console.log("xmllint not found: installing Debian's libxml2-utils with apt-get…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', '--no-install-recommends', 'libxml2-utils'],
  ]) {
    if (spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env }).status !== 0) return false;
  }
  return true;
}

/** Resolves xmllint's path, installing it where that is possible; throws with one clear line otherwise. */
export function ensureXmllint() {
  const found = findXmllint();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (process.platform === 'linux' && isRoot && isDebianFamily() && installWithApt()) {
    const installed = findXmllint();
    if (installed) return installed;
  }
  throw new Error(
    'xmllint not found: install it (Debian/Ubuntu: sudo apt-get install libxml2-utils; macOS has it built in).',
  );
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    console.log(ensureXmllint());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
