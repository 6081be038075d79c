import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';

/**
 * How much of a date to show, as `Intl.DateTimeFormat`'s `dateStyle`:
 * `short` 06.10.25, `medium` 06.10.2025, `long` 6. Oktober 2025 (German).
 */
export type DateStyle = 'short' | 'medium' | 'long';

/** Reads a date from a Date, an epoch number or an ISO 8601 string (date-only strings are local dates). */
export function toDate(value: Date | string | number): Date {
  return typeof value === 'string' ? parseISO(value) : new Date(value);
}

/** Intl formatters are costly to create and long lists format thousands of values: keep one per language and options. */
function cached<F>(cache: Map<string, F>, key: string, create: () => F): F {
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = create();
    cache.set(key, formatter);
  }
  return formatter;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

/**
 * A plain `en` page is most often a European university's English page: write its dates day
 * first (en-GB) rather than the US order `Intl` picks for `en`. `en-US` still gets US dates.
 */
const dateLanguage = (lang: string) => (lang.toLowerCase() === 'en' ? 'en-GB' : lang);

/** A date in a language; an empty string for an invalid date, so a bad value never throws into a template. */
export function formatDate(value: Date | string | number, lang: string, style: DateStyle = 'medium'): string {
  const date = toDate(value);
  if (!isValid(date)) return '';
  const formatter = cached(
    dateFormats,
    `${lang}|${style}`,
    () => new Intl.DateTimeFormat(dateLanguage(lang), { dateStyle: style }),
  );
  return formatter.format(date);
}

/** A number in a language. */
export function formatNumber(value: number, lang: string, options: Intl.NumberFormatOptions = {}): string {
  const key = `${lang}|${JSON.stringify(options)}`;
  return cached(numberFormats, key, () => new Intl.NumberFormat(lang, options)).format(value);
}

const RELATIVE_UNITS: readonly (readonly [Intl.RelativeTimeFormatUnit, number])[] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "in 3 weeks", "vor 2 Tagen", "today": the distance from `now` in the largest unit that fits. */
export function formatRelativeToNow(value: Date | string | number, lang: string, now: Date = new Date()): string {
  const date = toDate(value);
  if (!isValid(date)) return '';
  const formatter = cached(relativeFormats, lang, () => new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }));
  const distance = date.getTime() - now.getTime();
  for (const [unit, size] of RELATIVE_UNITS) {
    if (Math.abs(distance) >= size) return formatter.format(Math.round(distance / size), unit);
  }
  return formatter.format(0, 'minute');
}

/** "A, B and C" (or "A, B or C") in a language. */
export function formatList(items: readonly string[], lang: string, type: Intl.ListFormatType = 'conjunction'): string {
  return cached(listFormats, `${lang}|${type}`, () => new Intl.ListFormat(lang, { type, style: 'long' })).format(items);
}
