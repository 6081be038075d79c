import {
  durationToHours,
  indexedSkill,
  pickText,
  type CourseTiming,
  type DataDocument,
  type PickedText,
  type Price,
} from '@lp-elements/model';
import type { LocalizeController } from '../base/localize/localize-controller.js';

const WEEK_MS = 7 * 86_400_000;

/** `Starts 01/03/2027 (in 3 months)`, `Running until …`, `Self-paced`, `Ended …`. */
export function timingText(localize: LocalizeController, timing: CourseTiming, now: Date): string {
  const { status, instance } = timing;
  const lastDay = instance?.end ?? instance?.start;
  if (status === 'running') return localize.term('runningUntil', instance?.end ? localize.date(instance.end) : '');
  if (status === 'upcoming' && instance?.start && timing.start) {
    return localize.term('startsOn', localize.date(instance.start), localize.relative(timing.start, now));
  }
  if (status === 'past' && lastDay) return localize.term('endedOn', localize.date(lastDay));
  return localize.term('selfPaced');
}

/**
 * The workload in human terms: the total hours, and for a run of two weeks or more the weeks and
 * the hours a week (`150 hr · 8 weeks × 19 hr/w`).
 */
export function workloadText(localize: LocalizeController, workload: unknown, timing: CourseTiming): string {
  const hours = typeof workload === 'string' ? durationToHours(workload) : undefined;
  if (hours === undefined || !(hours > 0)) return '';
  const unit = (value: number, name: string, unitDisplay: 'short' | 'long') =>
    unitText(localize, value, name, unitDisplay);
  const total = unit(hours, 'hour', 'short');
  const weeks = timing.start && timing.end ? Math.round((timing.end.getTime() - timing.start.getTime()) / WEEK_MS) : 0;
  if (weeks < 2) return total;
  return localize.term(
    'workloadPerWeek',
    total,
    unit(weeks, 'week', 'long'),
    unit(hours / weeks, 'hour-per-week', 'short'),
  );
}

/** A whole number of a unit: `150 hr`, `8 weeks`. */
function unitText(localize: LocalizeController, value: number, unit: string, unitDisplay: 'short' | 'long'): string {
  return localize.number(value, { style: 'unit', unit, unitDisplay, maximumFractionDigits: 0 });
}

/** An amount of money, whole amounts without cents; a currency `Intl` does not know is written after the number. */
export function moneyText(localize: LocalizeController, amount: number, currency: string): string {
  const fraction = Number.isInteger(amount) ? 0 : 2;
  try {
    return localize.number(amount, { style: 'currency', currency, minimumFractionDigits: fraction });
  } catch {
    return `${localize.number(amount)} ${currency}`;
  }
}

/** `Free`, `€490`, `Partly free (€490)`, `Subscription (€29)`; empty without a known price category. */
export function priceText(localize: LocalizeController, price: Price | undefined): string {
  if (typeof price !== 'object' || !['free', 'partially-free', 'paid', 'subscription'].includes(price.category)) {
    return '';
  }
  const amount =
    typeof price.amount === 'number' && typeof price.currency === 'string'
      ? moneyText(localize, price.amount, price.currency)
      : '';
  return localize.term('price', price.category, amount);
}

const displayNames = new Map<string, Intl.DisplayNames>();

/** A language's name in `lang` (`de` → `German` in English); the tag itself when `Intl` cannot name it. */
export function languageName(tag: string, lang: string): string {
  try {
    let names = displayNames.get(lang);
    if (!names) {
      names = new Intl.DisplayNames([lang], { type: 'language' });
      displayNames.set(lang, names);
    }
    return names.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** A skill's name and the name of a level on its framework's scale; the IRI when the document does not name the skill. */
export function skillAndLevel(
  document: DataDocument | undefined,
  skill: string,
  level: number,
  lang: string,
): { skill: PickedText; level: string } {
  let indexed: ReturnType<typeof indexedSkill>;
  try {
    indexed = document ? indexedSkill(document, skill) : undefined;
  } catch {
    // A document given with a course object is not checked; a broken one only loses the names.
    indexed = undefined;
  }
  const name = pickText(indexed?.skill.name, lang, document?.lang);
  const levelName = indexed?.framework.scale.levels.find((scaleLevel) => scaleLevel.value === level)?.name;
  return {
    skill: name.text ? name : { text: skill, lang: undefined },
    level: pickText(levelName, lang, document?.lang).text,
  };
}

/**
 * Makes the `Intl` formatters that cards in `localize`'s language use. The first formatter of each
 * kind on a page loads its locale data, several milliseconds each: a list of cards makes them in
 * an idle moment while its code and data arrive, so its first cards do not wait for them.
 */
export function prepareCardFormats(localize: LocalizeController): void {
  const now = new Date();
  timingText(localize, { status: 'upcoming', start: now, instance: { start: '2000-01-01' } } as CourseTiming, now);
  unitText(localize, 1, 'hour', 'short');
  unitText(localize, 1, 'week', 'long');
  moneyText(localize, 1, 'EUR');
  localize.number(1);
  localize.list(['', '']);
  languageName('en', localize.lang);
}
