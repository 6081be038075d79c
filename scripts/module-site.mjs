/**
 * The LP training module as a folder of static files: the page in `module/`, the CDN bundle in
 * `lp-elements/` and the data document in `data/lp-data.json`, all referenced relatively so the
 * folder runs from wherever it is unpacked (an LMS, a web server, an iframe's source).
 * `npm run build` writes it to `dist/module/`; `npm run package:cmi5` zips it with `cmi5.xml`.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SAMPLE_DATA = join(root, 'packages/model/sample/lp-sample.json');

async function filesUnder(dir) {
  const files = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await filesUnder(path)));
    else files.push(path);
  }
  return files;
}

/** Every file of the module folder: relative path → bytes. Needs the CDN bundle built. */
export async function moduleFiles({ dataFile = SAMPLE_DATA } = {}) {
  const cdn = join(root, 'packages/elements/dist/cdn');
  if (!existsSync(join(cdn, 'lp-elements.js'))) throw new Error('nothing built yet: run `npm run build` first');
  const files = {};
  for (const file of await filesUnder(join(root, 'module'))) {
    files[relative(join(root, 'module'), file)] = await readFile(file);
  }
  for (const file of await filesUnder(cdn)) {
    if (!file.endsWith('.map')) files[`lp-elements/${relative(cdn, file)}`] = await readFile(file);
  }
  files['data/lp-data.json'] = await readFile(dataFile);
  return files;
}

/** Writes the module folder to `dir` (emptied first). */
export async function writeModuleSite(dir, options) {
  const files = await moduleFiles(options);
  await rm(dir, { recursive: true, force: true });
  for (const [path, bytes] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), bytes);
  }
  return Object.keys(files).length;
}
