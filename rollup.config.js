import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

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
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};
