import {
  courseTiming,
  pickText,
  skillById,
  type Course,
  type CourseMode,
  type CourseTimingStatus,
  type DataDocument,
  type LocalizedText,
} from '@lp-elements/model';
import { foldText } from './fold-text.js';

/** One course with what filters and sorting read, worked out once per document, language and moment. */
export interface CatalogueEntry {
  readonly course: Course;
  /** Position in the document. */
  readonly order: number;
  /** Languages of instruction as lower-case base tags (`de`), the course's and its instances'. */
  readonly languages: readonly string[];
  readonly modes: readonly CourseMode[];
  readonly status: CourseTimingStatus;
  /** When a learner can start: the next start, the current moment for self-paced or running courses, never for past ones. */
  readonly startsAt: number;
}

const base = (tag: string) => tag.toLowerCase().split('-')[0] ?? '';

/** Reads every course once: languages, modes, timing. */
export function catalogueEntries(courses: readonly Course[], now: Date): CatalogueEntry[] {
  const at = now.getTime();
  return courses.map((course, order) => {
    const instances = course.instances ?? [];
    const languages = new Set((course.languages ?? []).map(base));
    const modes = new Set<CourseMode>(course.mode ? [course.mode] : []);
    for (const instance of instances) {
      for (const tag of instance.languages ?? []) languages.add(base(tag));
      if (instance.mode) modes.add(instance.mode);
    }
    const timing = courseTiming(course, { now });
    const startsAt =
      timing.status === 'upcoming' ? (timing.start?.getTime() ?? Infinity) : timing.status === 'past' ? Infinity : at;
    return { course, order, languages: [...languages], modes: [...modes], status: timing.status, startsAt };
  });
}

/** Every language of a text, folded: a search finds a course by its name in any language the document gives. */
function allLanguages(text: LocalizedText | undefined): string {
  if (text === undefined) return '';
  return foldText(typeof text === 'string' ? text : Object.values(text).join(' '));
}

/**
 * What search looks in, per course, folded (case and accents removed), in the order of weight:
 * name, code, provider, skills, description. Built once per document; provider and skill names
 * repeat across a catalogue and are folded once each.
 */
export interface SearchText {
  readonly text: string;
  /** Where each part after the name starts in `text`. */
  readonly starts: readonly number[];
}

export function searchTexts(document: DataDocument, courses: readonly Course[]): SearchText[] {
  const folded = new Map<string, string>();
  const once = (key: string, text: () => LocalizedText | undefined) => {
    let value = folded.get(key);
    if (value === undefined) {
      value = allLanguages(text());
      folded.set(key, value);
    }
    return value;
  };
  return courses.map((course) => {
    const parts = [
      allLanguages(course.name),
      foldText(course.code ?? ''),
      once(course.provider.id, () => course.provider.name),
      (course.teaches ?? []).map(({ skill }) => once(skill, () => skillById(document, skill)?.name)).join(' '),
      allLanguages(course.description),
    ];
    const starts: number[] = [];
    let text = parts[0] ?? '';
    for (const part of parts.slice(1)) {
      starts.push(text.length + 1);
      text += `\n${part}`;
    }
    return { text, starts };
  });
}

/** Course names in the reader's language, for sorting by name. */
export function displayNames(document: DataDocument, courses: readonly Course[], lang: string): string[] {
  return courses.map((course) => pickText(course.name, lang, document.lang).text);
}
