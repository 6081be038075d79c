/**
 * No two source files of the packages import each other, directly or round a longer loop, with
 * type imports and `import()` counted: a file depends only on files below it, so each can be
 * read, tested and split on its own. The check itself is tested on files made for it.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { importCycles } from '../import-cycles.mjs';
import { root } from '../module-site.mjs';

describe('import cycles', () => {
  it('there is none between the files of packages/*/src', async () => {
    const folders = (await readdir(join(root, 'packages')))
      .map((name) => `packages/${name}/src`)
      .filter((folder) => existsSync(join(root, folder)));
    assert.ok(folders.length >= 4, `the packages' source folders: ${folders.join(', ')}`);
    const cycles = importCycles(root, folders);
    assert.deepEqual(
      cycles.map(({ cycle }) => cycle),
      [],
      'move what both files need (often a shared type) to a file of its own, or give one side an interface of what it needs',
    );
  });

  describe('the check', () => {
    let scratch;

    before(async () => {
      scratch = await mkdtemp(join(tmpdir(), 'lp-cycles-'));
      const files = {
        'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'bundler' } }),
        // A cycle of a type import and a lazily loaded module.
        'src/shell.ts':
          "import type { View } from './view.js';\nexport const load = () => import('./view.js');\nexport type Shell = { view?: View };",
        'src/view.ts': "import type { Shell } from './shell.js';\nexport interface View { host: Shell }",
        // A longer cycle of a re-export and a type written as `import('…')`.
        'src/a.ts': "export type { B } from './b.js';\nexport type A = 1;",
        'src/b.ts': "export type B = import('./c.js').C;",
        'src/c.ts': "import type { A } from './a.js';\nexport type C = A;",
        // Files that import others without a cycle.
        'src/leaf.ts': 'export const leaf = 1;',
        'src/user.ts':
          "import { leaf } from './leaf.js';\nimport type { A } from './a.js';\nexport const used: A | number = leaf;",
      };
      await mkdir(join(scratch, 'src'));
      for (const [path, text] of Object.entries(files)) await writeFile(join(scratch, path), text);
    });

    after(async () => {
      await rm(scratch, { recursive: true, force: true });
    });

    it('finds cycles of type imports, import(), re-exports and import types, and names one path round each', () => {
      const cycles = importCycles(scratch, ['src']).sort((a, b) => a.files[0].localeCompare(b.files[0]));
      assert.deepEqual(cycles, [
        { files: ['src/a.ts', 'src/b.ts', 'src/c.ts'], cycle: 'src/a.ts → src/b.ts → src/c.ts → src/a.ts' },
        { files: ['src/shell.ts', 'src/view.ts'], cycle: 'src/shell.ts → src/view.ts → src/shell.ts' },
      ]);
    });
  });
});
