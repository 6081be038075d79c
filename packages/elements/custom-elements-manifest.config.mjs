/**
 * Generates custom-elements.json from the JSDoc headers of the element classes.
 *
 * Two additions to the analyzer's Lit support (the model is Shoelace's manifest config):
 * - `@dependency lp-course-card` in a class header becomes the declaration's `dependencies`: the
 *   elements its `define.ts` registers along with it.
 * - An event the analyzer finds in code (`this.dispatchEvent(new LpDataErrorEvent(…))`) has a type
 *   but no name; when the header's `@fires {LpDataErrorEvent} lp-data-error` names the same class,
 *   it is that event, listed once.
 */
const dependencyTags = {
  name: 'lp-dependency-tags',
  analyzePhase({ ts, node, moduleDoc }) {
    if (!ts.isClassDeclaration(node) || !node.name) return;
    const declaration = moduleDoc.declarations?.find((candidate) => candidate.name === node.name.getText());
    if (!declaration) return;
    const dependencies = (node.jsDoc ?? [])
      .flatMap((doc) => doc.tags ?? [])
      .filter((tag) => tag.tagName.getText() === 'dependency')
      .map((tag) => ts.getTextOfJSDocComment(tag.comment)?.trim().split(/\s/)[0] ?? '');
    if (dependencies.length > 0) declaration.dependencies = dependencies;
  },
};

const oneEntryPerEvent = {
  name: 'lp-one-entry-per-event',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (!declaration.events) continue;
        const named = new Set(declaration.events.filter((event) => event.name).map((event) => event.type?.text));
        declaration.events = declaration.events.filter((event) => event.name || !named.has(event.type?.text));
      }
    }
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/**/*.terms.ts', 'src/translations/**'],
  outdir: '.',
  litelement: true,
  plugins: [dependencyTags, oneEntryPerEvent],
};
