/**
 * How `npm run size` bundles what it weighs (esbuild, minified ES modules for current browsers),
 * shared with `size-recorder-parts.mjs` so that the parts it reports add up to the size row.
 */
export const SIZE_BUILD_OPTIONS = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  write: false,
  logLevel: 'silent',
};
