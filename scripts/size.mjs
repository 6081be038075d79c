#!/usr/bin/env node
/**
 * `npm run size`: raw and gzip size of every entry point and of the CDN bundle, checked against
 * the budgets in docs/performance.md (the table between the `size-budgets` markers). Exits 1
 * above a budget. `npm run size -- --write` also records the measurements in that file.
 * Needs `npm run build` first.
 */
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as prettier from 'prettier';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const performanceDoc = join(root, 'docs', 'performance.md');
const elementsDist = join(root, 'packages/elements/dist');

/** Every published entry point: name → file. Package entries are measured bundled with their dependencies. */
async function entryPoints() {
  const entries = [
    { name: 'cdn', file: join(elementsDist, 'cdn/lp-elements.js'), bundled: true },
    { name: '@lp-elements/model', file: join(root, 'packages/model/dist/index.js') },
    { name: '@lp-elements/xapi', file: join(root, 'packages/xapi/dist/index.js') },
    { name: '@lp-elements/elements', file: join(elementsDist, 'index.js') },
  ];
  if (existsSync(join(elementsDist, 'define.js'))) {
    entries.push({ name: '@lp-elements/elements/define.js', file: join(elementsDist, 'define.js') });
  }
  for (const dir of await readdir(elementsDist, { withFileTypes: true })) {
    const define = join(elementsDist, dir.name, 'define.js');
    if (dir.isDirectory() && existsSync(define)) {
      entries.push({ name: `@lp-elements/elements/${dir.name}/define.js`, file: define });
    }
  }
  return entries;
}

async function measure({ file, bundled }) {
  const code = bundled
    ? await readFile(file)
    : (
        await build({
          entryPoints: [file],
          bundle: true,
          minify: true,
          format: 'esm',
          target: 'es2022',
          write: false,
          logLevel: 'silent',
          // Translations load on demand: measure what a page downloads up front.
          splitting: true,
          outdir: '/virtual',
        })
      ).outputFiles.find((output) => output.path === '/virtual/' + file.split('/').pop()).contents;
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function readBudgets(markdown) {
  const block = /<!-- size-budgets:start -->([\s\S]*?)<!-- size-budgets:end -->/.exec(markdown)?.[1] ?? '';
  const budgets = new Map();
  for (const row of block.split('\n')) {
    const match = /^\|\s*`([^`]+)`\s*\|\s*([\d.]+)\s*KB\s*\|/.exec(row);
    if (match) budgets.set(match[1], Number(match[2]) * 1024);
  }
  return budgets;
}

if (!existsSync(join(elementsDist, 'cdn/lp-elements.js'))) {
  console.error('size: nothing built yet: run `npm run build` first.');
  process.exit(1);
}

const markdown = await readFile(performanceDoc, 'utf8');
const budgets = readBudgets(markdown);
const rows = [];
let over = 0;
for (const entry of await entryPoints()) {
  const size = await measure(entry);
  const budget = budgets.get(entry.name);
  const status = budget === undefined ? '' : size.gzip <= budget ? 'ok' : 'OVER';
  if (status === 'OVER') over += 1;
  rows.push({ ...entry, ...size, budget, status });
}

const chunkDir = join(elementsDist, 'cdn/chunks');
const chunks = existsSync(chunkDir) ? (await readdir(chunkDir)).filter((name) => name.endsWith('.js')) : [];
let largestChunk = 0;
for (const chunk of chunks) {
  largestChunk = Math.max(largestChunk, gzipSync(await readFile(join(chunkDir, chunk)), { level: 9 }).length);
}

console.log('entry point'.padEnd(52), 'raw'.padStart(10), 'gzip'.padStart(10), 'budget'.padStart(10));
for (const row of rows) {
  console.log(
    row.name.padEnd(52),
    kb(row.raw).padStart(10),
    kb(row.gzip).padStart(10),
    (row.budget === undefined ? '—' : kb(row.budget)).padStart(10),
    row.status,
  );
}
console.log(
  `CDN translation chunks: ${chunks.length}, largest ${kb(largestChunk)} gzip, loaded only for their language`,
);

if (process.argv.includes('--write')) {
  const table = [
    '| entry point | raw | gzip |',
    '| --- | ---: | ---: |',
    ...rows.map((row) => `| \`${row.name}\` | ${kb(row.raw)} | ${kb(row.gzip)} |`),
    `| CDN translation chunk (largest of ${chunks.length}) | — | ${kb(largestChunk)} |`,
  ].join('\n');
  const updated = markdown.replace(
    /<!-- size-measured:start -->[\s\S]*?<!-- size-measured:end -->/,
    `<!-- size-measured:start -->\n${table}\n<!-- size-measured:end -->`,
  );
  await writeFile(performanceDoc, await prettier.format(updated, { filepath: performanceDoc }));
  console.log('size: measurements written to docs/performance.md');
}

if (over > 0) {
  console.error(`size: ${over} entry point(s) over budget (budgets: docs/performance.md)`);
  process.exit(1);
}
