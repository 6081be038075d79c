import { expect } from '@open-wc/testing';
import { isCalendarDate, parseCalendarDate } from './calendar-date.js';

describe('parseCalendarDate', () => {
  it('reads a calendar date as local midnight of that day', () => {
    const parsed = parseCalendarDate('2027-03-01');
    expect(parsed?.wholeDay).to.equal(true);
    expect(parsed?.date.getTime()).to.equal(new Date(2027, 2, 1).getTime());
  });

  it('reads date-times with Z, with an offset and in local time', () => {
    expect(parseCalendarDate('2027-03-01T09:30:00Z')?.date.toISOString()).to.equal('2027-03-01T09:30:00.000Z');
    expect(parseCalendarDate('2027-03-01T09:30:00.250+01:00')?.date.toISOString()).to.equal('2027-03-01T08:30:00.250Z');
    expect(parseCalendarDate('2027-03-01T09:30-05:30')?.date.toISOString()).to.equal('2027-03-01T15:00:00.000Z');
    expect(parseCalendarDate('2027-03-01T09:30')?.date.getTime()).to.equal(new Date(2027, 2, 1, 9, 30).getTime());
    expect(parseCalendarDate('2027-03-01T09:30')?.wholeDay).to.equal(false);
  });

  it('knows leap years', () => {
    expect(parseCalendarDate('2028-02-29')).not.to.equal(undefined);
    expect(parseCalendarDate('2027-02-29')).to.equal(undefined);
  });

  it('rejects impossible dates and other formats', () => {
    for (const value of [
      '2027-02-30',
      '2027-13-01',
      '2027-00-10',
      '2027-04-31',
      '2027-03-01T24:00',
      '2027-03-01T12:60',
      '01.03.2027',
      '2027-3-1',
      '',
      '2027-03-01 09:00',
    ]) {
      expect(parseCalendarDate(value), value).to.equal(undefined);
    }
  });
});

describe('isCalendarDate', () => {
  it('tells real dates from impossible ones', () => {
    expect(isCalendarDate('2028-02-29T23:59:59Z')).to.equal(true);
    expect(isCalendarDate('2027-02-29')).to.equal(false);
    expect(isCalendarDate('1900-02-29')).to.equal(false);
    expect(isCalendarDate('2000-02-29')).to.equal(true);
  });

  it('takes only ASCII digits in whole days, month 1–12 and a day of that month', () => {
    for (const value of [
      '2027-0a-01',
      '2027-1-010',
      '+027-03-01',
      '2027-03-0 ',
      '２０２７-03-01',
      '2027-00-10',
      '2027-13-01',
      '2027-04-31',
      '2027-04-00',
    ])
      expect(isCalendarDate(value), value).to.equal(false);
    for (const value of ['2027-01-01', '2027-12-31', '0000-01-01', '2027-04-30'])
      expect(isCalendarDate(value), value).to.equal(true);
  });

  it('reads years before 100 as they are written', () => {
    expect(parseCalendarDate('0050-06-15')?.date.getFullYear()).to.equal(50);
    expect(parseCalendarDate('0050-06-15T12:00:00Z')?.date.toISOString()).to.equal('0050-06-15T12:00:00.000Z');
  });
});
