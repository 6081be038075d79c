import { expect } from '@open-wc/testing';
import { formatDate, formatList, formatNumber, formatRelativeToNow } from './format.js';

describe('formatDate', () => {
  it('writes short dates the way each partner language does', () => {
    const written = Object.fromEntries(
      ['de', 'da', 'fr', 'nl', 'et', 'cs', 'he'].map((lang) => [lang, formatDate('2025-10-06', lang, 'short')]),
    );
    expect(written).to.deep.equal({
      de: '06.10.25',
      da: '06.10.2025',
      fr: '06/10/2025',
      nl: '06-10-2025',
      et: '06.10.25',
      cs: '06.10.25',
      he: '6.10.2025',
    });
  });

  it('writes long dates with month names', () => {
    expect(formatDate('2025-10-06', 'de', 'long')).to.equal('6. Oktober 2025');
    expect(formatDate('2025-10-06', 'en-US', 'long')).to.equal('October 6, 2025');
  });

  it('writes a plain en page day first, as European universities do', () => {
    expect(formatDate('2025-10-06', 'en', 'long')).to.equal('6 October 2025');
    expect(formatDate('2025-10-06', 'en', 'short')).to.equal('06/10/2025');
  });

  it('reads date-only strings as local dates, not UTC midnight', () => {
    expect(formatDate('2025-01-01', 'de', 'short')).to.equal('01.01.25');
  });

  it('returns an empty string for an invalid date instead of throwing', () => {
    expect(formatDate('not a date', 'de')).to.equal('');
    expect(formatDate(Number.NaN, 'de')).to.equal('');
  });
});

describe('formatNumber', () => {
  it('groups and separates per language', () => {
    expect(formatNumber(1234.5, 'de')).to.equal('1.234,5');
    expect(formatNumber(1234.5, 'fr')).to.equal('1\u202f234,5');
    expect(formatNumber(1234.5, 'et')).to.equal('1234,5');
    expect(formatNumber(1234.5, 'he')).to.equal('1,234.5');
  });

  it('formats currencies', () => {
    expect(formatNumber(1490, 'nl', { style: 'currency', currency: 'EUR' })).to.equal('€\u00a01.490,00');
  });
});

describe('formatRelativeToNow', () => {
  const now = new Date('2026-03-01T12:00:00Z');

  it('uses the largest unit that fits', () => {
    expect(formatRelativeToNow('2026-03-22T12:00:00Z', 'en', now)).to.equal('in 3 weeks');
    expect(formatRelativeToNow('2026-02-27T12:00:00Z', 'de', now)).to.equal('vorgestern');
    expect(formatRelativeToNow('2027-03-01T12:00:00Z', 'en', now)).to.equal('next year');
  });

  it('returns an empty string for an invalid date', () => {
    expect(formatRelativeToNow('2026-13-45', 'en', now)).to.equal('');
  });
});

describe('formatList', () => {
  it("joins with the language's conjunction", () => {
    expect(formatList(['A', 'B', 'C'], 'de')).to.equal('A, B und C');
    expect(formatList(['A', 'B'], 'en', 'disjunction')).to.equal('A or B');
    // A second call in the same language and type reuses its formatter, and still says the same.
    expect(formatList(['A', 'B', 'C'], 'de')).to.equal('A, B und C');
    expect(formatList(['A', 'B'], 'de', 'disjunction')).to.equal('A oder B');
  });
});
