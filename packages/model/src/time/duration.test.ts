import { expect } from '@open-wc/testing';
import { durationToHours, parseIsoDuration } from './duration.js';

describe('ISO 8601 durations', () => {
  it('reads every part', () => {
    expect(parseIsoDuration('P1Y2M3W4DT5H6M7.5S')).to.deep.equal({
      years: 1,
      months: 2,
      weeks: 3,
      days: 4,
      hours: 5,
      minutes: 6,
      seconds: 7.5,
    });
  });

  it('turns workloads into hours', () => {
    expect(durationToHours('PT125H')).to.equal(125);
    expect(durationToHours('PT90M')).to.equal(1.5);
    expect(durationToHours('P2D')).to.equal(48);
    expect(durationToHours('P1W')).to.equal(168);
    expect(durationToHours('P1Y')).to.equal(8760);
    expect(durationToHours('P1M')).to.equal(720);
  });

  it('rejects what is not a duration', () => {
    for (const value of ['', 'P', 'PT', '125 hours', 'PT1.5H', 'P-1D', 'T5H']) {
      expect(parseIsoDuration(value), value).to.equal(undefined);
      expect(durationToHours(value), value).to.equal(undefined);
    }
    expect(durationToHours(undefined)).to.equal(undefined);
  });
});
