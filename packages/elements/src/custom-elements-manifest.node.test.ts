import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The parts of the custom elements manifest (schema 2.x) these checks read. */
interface Reference {
  readonly name: string;
  readonly module?: string;
}
interface Declaration {
  readonly kind: string;
  readonly name: string;
  readonly tagName?: string;
  readonly customElement?: boolean;
  readonly superclass?: Reference;
  readonly members?: readonly { name: string; static?: boolean; default?: string }[];
  readonly events?: readonly { name?: string; type?: { text: string } }[];
  readonly dependencies?: readonly string[];
}
interface Module {
  readonly path: string;
  readonly declarations?: readonly Declaration[];
  readonly exports?: readonly { kind: string; name: string; declaration: Reference }[];
}

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'lp-manifest-'));
let modules: readonly Module[] = [];

/**
 * A module the manifest refers to, as the manifest names modules: `./base/events/x.js` from
 * `src/index.ts` and `src/base/events/x.js` (how it writes `export *`) are `src/base/events/x.ts`.
 */
function modulePath(from: string, specifier: string): string {
  const path = specifier.startsWith('.') ? posix.join(posix.dirname(from), specifier) : specifier;
  return posix.normalize(path).replace(/\.js$/, '.ts');
}

/** The names the package's entry point exports, following `export *` and re-exports. */
function exportedNames(path: string, seen = new Set<string>()): Map<string, string> {
  const names = new Map<string, string>();
  if (seen.has(path)) return names;
  seen.add(path);
  const module = modules.find((candidate) => candidate.path === path);
  for (const entry of module?.exports ?? []) {
    if (entry.kind !== 'js') continue;
    const target = entry.declaration.module ? modulePath(path, entry.declaration.module) : path;
    if (entry.name === '*') {
      for (const [name, where] of exportedNames(target, seen)) names.set(name, where);
    } else names.set(entry.name, target);
  }
  return names;
}

const classNamed = (name: string, path: string) =>
  modules.find((module) => module.path === path)?.declarations?.find((d) => d.kind === 'class' && d.name === name);

/** The class names from `name` up its superclass chain, as far as the manifest knows them. */
function ancestry(name: string, path: string): string[] {
  const chain: string[] = [];
  let current = classNamed(name, path);
  let currentPath = path;
  while (current) {
    chain.push(current.name);
    const parent = current.superclass;
    if (!parent?.module) break;
    currentPath = parent.module.replace(/^\//, '').replace(/\.js$/, '.ts');
    current = classNamed(parent.name, currentPath);
  }
  if (chain.length > 0) {
    const last = classNamed(chain.at(-1) ?? '', currentPath);
    if (last?.superclass) chain.push(last.superclass.name);
  }
  return chain;
}

const customElements = () =>
  modules.flatMap((module) =>
    (module.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ module, element: d })),
  );

/** The tags each element's `define.ts` registers along with its own, read from its imports. */
function tagsRegisteredWith(folder: string): string[] {
  const source = readFileSync(join(packageDir, 'src', folder, 'define.ts'), 'utf8');
  return [...source.matchAll(/^import '\.\.\/([\w-]+)\/define\.js';$/gm)].map(([, other]) => {
    const defined = /define\('([\w-]+)'/.exec(readFileSync(join(packageDir, 'src', other ?? '', 'define.ts'), 'utf8'));
    return defined?.[1] ?? `(no define() in ${other}/define.ts)`;
  });
}

describe('the custom elements manifest', () => {
  before(() => {
    // Generated afresh from the sources, so the check never reads a stale build's manifest; into a
    // scratch folder, and without the analyzer's rewrite of package.json's `customElements`.
    const config = join(scratch, 'custom-elements-manifest.config.mjs');
    writeFileSync(
      config,
      `import base from ${JSON.stringify(pathToFileURL(join(packageDir, 'custom-elements-manifest.config.mjs')).href)};
export default { ...base, outdir: ${JSON.stringify(relative(packageDir, scratch))}, packagejson: false };
`,
    );
    const result = spawnSync(
      process.execPath,
      [
        join(packageDir, '../../node_modules/@custom-elements-manifest/analyzer/cem.js'),
        'analyze',
        '--litelement',
        '--quiet',
        '--config',
        config,
      ],
      { cwd: packageDir, encoding: 'utf8' },
    );
    assert.equal(result.status, 0, `${result.stdout}${result.stderr}`);
    modules = (JSON.parse(readFileSync(join(scratch, 'custom-elements.json'), 'utf8')) as { modules: Module[] })
      .modules;
  });
  after(() => {
    rmSync(scratch, { recursive: true, force: true });
  });

  it('lists every element', () => {
    const folders = readdirSync(join(packageDir, 'src'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && readdirSync(join(entry.parentPath, entry.name)).includes('define.ts'))
      .map((entry) => entry.name);
    assert.deepEqual(
      customElements()
        .map(({ element }) => element.tagName)
        .sort(),
      folders.map((folder) => `lp-${folder}`).sort(),
    );
  });

  it('names every event and types it with an event class the package exports, whose eventName it is', () => {
    const exported = exportedNames('src/index.ts');
    const faults: string[] = [];
    let events = 0;
    for (const { element } of customElements()) {
      for (const event of element.events ?? []) {
        events += 1;
        const where = `<${element.tagName}> ${event.name ?? '(an event without a name)'}`;
        const type = event.type?.text;
        if (!event.name) faults.push(`${where}: no name; write @fires {${type ?? 'LpSomeEvent'}} lp-some-event`);
        if (!type) {
          faults.push(`${where}: no type; write @fires {LpSomeEvent} ${event.name ?? ''}`);
          continue;
        }
        const path = exported.get(type);
        if (!path) {
          faults.push(`${where}: ${type} is not exported from the package's entry point`);
          continue;
        }
        if (!ancestry(type, path).includes('LpEvent')) faults.push(`${where}: ${type} does not extend LpEvent`);
        const eventName = classNamed(type, path)?.members?.find((m) => m.static && m.name === 'eventName')?.default;
        if (eventName !== `'${event.name}'`) faults.push(`${where}: ${type}.eventName is ${eventName}`);
      }
    }
    assert.deepEqual(faults, []);
    assert.ok(events >= 20, `only ${events} events in the manifest`);
  });

  it('names as dependencies exactly the elements each define.ts registers with its own', () => {
    for (const { module, element } of customElements()) {
      const folder = dirname(module.path).replace(/^src\//, '');
      assert.deepEqual(
        [...(element.dependencies ?? [])].sort(),
        tagsRegisteredWith(folder).sort(),
        `<${element.tagName}>'s @dependency tags`,
      );
    }
  });
});
