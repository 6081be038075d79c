import { expect } from '@open-wc/testing';
import { childPath } from './json-path.js';

describe('childPath', () => {
  it('writes indexes, identifiers and other keys the JSON path way', () => {
    expect(childPath('$', 'courses')).to.equal('$.courses');
    expect(childPath('$.courses', 3)).to.equal('$.courses[3]');
    expect(childPath('$.levels', 'https://x.example/s')).to.equal('$.levels["https://x.example/s"]');
    expect(childPath('$.name', 'de-CH')).to.equal('$.name["de-CH"]');
    expect(childPath('$.levels', '__proto__')).to.equal('$.levels.__proto__');
  });

  it('shortens keys longer than 200 characters', () => {
    expect(childPath('$', 'k'.repeat(10_000))).to.equal(`$["${'k'.repeat(199)}…"]`);
  });
});
