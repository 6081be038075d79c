import type { Course, CourseInstance, DataDocument, LocalizedText } from '@lp-elements/model';

/** A text with `suffix` after it, in every language it has. */
function suffixed(text: LocalizedText, suffix: string): LocalizedText {
  if (typeof text === 'string') return `${text} ${suffix}`;
  return Object.fromEntries(Object.entries(text).map(([lang, value]) => [lang, `${value} ${suffix}`]));
}

/** A date moved by whole years (`2027-03-01` + 2 → `2029-03-01`). */
const laterBy = (date: string | undefined, years: number) =>
  date && `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;

function edition(course: Course, round: number): Course {
  if (round === 0) return course;
  const years = round % 3;
  return {
    ...course,
    id: `${course.id}-${round}`,
    code: course.code && `${course.code}-${round}`,
    name: suffixed(course.name, `(${round + 1})`),
    url: course.url && `${course.url}-${round}`,
    ects: course.ects === undefined ? undefined : course.ects + (round % 4),
    instances: course.instances?.map((instance): CourseInstance => ({
      ...instance,
      id: instance.id && `${instance.id}-${round}`,
      start: laterBy(instance.start, years),
      end: laterBy(instance.end, years),
    })),
  };
}

/**
 * A catalogue of `count` courses made from the sample's: the sample's own first, then numbered
 * editions of them with later dates and more credits. The same input always gives the same
 * catalogue, so stories, tests and benchmarks measure the same thing.
 */
export function largeCatalogue(sample: DataDocument, count: number): DataDocument {
  const courses = sample.courses ?? [];
  return {
    ...sample,
    courses: Array.from({ length: count }, (_, index) => {
      const course = courses[index % courses.length];
      if (!course) throw new Error('the sample has no courses');
      return edition(course, Math.floor(index / courses.length));
    }),
  };
}
