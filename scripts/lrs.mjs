#!/usr/bin/env node
/**
 * The local Learning Record Store for tests and the demo: Learning Locker's statement service
 * (`@learninglocker/xapi-statements`, GPL-3.0, a devDependency only) in memory on 127.0.0.1.
 *
 *   node scripts/lrs.mjs [--port 18082]     run until Ctrl-C, printing the endpoint
 *   import { startLrs } from './lrs.mjs'    start one from another script
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** Basic credentials the local LRS accepts (it accepts any in its test auth mode). */
export const LOCAL_LRS_AUTH = `Basic ${Buffer.from('lp-local:lp-local').toString('base64')}`;

/** Resolves to a free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Resolves true when something already listens on 127.0.0.1:port. */
export function portInUse(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function waitForAbout(endpoint, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the LRS exited with code ${child.exitCode}`);
    try {
      const response = await fetch(new URL('about', endpoint));
      if (response.ok) return;
      lastError = new Error(`GET about answered ${response.status}`);
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`the LRS did not answer GET ${endpoint}about within ${timeoutMs} ms: ${lastError?.message}`);
}

/**
 * Starts the LRS and resolves once `GET /xAPI/about` answers.
 * @param {{ port?: number, quiet?: boolean, timeoutMs?: number }} [options]
 * @returns {Promise<{ endpoint: string, port: number, auth: string, stop: () => Promise<void> }>}
 */
export async function startLrs({ port, quiet = true, timeoutMs = 60_000 } = {}) {
  const chosenPort = port ?? (await freePort());
  if (await portInUse(chosenPort)) {
    throw new Error(
      `port ${chosenPort} on 127.0.0.1 is already taken: stop what uses it or choose another with --port`,
    );
  }
  const workDir = await mkdtemp(join(tmpdir(), 'lp-lrs-'));
  const entry = require.resolve('@learninglocker/xapi-statements/dist/index.js');
  const child = spawn(process.execPath, ['-r', join(here, 'lrs-bind-loopback.cjs'), entry], {
    env: {
      ...process.env,
      EXPRESS_PORT: String(chosenPort),
      MODELS_REPO: 'memory',
      AUTH_REPO: 'test',
      EVENTS_REPO: 'test',
      STORAGE_REPO: 'local',
      FS_LOCAL_STORAGE_DIR: join(workDir, 'storage'),
      EXPRESS_MORGAN_DIRECTORY: join(workDir, 'logs'),
      WINSTON_CONSOLE_LEVEL: 'error',
      NODE_NO_WARNINGS: '1',
    },
    stdio: quiet ? ['ignore', 'ignore', 'pipe'] : ['ignore', 'inherit', 'inherit'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const endpoint = `http://127.0.0.1:${chosenPort}/xAPI/`;
  let stopped;
  const stop = () => {
    stopped ??= new Promise((resolve) => {
      const finish = () => rm(workDir, { recursive: true, force: true }).then(resolve, resolve);
      if (child.exitCode !== null || child.signalCode !== null) return finish();
      child.once('exit', finish);
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 3000).unref();
    });
    return stopped;
  };
  try {
    await waitForAbout(endpoint, child, timeoutMs);
  } catch (error) {
    await stop();
    throw new Error(`${error.message}${stderr ? `\n${stderr.trim()}` : ''}`, { cause: error });
  }
  return { endpoint, port: chosenPort, auth: LOCAL_LRS_AUTH, stop };
}

async function main() {
  const portFlag = process.argv.indexOf('--port');
  const port = portFlag > 0 ? Number(process.argv[portFlag + 1]) : 18082;
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    console.error('lrs: --port needs a number between 1 and 65535');
    process.exit(2);
  }
  try {
    const lrs = await startLrs({ port });
    console.log(`Local LRS (in memory): ${lrs.endpoint}  Authorization: ${lrs.auth}`);
    const shutdown = () => lrs.stop().then(() => process.exit(0));
    process.on('SIGINT', shutdown);
    process.on('SIGTERM', shutdown);
  } catch (error) {
    console.error(`lrs: ${error.message}`);
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
