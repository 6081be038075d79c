import type { IsoDuration } from '@lp-elements/model';
import type { LocalizeController } from '../base/localize/localize-controller.js';

const UNITS = [
  ['years', 'year'],
  ['months', 'month'],
  ['weeks', 'week'],
  ['days', 'day'],
  ['hours', 'hour'],
  ['minutes', 'minute'],
] as const;

/** `2 years`, `1 Jahr und 6 Monate`: each part of a duration in the element's language (`Intl` units and lists). */
export function formatDuration(duration: IsoDuration, localize: LocalizeController): string {
  const parts = UNITS.filter(([field]) => duration[field] > 0).map(([field, unit]) =>
    localize.number(duration[field], { style: 'unit', unit, unitDisplay: 'long' }),
  );
  return localize.list(parts);
}
