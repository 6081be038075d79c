import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const scripts = fileURLToPath(new URL('../scripts/', import.meta.url));

function check(script: string): { code: number | null; output: string } {
  const result = spawnSync(process.execPath, [join(scripts, script), '--check'], { encoding: 'utf8' });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('generated files', () => {
  it('the structure validator is compiled from the current schema', () => {
    const { code, output } = check('generate-structure-validator.mjs');
    assert.equal(code, 0, output);
  });

  it('the sample data is what its generator writes', () => {
    const { code, output } = check('generate-sample.mjs');
    assert.equal(code, 0, output);
  });
});
