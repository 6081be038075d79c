import {
  courseTiming,
  durationToHours,
  pickText,
  skillById,
  type Course,
  type CourseInstance,
  type DataDocument,
  type LocalizedText,
  type PriceCategory,
} from '@lp-elements/model';

/** At most this many courses are described: the first ones shown, in the order shown. */
export const JSON_LD_LIMIT = 100;

const OFFER_CATEGORIES: Readonly<Record<PriceCategory, string>> = {
  free: 'Free',
  'partially-free': 'Partially Free',
  paid: 'Paid',
  subscription: 'Subscription',
};
const COURSE_MODES = { online: 'Online', onsite: 'Onsite', blended: 'Blended' } as const;

type Json = Record<string, unknown>;

/** Leaves out the properties without a value, so the markup says only what the data says. */
const defined = (object: Json): Json =>
  Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined && value !== ''));

/**
 * The runs a learner can still join (running, upcoming, self-paced) as schema.org
 * `CourseInstance`s, with the course's mode and workload where a run does not say otherwise. A
 * course whose runs are all over keeps them, with their dates; a course without any is described
 * as self-paced, since search engines want an instance.
 */
function instancesOf(course: Course, text: (value: LocalizedText | undefined) => string, now: Date): Json[] {
  const open = (course.instances ?? []).filter(
    (instance) => courseTiming({ ...course, instances: [instance] }, { now }).status !== 'past',
  );
  const instance = (run: CourseInstance | undefined): Json =>
    defined({
      '@type': 'CourseInstance',
      courseMode: COURSE_MODES[run?.mode ?? course.mode ?? 'online'],
      courseWorkload: durationToHours(course.workload) === undefined ? undefined : course.workload,
      startDate: run?.start,
      endDate: run?.end,
      inLanguage: run?.languages,
      url: run?.url,
      location:
        run?.location &&
        defined({ '@type': 'Place', name: text(run.location.name), address: text(run.location.address) }),
    });
  const described = open.length > 0 ? open : (course.instances ?? []);
  return described.length > 0 ? described.map(instance) : [instance(undefined)];
}

/** One course as a schema.org `Course`, its texts in the reader's language, as the card shows them. */
function courseJsonLd(course: Course, document: DataDocument, lang: string, now: Date): Json {
  const text = (value: LocalizedText | undefined) => pickText(value, lang, document.lang).text;
  const { price, credential } = course;
  return defined({
    '@type': 'Course',
    '@id': course.id,
    url: course.url,
    name: text(course.name),
    description: text(course.description) || text(course.name),
    courseCode: course.code,
    image: course.image,
    provider: defined({
      '@type': 'Organization',
      '@id': course.provider.id,
      name: text(course.provider.name),
      url: course.provider.url,
    }),
    availableLanguage: course.languages,
    numberOfCredits:
      course.ects === undefined ? undefined : { '@type': 'StructuredValue', value: course.ects, unitText: 'ECTS' },
    educationalLevel: course.eqfLevel === undefined ? undefined : `EQF ${course.eqfLevel}`,
    coursePrerequisites: text(course.prerequisites),
    educationalCredentialAwarded:
      credential &&
      defined({
        '@type': 'EducationalOccupationalCredential',
        name: text(credential.name),
        credentialCategory: credential.kind,
        url: credential.url,
      }),
    teaches: course.teaches?.map(({ skill }) =>
      defined({ '@type': 'DefinedTerm', '@id': skill, name: text(skillById(document, skill)?.name) }),
    ),
    offers: price && [
      defined({
        '@type': 'Offer',
        category: OFFER_CATEGORIES[price.category],
        price: price.category === 'free' ? 0 : price.amount,
        priceCurrency: price.currency,
      }),
    ],
    hasCourseInstance: instancesOf(course, text, now),
  });
}

/**
 * The schema.org JSON-LD of a catalogue: an `ItemList` of the courses shown, in the order shown
 * (the first `JSON_LD_LIMIT` of them), each a `Course` with its instances, provider, offers,
 * mode, workload, languages and credential. `numberOfItems` counts every course shown.
 */
export function catalogueJsonLd(
  courses: readonly Course[],
  document: DataDocument,
  options: { readonly lang: string; readonly name: string; readonly now: Date },
): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    name: options.name,
    numberOfItems: courses.length,
    itemListElement: courses.slice(0, JSON_LD_LIMIT).map((course, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      item: courseJsonLd(course, document, options.lang, options.now),
    })),
  };
}
