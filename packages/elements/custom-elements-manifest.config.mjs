/** Generates custom-elements.json from the JSDoc headers of the element classes. */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/**/*.terms.ts', 'src/translations/**'],
  outdir: '.',
  litelement: true,
};
