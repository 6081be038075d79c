import type { CareerTrackTerms } from '../../career-track/career-track.terms.js';

const plural = new Intl.PluralRules('cs');
const number = new Intl.NumberFormat('cs', { maximumFractionDigits: 1 });
const n = (value: number) => number.format(value);
/** The form of a noun after a number: one (1), few (2–4), many (fractions), other (0, 5 …). */
const form = (count: number, forms: Readonly<Record<'one' | 'few' | 'many' | 'other', string>>) => {
  const rule = plural.select(count);
  return rule === 'one' || rule === 'few' || rule === 'many' ? forms[rule] : forms.other;
};
/** After "z" (out of), the genitive: z 1 kroku, z 7 kroků. */
const outOf = (count: number, singular: string, pluralForm: string) =>
  `z ${n(count)} ${plural.select(count) === 'one' ? singular : pluralForm}`;

const careerTrack: CareerTrackTerms = {
  trackProgressSummary: (person, achieved, total) =>
    `${person ? `${person}: ` : ''}splněno ${n(achieved)} ${outOf(total, 'kroku', 'kroků')}`,
  trackStepOf: (position, total) => `Krok ${n(position)} z ${n(total)}`,
  trackStatus: {
    achieved: 'Splněno',
    current: 'Aktuální krok',
    available: 'Otevřeno',
    optional: 'Volitelné',
    locked: 'Uzamčeno',
  },
  trackRequirementsMet: (met, required) => `Splněno ${n(met)} ${outOf(required, 'požadavku', 'požadavků')}`,
  trackNoRequirements: 'Bez požadavků na dovednosti',
  trackCredential: (name, kind) => `Osvědčení: ${name} (${kind})`,
  trackCredentialKind: {
    certificate: 'certifikát',
    'micro-credential': 'mikrocertifikát',
    badge: 'odznak',
    degree: 'akademický titul',
    attendance: 'potvrzení o účasti',
  },
  trackDuration: (duration) => `Obvykle trvá ${duration}`,
  trackEffort: (hours, ects, atLeast) =>
    `Náročnost: ${atLeast ? 'nejméně ' : ''}${n(hours)} ${form(hours, { one: 'hodina', few: 'hodiny', many: 'hodiny', other: 'hodin' })} studia, ${n(ects)} ECTS`,
  trackEffortUnclosed: (count) =>
    `Pro ${n(count)} ${form(count, { one: 'požadavek', few: 'požadavky', many: 'požadavku', other: 'požadavků' })} se nenašel žádný kurz`,
  trackPaths: (count) =>
    form(count, {
      one: `Na výběr je ${n(count)} cesta`,
      few: `Na výběr jsou ${n(count)} cesty`,
      many: `Na výběr je ${n(count)} cesty`,
      other: `Na výběr je ${n(count)} cest`,
    }),
  trackPathOf: (index, count) => `Cesta ${n(index)} z ${n(count)}`,
  trackJoins: (steps) => `Navazuje na ${steps}`,
  trackContinuesAt: (step) => `Pokračuje krokem ${step}`,
  trackStraightTo: (step) => `Rovnou ke kroku ${step}`,
  trackPathEnds: 'Tato cesta zde končí',
  trackRequirements: 'Požadavky',
  trackCourses: 'Kurzy, které k tomu vedou',
  trackCredentialHeading: 'Osvědčení',
  trackLevels: (required, current) => `Požadováno: ${required} · Aktuálně: ${current}`,
  trackNotAssessed: 'nehodnoceno',
  trackRequirementGap: (levelsBelow) =>
    levelsBelow === 0
      ? 'Splněno'
      : `O ${n(levelsBelow)} ${form(levelsBelow, { one: 'úroveň', few: 'úrovně', many: 'úrovně', other: 'úrovní' })} níže`,
  trackNoCourses: 'K tomuto kroku nejsou uvedeny žádné kurzy.',
  trackEcts: (ects) => `${n(ects)} ECTS`,
  trackEqf: (level) => `úroveň EQF ${n(level)}`,
  trackAssessment: 'Hodnocení:',
  trackStepAchieved: (step) => `Krok splněn: ${step}`,
  trackNone: 'Žádná kariérní dráha k zobrazení.',
  trackUnknown: (id) => `Data neobsahují kariérní dráhu „${id}“ (atribut track).`,
  trackUnknownPerson: (id) =>
    `Data neobsahují profil „${id}“ (atribut current), proto se dráha zobrazuje bez osobního postupu.`,
};

export default careerTrack;
