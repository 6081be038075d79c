#!/usr/bin/env node
/**
 * `npm run size`: raw and gzip size of every entry point and of the CDN bundle and loader, and
 * the script three plain pages fetch in Chromium through the loader and through the bundle
 * (`page-weights.mjs`), checked against the budgets in docs/performance.md (the table between
 * the `size-budgets` markers; `page:<name>` is a page through the loader). Exits 1 above a
 * budget. `npm run size -- --write` also records the measurements in that file.
 * Needs `npm run build` first.
 */
import { build } from 'esbuild';
import { pageWeights } from './page-weights.mjs';
import { SIZE_BUILD_OPTIONS } from './size-build-options.mjs';
import { rollup } from 'rollup';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as prettier from 'prettier';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const performanceDoc = join(root, 'docs', 'performance.md');
const elementsDist = join(root, 'packages/elements/dist');

/** Every published entry point: name → file. Package entries are measured bundled with their dependencies. */
async function entryPoints() {
  const entries = [
    { name: 'cdn', file: join(elementsDist, 'cdn/lp-elements.js'), bundled: true },
    { name: 'cdn loader', file: join(elementsDist, 'cdn/lp-loader.js'), bundled: true },
    { name: '@lp-elements/model', file: join(root, 'packages/model/dist/index.js') },
    { name: '@lp-elements/xapi', file: join(root, 'packages/xapi/dist/index.js') },
    { name: 'recorder runtime', file: join(root, 'packages/xapi/dist/index.js'), only: ['createRecorder'] },
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

/** The element folders whose define files `src/define.ts` imports, in its order. */
async function elementFolders() {
  const source = await readFile(join(root, 'packages/elements/src/define.ts'), 'utf8');
  return [...source.matchAll(/import '\.\/([\w-]+)\/define\.js';/g)].map((match) => match[1]);
}

/** Element folder → the element folders its define file registers too (a composite's parts). */
async function elementParts(folders) {
  const parts = new Map();
  for (const folder of folders) {
    const source = await readFile(join(root, 'packages/elements/src', folder, 'define.ts'), 'utf8');
    parts.set(
      folder,
      [...source.matchAll(/import '\.\.\/([\w-]+)\/define\.js';/g)].map((match) => match[1]),
    );
  }
  return parts;
}

/** The gzip size of a CDN bundle built from the sources with only some elements registered. */
async function cdnSizeWith(folders) {
  const {
    default: [config],
  } = await import(pathToFileURL(join(root, 'rollup.config.js')).href);
  // A module that exists only here, placed in src/ so that its relative imports resolve as the real entry's do.
  const entry = join(root, 'packages/elements/src/size-entry.virtual.ts');
  const code = [
    ...folders.map((folder) => `import './${folder}/define.js';`),
    "export * from './base/index.js';",
    "export { createRecorder, xapiJsTransport } from '@lp-elements/xapi';",
  ].join('\n');
  const bundle = await rollup({
    ...config,
    input: entry,
    onwarn: () => undefined,
    plugins: [
      {
        name: 'lp-virtual-entry',
        resolveId: (id) => (id === entry ? entry : null),
        load: (id) => (id === entry ? code : null),
      },
      ...config.plugins,
    ],
  });
  const { output } = await bundle.generate({ ...config.output, dir: undefined, file: undefined, sourcemap: false });
  await bundle.close();
  const main = output.find((chunk) => chunk.type === 'chunk' && chunk.isEntry);
  return gzipSync(Buffer.from(main.code), { level: 9 }).length;
}

/** What each element (or group of elements) adds to the CDN bundle: the bundle with it minus the bundle without it. */
async function addedWeights(budgetKeys) {
  const folders = await elementFolders();
  const parts = await elementParts(folders);
  const sizes = new Map();
  const sizeWith = async (set) => {
    const key = set.join();
    if (!sizes.has(key)) sizes.set(key, await cdnSizeWith(set));
    return sizes.get(key);
  };
  const groups = new Set([
    ...folders.map((folder) => `+${folder}`),
    ...budgetKeys.filter((key) => key.startsWith('+')),
  ]);
  const rows = [];
  for (const group of groups) {
    const left = group.slice(1).split(',');
    if (!left.every((folder) => folders.includes(folder))) continue;
    // A composite that registers these elements (the training module) would keep them in:
    // weigh them against the bundle without such composites.
    const composites = folders.filter(
      (folder) => !left.includes(folder) && parts.get(folder).some((part) => left.includes(part)),
    );
    const base = folders.filter((folder) => !composites.includes(folder));
    const added = (await sizeWith(base)) - (await sizeWith(base.filter((folder) => !left.includes(folder))));
    rows.push({ name: group, raw: undefined, gzip: added });
  }
  return rows;
}

async function measure({ file, bundled, only }) {
  const code = bundled
    ? await readFile(file)
    : (
        await build({
          // `only`: what an importer of just these names ships, e.g. the recorder's share of the xapi package.
          ...(only
            ? { stdin: { contents: `export { ${only.join(', ')} } from ${JSON.stringify(file)};`, resolveDir: root } }
            : { entryPoints: [file] }),
          ...SIZE_BUILD_OPTIONS,
          // Translations load on demand: measure what a page downloads up front.
          splitting: true,
          outdir: '/virtual',
        })
      ).outputFiles.find((output) => output.path === `/virtual/${only ? 'stdin.js' : file.split('/').pop()}`).contents;
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

for (const row of await addedWeights([...budgets.keys()])) {
  const budget = budgets.get(row.name);
  const status = budget === undefined ? '' : row.gzip <= budget ? 'ok' : 'OVER';
  if (status === 'OVER') over += 1;
  rows.push({ ...row, budget, status });
}

const chunkDir = join(elementsDist, 'cdn/chunks');
const chunkFiles = existsSync(chunkDir) ? (await readdir(chunkDir)).filter((name) => name.endsWith('.js')) : [];
const chunks = [];
for (const file of chunkFiles.sort()) {
  chunks.push({
    name: file.replace(/-[\w-]{8}\.js$/, ''),
    gzip: gzipSync(await readFile(join(chunkDir, file)), { level: 9 }).length,
  });
}

console.log('entry point'.padEnd(52), 'raw'.padStart(10), 'gzip'.padStart(10), 'budget'.padStart(10));
for (const row of rows) {
  console.log(
    row.name.padEnd(52),
    (row.raw === undefined ? '—' : kb(row.raw)).padStart(10),
    kb(row.gzip).padStart(10),
    (row.budget === undefined ? '—' : kb(row.budget)).padStart(10),
    row.status,
  );
}
console.log(
  '\nCDN chunks, loaded only when needed (a translation for its language, data-reader once an element has data):',
);
for (const chunk of chunks) {
  // Translation chunks are named by their language code and share one budget.
  const limit = budgets.get(/^[a-z]{2}$/.test(chunk.name) ? 'chunk:translation' : `chunk:${chunk.name}`);
  const status = limit === undefined ? '' : chunk.gzip <= limit ? 'ok' : 'OVER';
  if (status === 'OVER') over += 1;
  const budgetText = (limit === undefined ? '—' : kb(limit)).padStart(10);
  console.log(`  ${chunk.name.padEnd(50)} ${'—'.padStart(10)} ${kb(chunk.gzip).padStart(10)} ${budgetText} ${status}`);
}

const pages = await pageWeights(root);
const pageRows = [];
for (const page of new Set(pages.map((row) => row.page))) {
  const [loader, bundle] = ['loader', 'bundle'].map((way) => pages.find((row) => row.page === page && row.way === way));
  const budget = budgets.get(`page:${page}`);
  const status = budget === undefined ? '' : loader.gzip <= budget ? 'ok' : 'OVER';
  if (status === 'OVER') over += 1;
  pageRows.push({ page, label: loader.label, loader, bundle, budget, status });
}
console.log(
  '\nPlain pages: script fetched in Chromium until the network is idle after the first screen (gzip -9), and requests:',
);
console.log('page'.padEnd(12), 'loader'.padStart(22), 'bundle'.padStart(22), 'budget'.padStart(10));
for (const row of pageRows) {
  const way = (measured) => `${kb(measured.gzip)} in ${measured.requests}`.padStart(22);
  const budgetText = (row.budget === undefined ? '—' : kb(row.budget)).padStart(10);
  console.log(row.page.padEnd(12), way(row.loader), way(row.bundle), budgetText, row.status);
}

if (process.argv.includes('--write')) {
  const table = [
    '| entry point | raw | gzip |',
    '| --- | ---: | ---: |',
    ...rows.map((row) => `| \`${row.name}\` | ${row.raw === undefined ? '—' : kb(row.raw)} | ${kb(row.gzip)} |`),
    ...chunks.map((chunk) => `| CDN chunk \`${chunk.name}\` (on demand) | — | ${kb(chunk.gzip)} |`),
  ].join('\n');
  const pageTable = [
    '| page | through the loader | through the bundle |',
    '| --- | ---: | ---: |',
    ...pageRows.map(
      (row) =>
        `| ${row.label} | ${kb(row.loader.gzip)} in ${row.loader.requests} requests | ${kb(row.bundle.gzip)} in ${row.bundle.requests} requests |`,
    ),
  ].join('\n');
  const updated = markdown
    .replace(
      /<!-- size-measured:start -->[\s\S]*?<!-- size-measured:end -->/,
      `<!-- size-measured:start -->\n${table}\n<!-- size-measured:end -->`,
    )
    .replace(
      /<!-- size-pages:start -->[\s\S]*?<!-- size-pages:end -->/,
      `<!-- size-pages:start -->\n${pageTable}\n<!-- size-pages:end -->`,
    );
  await writeFile(performanceDoc, await prettier.format(updated, { filepath: performanceDoc }));
  console.log('size: measurements written to docs/performance.md');
}

if (over > 0) {
  console.error(`size: ${over} entry point(s) over budget (budgets: docs/performance.md)`);
  process.exit(1);
}
