#!/usr/bin/env node
/**
 * `npm run bench:pages`: the three plain pages of `page-weights.mjs` (one course card, one career
 * track, the training module with a recorder) through the CDN loader and through the bundle, in
 * headless Chromium, side by side: the script fetched (gzip -9, as the server sent it) and the
 * requests, and the time from navigation to the first screen (the task after the frame that
 * painted the element's content). Every load is cold (a fresh browser context). The two ways take
 * turns run by run, the first of each pair alternating, so a busy machine slows both alike; the
 * last column is the median of the paired differences (loader minus bundle). Needs `npm run build`.
 *
 *   node scripts/bench-pages.mjs [--runs 9] [--latency 0]
 *
 * `--latency` adds that many milliseconds to every request (Chromium's network emulation), as a
 * network between reader and CDN would: the loader's requests are one step deeper than the bundle's.
 */
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPages, PAGES, WAYS } from './page-weights.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const option = (name) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
};
const RUNS = Number(option('runs') ?? 9);
const LATENCY = Number(option('latency') ?? 0);

if (!existsSync(join(root, 'packages/elements/dist/cdn/lp-loader.js'))) {
  console.error('bench: no CDN loader yet: run `npm run build` first.');
  process.exit(1);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const range = (values) => `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const pages = await openPages({ root, latency: LATENCY });
const results = new Map();
try {
  for (let run = 0; run < RUNS; run += 1) {
    for (const page of PAGES) {
      const ways = run % 2 === 0 ? WAYS : [...WAYS].reverse();
      for (const way of ways) {
        const { scripts, firstScreen } = await pages.load(page, way);
        const key = `${page.name}|${way.name}`;
        const entry = results.get(key) ?? { times: [], gzip: 0, requests: 0 };
        entry.times.push(firstScreen);
        entry.gzip = scripts.reduce((sum, script) => sum + script.gzip, 0);
        entry.requests = scripts.length;
        results.set(key, entry);
      }
    }
  }
} finally {
  await pages.close();
}

console.log(
  `Plain pages, headless Chromium, ${RUNS} cold loads each way${LATENCY ? `, ${LATENCY} ms added per request` : ''}; load average ${loadavg()
    .map((load) => load.toFixed(1))
    .join(' ')} on ${cpus().length} cores`,
);
console.log('first screen: median [range] from navigation; script: gzip -9 of every file fetched, requests\n');
console.log(
  '| page | script, loader | script, bundle | first screen, loader | first screen, bundle | loader − bundle (paired) |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const page of PAGES) {
  const loader = results.get(`${page.name}|loader`);
  const bundle = results.get(`${page.name}|bundle`);
  const differences = loader.times.map((time, index) => time - bundle.times[index]);
  console.log(
    `| ${page.label} | ${kb(loader.gzip)} in ${loader.requests} | ${kb(bundle.gzip)} in ${bundle.requests} | ` +
      `${median(loader.times).toFixed(1)} ms [${range(loader.times)}] | ${median(bundle.times).toFixed(1)} ms [${range(bundle.times)}] | ` +
      `${median(differences) > 0 ? '+' : ''}${median(differences).toFixed(1)} ms |`,
  );
}
