#!/usr/bin/env node
/**
 * Where the bytes of the `recorder runtime` row of `npm run size` go: the runtime bundled as
 * `npm run size` bundles it, once whole and once with each part's modules emptied; a part's share
 * is the difference in gzip bytes. Needs `npm run build` first.
 *
 *   node scripts/size-recorder-parts.mjs
 */
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { SIZE_BUILD_OPTIONS } from './size-build-options.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'packages/xapi/dist');

const PARTS = {
  'validation (every rule in `RULES`)': ['validation/validate-statement.js', 'validation/formats.js'],
  'queue: IndexedDB through idb-keyval, memory fallback': [
    'queue/idb-queue.js',
    'queue/memory-queue.js',
    'queue/open-queue.js',
    'idb-keyval/dist/index.js',
  ],
  'fetch transport, token and static auth': ['delivery/fetch-transport.js', 'delivery/auth.js'],
  'completion, xAPI 2.0 → 1.0.3 mapping': ['statement/complete.js', 'statement/for-version.js'],
};

/** Replaces the modules whose path ends with one of `ends` by functions that do nothing. */
const emptied = (ends) => ({
  name: 'emptied',
  setup(builder) {
    builder.onLoad({ filter: /\.js$/ }, async ({ path }) => {
      if (!ends.some((end) => path.endsWith(end))) return undefined;
      const source = await readFile(path, 'utf8');
      const names = [...source.matchAll(/export (?:async )?(?:function|const|class) (\w+)/g)].map((match) => match[1]);
      return { contents: names.map((name) => `export const ${name} = () => {};`).join('\n'), loader: 'js' };
    });
  },
});

async function gzipSize(ends) {
  const { outputFiles } = await build({
    stdin: { contents: `export { createRecorder } from ${JSON.stringify(join(dist, 'index.js'))};`, resolveDir: root },
    ...SIZE_BUILD_OPTIONS,
    plugins: [emptied(ends)],
  });
  return gzipSync(outputFiles[0].contents, { level: 9 }).length;
}

const whole = await gzipSize([]);
let shared = 0;
console.log(`recorder runtime: ${whole} bytes gzip`);
for (const [part, ends] of Object.entries(PARTS)) {
  const share = whole - (await gzipSize(ends));
  shared += share;
  console.log(`${String(share).padStart(6)}  ${part}`);
}
console.log(
  `${String(whole - shared).padStart(6)}  the rest: delivery loop, page exit, events, actor, UUIDs, backoff, version negotiation`,
);
