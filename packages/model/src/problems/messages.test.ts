import { expect } from '@open-wc/testing';
import { PROBLEM_CODES, preview, problem, problemMessage } from './messages.js';

describe('problem messages', () => {
  it('has a stable list of codes', () => {
    expect(PROBLEM_CODES).to.include.members(['invalid-json', 'unknown-skill', 'unsafe-url', 'track-cycle']);
    expect(new Set(PROBLEM_CODES).size).to.equal(PROBLEM_CODES.length);
  });

  it('builds the English message from the code and params', () => {
    expect(problemMessage('unknown-skill', { id: 'https://x.example/s' })).to.equal(
      'no skill has the id "https://x.example/s"',
    );
    expect(problemMessage('wrong-type', { expected: 'text', actual: 'number' })).to.equal(
      'expected a string or a language map, found a number',
    );
    expect(problemMessage('track-cycle', { steps: ['a', 'b', 'a'] })).to.equal('the steps form a cycle: a → b → a');
    expect(problem('$.lang', 'too-short', { length: 0, limit: 1 })).to.deep.equal({
      path: '$.lang',
      code: 'too-short',
      params: { length: 0, limit: 1 },
      message: 'must not be empty',
    });
  });

  it('shortens values and keeps them on one line', () => {
    expect(preview('a'.repeat(1000))).to.have.length(80);
    expect(preview('line\nbreak\u2028')).to.equal('line\\u000abreak\\u2028');
  });
});
