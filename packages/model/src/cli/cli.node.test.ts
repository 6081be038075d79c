import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { BAD_DOCUMENTS } from '../test-data/bad-documents.js';

const packageDir = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(packageDir, 'src/cli.ts');
const sample = join(packageDir, 'sample/lp-sample.json');

function lpElements(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('lp-elements validate', () => {
  let scratch = '';
  before(() => {
    scratch = mkdtempSync(join(tmpdir(), 'lp-cli-'));
  });
  after(() => {
    rmSync(scratch, { recursive: true, force: true });
  });

  it('accepts the sample data', () => {
    const { code, stdout } = lpElements('validate', sample);
    assert.equal(code, 0);
    assert.equal(stdout, `${sample}: valid\n`);
  });

  it('rejects every corpus document with one "FILE: PATH: message" line per problem', () => {
    const files = BAD_DOCUMENTS.map((bad, index) => {
      const file = join(scratch, `bad-${String(index).padStart(2, '0')}.json`);
      writeFileSync(file, bad.json());
      return file;
    });
    const { code, stdout } = lpElements('validate', sample, ...files);
    assert.equal(code, 1);
    const lines = stdout.trimEnd().split('\n');
    assert.ok(lines.includes(`${sample}: valid`));
    for (const [index, file] of files.entries()) {
      const own = lines.filter((line) => line.startsWith(`${file}: `));
      assert.ok(own.length > 0, `no problem listed for ${BAD_DOCUMENTS[index]?.name ?? file}`);
      for (const line of own) assert.match(line.slice(file.length), /^: \$\S*: \S/);
      for (const { path } of BAD_DOCUMENTS[index]?.expected ?? []) {
        assert.ok(
          own.some((line) => line.startsWith(`${file}: ${path}: `)),
          `${path} missing for ${file}`,
        );
      }
    }
  });

  it('reports a file that cannot be read', () => {
    const missing = join(scratch, 'missing.json');
    const { code, stdout } = lpElements('validate', missing);
    assert.equal(code, 1);
    assert.equal(stdout, `${missing}: $: cannot read the file: no such file\n`);
  });
});

describe('lp-elements import-courses', () => {
  let scratch = '';
  before(() => {
    scratch = mkdtempSync(join(tmpdir(), 'lp-cli-'));
  });
  after(() => {
    rmSync(scratch, { recursive: true, force: true });
  });

  const header = 'id,name,name:de,provider.id,provider.name,ects,start,end,teaches';
  const skill = 'https://lp-elements.example/skills/networking';

  it('writes the courses of a spreadsheet as JSON, checked against a document’s frameworks', () => {
    const csv = join(scratch, 'courses.csv');
    writeFileSync(
      csv,
      `${header}\nhttps://x.example/c1,Networking,Netzwerken,https://x.example/p,Uni X,5,2027-03-01,2027-04-01,${skill}=3\n`,
    );
    const { code, stdout, stderr } = lpElements('import-courses', csv, '--data', sample);
    assert.equal(stderr, '');
    assert.equal(code, 0);
    const output = JSON.parse(stdout) as { courses: { name: unknown; instances: unknown }[] };
    const [course] = output.courses;
    assert.ok(course);
    assert.deepEqual(course.name, { en: 'Networking', de: 'Netzwerken' });
    assert.deepEqual(course.instances, [{ start: '2027-03-01', end: '2027-04-01' }]);
  });

  it('names the row and column of every problem and exits with 1', () => {
    const csv = join(scratch, 'bad.csv');
    writeFileSync(
      csv,
      `${header}\nhttps://x.example/c1,Networking,,https://x.example/p,Uni X,five,2027-03-01,2027-02-01,${skill}=9\n`,
    );
    const { code, stdout, stderr } = lpElements('import-courses', csv, '--data', sample);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.deepEqual(stderr.trimEnd().split('\n'), [
      `${csv}: row 2, column "ects": "five" is not a number`,
      `${csv}: row 2, column "end": ends (2027-02-01) before it starts (2027-03-01)`,
      `${csv}: row 2, column "teaches": level 9 is not on the scale (1, 2, 3, 4, 5)`,
    ]);
  });

  it('writes to a file with --out', () => {
    const csv = join(scratch, 'one.csv');
    const out = join(scratch, 'one.json');
    writeFileSync(csv, 'id,name,provider.id,provider.name\nhttps://x.example/c1,N,https://x.example/p,P\n');
    const { code, stdout } = lpElements('import-courses', csv, '--out', out);
    assert.equal(code, 0);
    assert.equal(stdout, '');
    assert.equal(lpElements('validate', out).code, 0);
  });
});

describe('lp-elements usage', () => {
  it('explains itself', () => {
    const { code, stdout } = lpElements('help');
    assert.equal(code, 0);
    assert.match(stdout, /lp-elements validate FILE…/);
    assert.match(stdout, /lp-elements import-courses FILE\.csv/);
  });

  it('exits with 2 for a command line it does not understand', () => {
    for (const args of [[], ['frobnicate'], ['validate'], ['import-courses'], ['validate', '--bogus', 'x.json']]) {
      const { code, stderr } = lpElements(...args);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, /^lp-elements: /);
    }
  });
});
