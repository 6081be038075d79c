import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { coursesFromCsv } from './csv/courses-from-csv.js';
import { PROBLEM_CODES } from './problems/messages.js';
import { parseDataDocument } from './validate/parse-data-document.js';

const docs = readFileSync(new URL('../../../docs/data-format.md', import.meta.url), 'utf8');
const blocks = (language: string) =>
  [...docs.matchAll(new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\``, 'gm'))].map((match) => match[1] ?? '');

describe('docs/data-format.md', () => {
  it('shows a complete example that is valid', () => {
    const examples = blocks('json');
    assert.equal(examples.length, 1);
    assert.deepEqual(parseDataDocument(examples[0]).problems, []);
  });

  it('shows a spreadsheet that imports without problems', () => {
    const document = parseDataDocument(blocks('json')[0]).document;
    const [csv] = blocks('csv');
    assert.ok(csv && document);
    const imported = coursesFromCsv(csv, { frameworksFrom: document });
    assert.deepEqual(imported.problems, []);
    assert.equal(imported.courses[0]?.instances?.length, 2);
  });

  it('lists every problem code, and only those', () => {
    const section = docs.slice(docs.indexOf('## Checking documents'), docs.indexOf('## The command line'));
    const documented = [...section.matchAll(/^\| `([a-z-]+)` +\| /gm)].map((match) => match[1]);
    assert.deepEqual(documented, [...PROBLEM_CODES]);
  });
});
