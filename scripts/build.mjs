#!/usr/bin/env node
/**
 * Builds every package in dependency order (model → xapi → elements): ESM + .d.ts in each
 * package's dist/, the custom elements manifest, the page theme stylesheet, the CDN bundle and
 * the training module's page with everything it loads (dist/module/).
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runBin } from './run.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGES_IN_ORDER = ['model', 'xapi', 'elements'];

async function step(name, action) {
  const started = performance.now();
  const code = await action();
  if (code !== 0) {
    console.error(`build: ${name} failed`);
    process.exit(code || 1);
  }
  console.log(`build: ${name} (${Math.round(performance.now() - started)} ms)`);
}

for (const name of PACKAGES_IN_ORDER) {
  const dir = join(root, 'packages', name);
  await rm(join(dir, 'dist'), { recursive: true, force: true });
  await step(`@lp-elements/${name}`, () => runBin('tsc', ['-p', join(dir, 'tsconfig.build.json')], { cwd: root }));
}

await step('theme stylesheet', async () => {
  const tokens = await import(pathToFileURL(join(root, 'packages/elements/dist/base/theme/tokens.js')).href);
  const target = join(root, 'packages/elements/dist/themes/lp-theme.css');
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, tokens.themeStylesheet());
  return 0;
});

await step('custom elements manifest', () =>
  runBin('cem', ['analyze', '--litelement', '--quiet'], { cwd: join(root, 'packages/elements') }),
);

await step('CDN bundle', () => runBin('rollup', ['-c', 'rollup.config.js', '--silent'], { cwd: root }));

await step('module page (dist/module)', async () => {
  const { writeModuleSite } = await import('./module-site.mjs');
  await writeModuleSite(join(root, 'dist/module'));
  return 0;
});
