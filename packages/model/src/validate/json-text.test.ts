import { expect } from '@open-wc/testing';
import { parseJsonText } from './json-text.js';

describe('parseJsonText', () => {
  it('parses JSON and skips a byte order mark', () => {
    expect(parseJsonText('\uFEFF{"a": [1]}')).to.deep.equal({ ok: true, value: { a: [1] } });
  });

  it('reports where the text stops being JSON', () => {
    const result = parseJsonText('{\n  "lang": "en",\n}');
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.problem).to.include({ path: '$', code: 'invalid-json' });
    expect(result.problem.params).to.include({ line: 3, column: 1 });
  });

  it('reports the end of the text for truncated JSON', () => {
    const result = parseJsonText('{"courses": [');
    if (result.ok) throw new Error('expected a problem');
    expect(result.problem.params).to.include({ line: 1, column: 14 });
  });

  it('keeps the message short and on one line', () => {
    const result = parseJsonText(`x${'\n'.repeat(5)}${'y'.repeat(1000)}`);
    if (result.ok) throw new Error('expected a problem');
    expect(result.problem.message.length).to.be.below(200);
    expect(result.problem.message).not.to.match(/\n/);
  });
});
