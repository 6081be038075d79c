import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

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

/**
 * The CDN bundle: every element and Lit in one minified module for a plain
 * `<script type="module">`. Translations other than English are separate chunks next to it,
 * fetched only when a page uses that language.
 */
export default {
  input: 'packages/elements/src/cdn.ts',
  // Lets the translation chunks import shared code from the entry instead of a third file.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'packages/elements/dist/cdn',
    format: 'es',
    entryFileNames: 'lp-elements.js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  plugins: [
    // Sources through the `source` condition; production builds of dependencies (no `development`).
    nodeResolve({ exportConditions: ['source'] }),
    esbuild({ tsconfig: 'tsconfig.base.json', target: 'es2022' }),
    importChunksInParallel(),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};
