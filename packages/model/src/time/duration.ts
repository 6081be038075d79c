const DURATION =
  /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** An ISO 8601 duration in its parts (the shape of date-fns' `Duration`). */
export interface IsoDuration {
  readonly years: number;
  readonly months: number;
  readonly weeks: number;
  readonly days: number;
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
}

/** Reads an ISO 8601 duration such as `PT125H`, `P6W` or `P1Y6M`; `undefined` if it is not one. */
export function parseIsoDuration(value: string): IsoDuration | undefined {
  const match = DURATION.exec(value);
  if (!match) return undefined;
  const [years, months, weeks, days, hours, minutes, seconds] = match
    .slice(1)
    .map((part: string | undefined) => Number(part ?? 0)) as [number, number, number, number, number, number, number];
  return { years, months, weeks, days, hours, minutes, seconds };
}

const HOURS_PER = { year: 365 * 24, month: 30 * 24, week: 7 * 24, day: 24 } as const;
const hoursOfText = new Map<string, number | undefined>();
/** Catalogues use a few dozen different workloads at most; beyond this many, stop remembering new ones. */
const REMEMBERED = 1000;

/**
 * A duration in hours, counting a year as 365 days, a month as 30 days and a day as 24 hours
 * (so give a course's workload in hours: `PT125H`, not `P5D`). `undefined` for anything else.
 */
export function durationToHours(value: string | IsoDuration | undefined): number | undefined {
  if (typeof value !== 'string') return value && hoursOf(value);
  if (hoursOfText.has(value)) return hoursOfText.get(value);
  const duration = parseIsoDuration(value);
  const hours = duration && hoursOf(duration);
  if (hoursOfText.size < REMEMBERED) hoursOfText.set(value, hours);
  return hours;
}

function hoursOf(duration: IsoDuration): number {
  return (
    duration.years * HOURS_PER.year +
    duration.months * HOURS_PER.month +
    duration.weeks * HOURS_PER.week +
    duration.days * HOURS_PER.day +
    duration.hours +
    duration.minutes / 60 +
    duration.seconds / 3600
  );
}
