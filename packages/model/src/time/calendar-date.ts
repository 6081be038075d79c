const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?)?$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A date of the data document, read. */
export interface CalendarDate {
  /** The instant: local midnight for a calendar date, the exact time for a date-time. */
  readonly date: Date;
  /** True for `2027-03-01` (a whole day), false for a date-time. */
  readonly wholeDay: boolean;
}

interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
  readonly milliseconds: number;
  /** Minutes east of UTC; undefined for local time. */
  readonly offset: number | undefined;
  readonly wholeDay: boolean;
}

const isLeapYear = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

function offsetMinutes(zone: string): number {
  if (zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  return sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
}

/** Splits and checks a date without building a Date: validation reads thousands of them. */
function readParts(value: string): DateParts | undefined {
  const match = DATE.exec(value);
  if (!match) return undefined;
  const [, year, month, day, hours = '0', minutes = '0', seconds = '0', fraction = '', zone] = match;
  const parts = {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hours: Number(hours),
    minutes: Number(minutes),
    seconds: Number(seconds),
    milliseconds: Number(fraction.padEnd(3, '0').slice(0, 3)),
    offset: zone === undefined ? undefined : offsetMinutes(zone),
    wholeDay: match[4] === undefined,
  };
  const monthDays = parts.month === 2 && isLeapYear(parts.year) ? 29 : DAYS_IN_MONTH[parts.month - 1];
  if (monthDays === undefined || parts.day < 1 || parts.day > monthDays) return undefined;
  if (parts.hours > 23 || parts.minutes > 59 || parts.seconds > 59) return undefined;
  return parts;
}

const DIGIT_0 = 48;
const HYPHEN = 45;

/** The number written by the ASCII digits `value[from]` up to `value[to - 1]`, or NaN when one is not a digit. */
function digits(value: string, from: number, to: number): number {
  let number = 0;
  for (let index = from; index < to; index += 1) {
    const digit = value.charCodeAt(index) - DIGIT_0;
    if (digit < 0 || digit > 9) return NaN;
    number = number * 10 + digit;
  }
  return number;
}

/** True for a calendar date or an RFC 3339 date-time that exists (no 30 February, no hour 25). */
export function isCalendarDate(value: string): boolean {
  // Most catalogue dates are whole days (`2027-03-01`): read digit by digit, without a match to build.
  if (value.length !== 10 || value.charCodeAt(4) !== HYPHEN || value.charCodeAt(7) !== HYPHEN) {
    return readParts(value) !== undefined;
  }
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const date = digits(value, 8, 10);
  if (Number.isNaN(year + month + date)) return false;
  const monthDays = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
  return monthDays !== undefined && date >= 1 && date <= monthDays;
}

/**
 * Reads a calendar date (`2027-03-01`, a local day like date-fns' `parseISO`) or an RFC 3339
 * date-time (`2027-03-01T09:00`, with `Z` or an offset for an exact instant). Impossible dates such
 * as `2027-02-30` or `T25:00` are `undefined`. A small reader of its own: catalogues hold
 * thousands of dates, and this is several times faster than a general ISO parser.
 */
export function parseCalendarDate(value: string): CalendarDate | undefined {
  const parts = readParts(value);
  if (!parts) return undefined;
  const { year, month, day, hours, minutes, seconds, milliseconds, offset } = parts;
  const date =
    offset === undefined
      ? new Date(year, month - 1, day, hours, minutes, seconds, milliseconds)
      : new Date(Date.UTC(year, month - 1, day, hours, minutes - offset, seconds, milliseconds));
  // The Date constructor reads years 0–99 as 1900–1999.
  if (year < 100) {
    if (offset === undefined) date.setFullYear(year, month - 1, day);
    else date.setUTCFullYear(date.getUTCFullYear() - 1900);
  }
  return { date, wholeDay: parts.wholeDay };
}
