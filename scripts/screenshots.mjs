#!/usr/bin/env node
/**
 * Screenshots of stories for looking at them: each story in light and dark, German, Hebrew (RTL)
 * and at 320 px wide. Reads the static Storybook (`npm run build-storybook` first).
 *
 *   node scripts/screenshots.mjs [text-in-story-id …]    → screenshots/<story>--<variant>.png
 */
import { createServer } from 'node:http';
import { mkdir, readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { ensureBrowser } from './ensure-browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const staticDir = join(root, 'storybook-static');
const outDir = join(root, 'screenshots');
const filters = process.argv.slice(2);

const VARIANTS = [
  { name: 'light', globals: 'locale:en;theme:light', width: 1000 },
  { name: 'dark', globals: 'locale:en;theme:dark', width: 1000 },
  { name: 'de', globals: 'locale:de;theme:light', width: 1000 },
  { name: 'he', globals: 'locale:he;theme:light', width: 1000 },
  { name: '320px', globals: 'locale:en;theme:light', width: 320 },
];
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

const index = JSON.parse(await readFile(join(staticDir, 'index.json'), 'utf8').catch(() => 'null'));
if (!index) {
  console.error('screenshots: no static Storybook yet: run `npm run build-storybook` first.');
  process.exit(1);
}
const stories = Object.values(index.entries).filter(
  (entry) => entry.type === 'story' && (filters.length === 0 || filters.some((filter) => entry.id.includes(filter))),
);

const server = createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  try {
    const body = await readFile(join(staticDir, path.endsWith('/') ? `${path}index.html` : path));
    response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: ensureBrowser(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
await mkdir(outDir, { recursive: true });
try {
  const page = await browser.newPage();
  for (const story of stories) {
    for (const variant of VARIANTS) {
      await page.setViewport({ width: variant.width, height: 800 });
      await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story&globals=${variant.globals}`, {
        waitUntil: 'networkidle0',
      });
      await page.waitForSelector('#storybook-root > *', { timeout: 10_000 }).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const file = join(outDir, `${story.id}--${variant.name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
  }
} finally {
  await browser.close();
  server.close();
}
