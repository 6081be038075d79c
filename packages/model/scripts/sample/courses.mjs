/** Builds the sample catalogue: 64 courses, eight per fictional university, with runs spread over 2025–2029. */
import { COURSE_TITLES } from './course-titles.mjs';
import { skillId, skillNames } from './framework.mjs';
import { courseId } from './people.mjs';
import { providers } from './providers.mjs';

const MODES = ['blended', 'online', 'onsite'];
const MODE_TEXT = {
  online: { en: 'an online course', de: 'Ein Online-Kurs' },
  onsite: { en: 'an on-site course', de: 'Ein Präsenzkurs' },
  blended: { en: 'a blended course', de: 'Ein Blended-Learning-Kurs' },
};
const AUDIENCE_TEXT = {
  teaching: { en: 'professors and researchers', de: 'Professorinnen, Professoren und Forschende' },
  external: { en: 'managers and engineers', de: 'Führungskräfte sowie Ingenieurinnen und Ingenieure' },
  core: { en: 'Learning Professionals', de: 'Learning Professionals' },
};
const AUDIENCES = {
  teaching: ['professors', 'researchers', 'learning-professionals'],
  external: ['managers', 'engineers', 'learning-professionals'],
  core: ['learning-professionals'],
};
const FIELD_OF_SKILL = {
  'field-energy': 'energy',
  'field-health-tech': 'health-tech',
  'field-biotech': 'biotech',
  'field-food-tech': 'food-tech',
  'field-climate': 'climate',
  'field-sustainability': 'sustainability',
};
const ECTS = [5, 3, 4, 2, 6, 3, 5, 1.5];
const CREDENTIALS = [
  { kind: 'micro-credential', name: { en: 'Micro-credential', de: 'Micro-Credential' } },
  { kind: 'certificate', name: { en: 'Certificate of completion', de: 'Abschlusszertifikat' } },
  { kind: 'badge', name: { en: 'Digital badge', de: 'Digitales Abzeichen' } },
  { kind: 'attendance', name: { en: 'Confirmation of attendance', de: 'Teilnahmebestätigung' } },
];

const pad = (value) => String(value).padStart(2, '0');
const day = (year, month, date) => {
  const value = new Date(Date.UTC(year, month - 1, date));
  return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
};
const run = (year, month, date, weeks) => ({
  start: day(year, month, date),
  end: day(year, month, date + weeks * 7 - 3),
});

/**
 * The runs of course `k` of university `p`, seen from the sample's "today", 2026-11-28: past,
 * running, starting soon, self-paced and later runs up to 2029, in a pattern that differs per
 * university so dates spread over the years.
 */
function runs(k, p) {
  switch (k) {
    case 0:
      return [run(2025, 3 + (p % 6), 2 + p, 8), run(2027, 3 + (p % 6), 1 + p, 8)];
    case 1:
      return [{ start: day(2026, 10, 5 + p), end: day(2027, 2, 10 + p) }];
    case 2:
      return [run(2026, 12, 7 + p, 6), run(2027, 9, 6 + p, 6)];
    case 3:
      return p % 2 === 0 ? [] : [{}];
    case 4:
      return [run(2025, 9 + (p % 3), 1 + p, 6), run(2026, 4 + (p % 4), 6 + p, 6)];
    case 5:
      return [run(2028, 2 + p, 7 + p, 10), run(2029, 2 + p, 5 + p, 10)];
    case 6:
      return [{ start: day(2026, 9, 1 + p), end: day(2027, 6, 30) }, run(2027, 10, 4 + p, 8)];
    default:
      return [run(2026, 3, 2 + p, 6), run(2027, 4 + (p % 5), 5 + p, 6)];
  }
}

function audienceOf(teaches) {
  const slugs = Object.keys(teaches);
  if (slugs.some((slug) => slug === 'teaching-mentoring' || slug === 'presentation-training')) return 'teaching';
  if (slugs.some((slug) => slug.startsWith('field-') || slug === 'external-programmes' || slug === 'job-market')) {
    return 'external';
  }
  return 'core';
}

function price(k, university) {
  const { currency, fee } = university;
  switch (k % 4) {
    case 0:
      return { category: 'free' };
    case 1:
      return { category: 'paid', amount: fee, currency };
    case 2:
      return { category: 'partially-free', amount: fee, currency };
    default:
      return { category: 'paid', amount: fee * 1.5, currency };
  }
}

function credential(k, ects) {
  const base = CREDENTIALS[k % 4];
  if (base.kind !== 'micro-credential') return base;
  return {
    ...base,
    ects,
    eqfLevel: 7,
    assessment: { en: 'Project work with a written reflection', de: 'Projektarbeit mit schriftlicher Reflexion' },
    qualityAssurance: {
      en: 'Reviewed by the continuing-education board of the university',
      de: 'Geprüft vom Weiterbildungsausschuss der Hochschule',
    },
    stackable: true,
  };
}

function languages(k, university) {
  const local = university.code === 'CL' ? ['fr', 'de'] : university.code === 'LB' ? ['de'] : university.local;
  if (k % 3 === 1) return ['en'];
  if (k % 3 === 2 && local.length > 0) return local;
  return [...local, 'en'];
}

function describe(name, mode, audience, teaches) {
  const skills = (lang) =>
    Object.keys(teaches)
      .map((slug) => skillNames.get(slug)[lang])
      .join(', ');
  return {
    en: `${name.en}: ${MODE_TEXT[mode].en} for ${AUDIENCE_TEXT[audience].en}. Focus: ${skills('en')}. A fictional sample course.`,
    de: `${name.de}: ${MODE_TEXT[mode].de} für ${AUDIENCE_TEXT[audience].de}. Schwerpunkte: ${skills('de')}. Ein fiktiver Beispielkurs.`,
  };
}

function course(university, p, [name, teaches], k) {
  const code = `${university.code}-${101 + k}`;
  const mode = MODES[(k + p) % 3];
  const audience = audienceOf(teaches);
  const ects = ECTS[k];
  const located =
    mode === 'online' ? {} : { location: { name: university.city, country: university.provider.country } };
  const fields = Object.keys(teaches).flatMap((slug) => FIELD_OF_SKILL[slug] ?? []);
  return {
    id: courseId(code),
    code,
    name,
    description: describe(name, mode, audience, teaches),
    provider: university.provider,
    url: courseId(code),
    languages: languages(k, university),
    mode,
    ects,
    eqfLevel: k % 3 === 1 ? 6 : 7,
    workload: `PT${ects * 30}H`,
    ...(k >= 5
      ? {
          prerequisites: {
            en: 'Some experience in a programme team.',
            de: 'Etwas Erfahrung in einem Programmteam.',
          },
        }
      : {}),
    instances: runs(k, p).map((dates, index) => ({
      id: `${code}-${index + 1}`,
      ...dates,
      ...(dates.start === undefined ? {} : located),
    })),
    price: price(k, university),
    credential: credential(k, ects),
    teaches: Object.entries(teaches).map(([slug, level]) => ({ skill: skillId(slug), level })),
    ...(fields.length > 0 ? { fields } : {}),
    audience: AUDIENCES[audience],
  };
}

export const courses = providers.flatMap((university, p) =>
  COURSE_TITLES[university.code].map((entry, k) => course(university, p, entry, k)),
);
