import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readFileSync } from 'node:fs';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';

const SOURCE = 'packages/elements/src';
const CDN = 'packages/elements/dist/cdn';

/**
 * Fetches the chunks a lazily loaded chunk imports together with it. Without this, the browser
 * learns of a shared chunk (Lit's directives, model code two elements use) only once the chunk
 * that needs it has arrived and been parsed: one more round trip before a catalogue, matrix or
 * track can render, on every page. Each `import()` of a chunk becomes the imports of it and of
 * its own imports at once; the module graph still evaluates every module once, dependencies first.
 */
function importChunksInParallel() {
  return {
    name: 'import-chunks-in-parallel',
    renderDynamicImport({ chunk, getTargetChunkImports }) {
      const dependencies = (getTargetChunkImports() ?? [])
        .filter((imported) => imported.type === 'internal' && imported.fileName !== chunk.fileName)
        .map((imported) => `import(${imported.resolvedImportPath})`);
      if (dependencies.length === 0) return null;
      return { left: 'Promise.all([import(', right: `),${dependencies.join(',')}]).then((modules)=>modules[0])` };
    },
  };
}

const plugins = () => [
  // Sources through the `source` condition; production builds of dependencies (no `development`).
  nodeResolve({ exportConditions: ['source'] }),
  esbuild({ tsconfig: 'tsconfig.base.json', target: 'es2022' }),
  importChunksInParallel(),
  terser({ ecma: 2022, module: true, format: { comments: false } }),
];

/**
 * Every element the package registers, from `src/define.ts` and each folder's `define.ts`, so
 * that a new element gets its CDN entry and its place in the loader's table without a list to
 * keep here: `{ folder, tag }` in the order `define.ts` imports them.
 */
export function cdnElements() {
  const all = readFileSync(`${SOURCE}/define.ts`, 'utf8');
  return [...all.matchAll(/import '\.\/([\w-]+)\/define\.js';/g)].map(([, folder]) => {
    const own = readFileSync(`${SOURCE}/${folder}/define.ts`, 'utf8');
    const tag = /define\('(lp-[\w-]+)'/.exec(own)?.[1];
    if (!tag) throw new Error(`${SOURCE}/${folder}/define.ts registers no lp- tag`);
    return { folder, tag };
  });
}

/**
 * Groups the code that two or more element entries run at once (Lit, the base, the events, the
 * model's lookups and the data reader they all need) into one `shared` chunk. Each file is
 * compressed on its own, so the dozen small chunks Rollup would make for every combination of
 * entries cost a page more bytes and requests than one. Which modules those are is what a first
 * build without this grouping renders into the chunks two or more entries import; the views,
 * translations and the cmi5 launch stay lazily loaded chunks of their own.
 */
function shareChunks(input) {
  const shared = new Set();
  return {
    name: 'lp-share-chunks',
    async buildStart() {
      if (shared.size > 0) return;
      const first = await rollup({ input, plugins: plugins(), onwarn: () => undefined });
      const { output } = await first.generate({ format: 'es', chunkFileNames: '[name]-[hash].js' });
      await first.close();
      const importers = new Map();
      for (const chunk of output) {
        if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
        for (const file of chunk.imports) importers.set(file, (importers.get(file) ?? 0) + 1);
      }
      for (const chunk of output) {
        if (chunk.type !== 'chunk' || chunk.isEntry || (importers.get(chunk.fileName) ?? 0) < 2) continue;
        for (const [id, module] of Object.entries(chunk.modules)) if (module.renderedLength > 0) shared.add(id);
      }
    },
    outputOptions: (options) => ({ ...options, manualChunks: (id) => (shared.has(id) ? 'shared' : undefined) }),
  };
}

/** What each tag's entry needs before it can run (filled by the per-element build, read by the loader's). */
const entryFiles = new Map();

/** Records, for every entry, its file and the chunks it imports (Rollup hoists the transitive ones into the entry). */
function recordEntryFiles() {
  return {
    name: 'lp-record-entry-files',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.isEntry) entryFiles.set(chunk.name, [chunk.fileName, ...chunk.imports]);
      }
    },
  };
}

const LOADER_ENTRY = '\0lp-loader-entry';

/**
 * The loader's entry, written once the per-element build has run: the table of tags and the
 * files each one imports at once (its entry and the chunks it shares, so nothing waits for the
 * entry to be parsed before the chunks are requested), then the watcher.
 */
function loaderEntry() {
  return {
    name: 'lp-loader-entry',
    resolveId: (id) => (id === LOADER_ENTRY ? id : null),
    load(id) {
      if (id !== LOADER_ENTRY) return null;
      const files = [...new Set([...entryFiles.values()].flat())];
      const table = Object.fromEntries(
        cdnElements().map(({ tag }) => {
          const needed = entryFiles.get(tag);
          if (!needed) throw new Error(`the per-element build made no entry for <${tag}>`);
          return [tag, needed.map((file) => files.indexOf(file))];
        }),
      );
      const watcher = new URL(`${SOURCE}/loader/watch-tags.ts`, import.meta.url).pathname;
      return [
        `import { watchTags } from ${JSON.stringify(watcher)};`,
        `watchTags(${JSON.stringify(files)}, ${JSON.stringify(table)}, import.meta.url);`,
      ].join('\n');
    },
  };
}

const elementInputs = Object.fromEntries(
  cdnElements().map(({ folder, tag }) => [tag, `${SOURCE}/${folder}/define.ts`]),
);
/** Beside the elements: the wiring for a page that places a training module's parts itself. */
const helperInputs = { 'connect-training-elements': `${SOURCE}/training-module/connect-training-elements.ts` };

export default [
  /**
   * The CDN bundle: every element and Lit in one minified module for a plain
   * `<script type="module">`. Translations other than English are separate chunks next to it,
   * fetched only when a page uses that language.
   */
  {
    input: `${SOURCE}/cdn.ts`,
    // Lets the translation chunks import shared code from the entry instead of a third file.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: CDN,
      format: 'es',
      entryFileNames: 'lp-elements.js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
    plugins: plugins(),
  },
  /**
   * One entry per element (`elements/lp-course-card.js`, …), for the loader or a page's own
   * `import`: each registers its tag (and a composite the tags it composes) and shares Lit, the
   * base and the lazily loaded parts (the data reader, views, translations) with the others.
   */
  {
    input: { ...elementInputs, ...helperInputs },
    output: {
      dir: CDN,
      format: 'es',
      entryFileNames: 'elements/[name].js',
      chunkFileNames: 'elements/chunks/[name]-[hash].js',
      sourcemap: true,
    },
    plugins: [...plugins(), shareChunks(elementInputs), recordEntryFiles()],
  },
  /** `lp-loader.js`: the small script a page includes instead of `lp-elements.js` (see `src/loader/watch-tags.ts`). */
  {
    input: LOADER_ENTRY,
    output: { file: `${CDN}/lp-loader.js`, format: 'es', sourcemap: true },
    plugins: [loaderEntry(), ...plugins()],
  },
];
