import { expect } from '@open-wc/testing';
import type { Framework } from '@lp-elements/model';
import { LevelScale } from './level-scale.js';

const framework = (values: number[]): Framework => ({
  id: 'https://x.example/f',
  name: 'F',
  skills: [{ id: 'https://x.example/s', name: 'S' }],
  scale: {
    levels: values
      .map((value) => ({ value, name: { en: `Level ${value}`, de: `Stufe ${value}` }, description: `About ${value}` }))
      .reverse(),
  },
});

describe('LevelScale', () => {
  it('orders the levels and gives each a glyph and tone from lowest to highest', () => {
    const scale = new LevelScale(framework([1, 2, 3, 4, 5]), 'de', 'en');
    expect(scale.levels.map((level) => [level.value, level.glyph, level.tone, level.name.text])).to.deep.equal([
      [1, '○', 0, 'Stufe 1'],
      [2, '◔', 1, 'Stufe 2'],
      [3, '◑', 2, 'Stufe 3'],
      [4, '◕', 3, 'Stufe 4'],
      [5, '●', 4, 'Stufe 5'],
    ]);
    expect([scale.min, scale.max]).to.deep.equal([1, 5]);
    expect(scale.level(3)?.description.text).to.equal('About 3');
    expect(scale.level(9)).to.equal(undefined);
  });

  it('spreads longer scales over the glyphs, lowest and highest always distinct', () => {
    const scale = new LevelScale(framework([0, 1, 2, 3, 4, 5, 6, 7]), 'en', 'en');
    expect(scale.levels.map((level) => level.glyph).join('')).to.equal('○◔◔◑◑◕◕●');
  });

  it('steps up and down within the scale, from "not assessed" to the lowest level', () => {
    const scale = new LevelScale(framework([1, 2, 3]), 'en', 'en');
    expect(scale.step(2, 1)?.value).to.equal(3);
    expect(scale.step(3, 1)?.value).to.equal(3);
    expect(scale.step(1, -1)?.value).to.equal(1);
    expect(scale.step(undefined, 1)?.value).to.equal(1);
    expect(scale.step(undefined, -1)?.value).to.equal(1);
  });

  it('reads a number key as a value on one-digit scales and as a position on others', () => {
    const small = new LevelScale(framework([0, 1, 2, 3, 4]), 'en', 'en');
    expect(small.fromDigit(0)?.value).to.equal(0);
    expect(small.fromDigit(4)?.value).to.equal(4);
    expect(small.fromDigit(5)).to.equal(undefined);
    expect(small.digitRange).to.deep.equal([0, 4]);
    const percent = new LevelScale(framework([0, 25, 50, 75, 100]), 'en', 'en');
    expect(percent.fromDigit(1)?.value).to.equal(0);
    expect(percent.fromDigit(5)?.value).to.equal(100);
    expect(percent.digitRange).to.deep.equal([1, 5]);
  });
});
