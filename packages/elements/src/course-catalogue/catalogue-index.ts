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

const base = (tag: string) => tag.toLowerCase().split('-')[0] ?? '';

/** What filters and the start-date order read of a course. */
interface Details {
  readonly languages: readonly string[];
  readonly modes: readonly CourseMode[];
  readonly status: CourseTimingStatus;
  readonly startsAt: number;
}

function detailsOf(course: Course, now: Date): Details {
  const languages = new Set((course.languages ?? []).map(base));
  const modes = new Set<CourseMode>(course.mode ? [course.mode] : []);
  for (const instance of course.instances ?? []) {
    for (const tag of instance.languages ?? []) languages.add(base(tag));
    if (instance.mode) modes.add(instance.mode);
  }
  const timing = courseTiming(course, { now });
  const startsAt =
    timing.status === 'upcoming'
      ? (timing.start?.getTime() ?? Infinity)
      : timing.status === 'past'
        ? Infinity
        : now.getTime();
  return { languages: [...languages], modes: [...modes], status: timing.status, startsAt };
}

/**
 * One course of a catalogue with what filters and sorting read. The details are worked out the
 * first time a filter or an order needs them: a first render of thousands of courses needs none.
 */
export class CatalogueEntry {
  readonly course: Course;
  /** Position in the document. */
  readonly order: number;
  private readonly now: Date;
  private details: Details | undefined;

  constructor(course: Course, order: number, now: Date) {
    this.course = course;
    this.order = order;
    this.now = now;
  }

  private get read(): Details {
    return (this.details ??= detailsOf(this.course, this.now));
  }

  /** Languages of instruction as lower-case base tags (`de`), the course's and its instances'. */
  get languages(): readonly string[] {
    return this.read.languages;
  }

  get modes(): readonly CourseMode[] {
    return this.read.modes;
  }

  get status(): CourseTimingStatus {
    return this.read.status;
  }

  /** When a learner can start: the next start, the current moment for self-paced or running courses, never for past ones. */
  get startsAt(): number {
    return this.read.startsAt;
  }
}

/** What search looks in, per course, folded (case and accents removed). */
export interface SearchText {
  readonly text: string;
  /** Where each part after the name starts in `text`: code, provider, skills, description. */
  readonly starts: readonly number[];
}

/** Every language of a text, folded: a search finds a course by its name in any language the document gives. */
function allLanguages(text: LocalizedText | undefined): string {
  if (text === undefined) return '';
  return foldText(typeof text === 'string' ? text : Object.values(text).join(' '));
}

/**
 * Folds a course's name, code, provider, skills and description for search, in the order of
 * their weight. Provider and skill names repeat across a catalogue: each is folded once.
 */
export function searchTextFolder(document: DataDocument): (course: Course) => SearchText {
  const folded = new Map<string, string>();
  const once = (key: string, text: () => LocalizedText | undefined) => {
    let value = folded.get(key);
    if (value === undefined) {
      value = allLanguages(text());
      folded.set(key, value);
    }
    return value;
  };
  return (course) => {
    const parts = [
      foldText(course.code ?? ''),
      once(course.provider.id, () => course.provider.name),
      (course.teaches ?? []).map(({ skill }) => once(skill, () => skillById(document, skill)?.name)).join(' '),
      allLanguages(course.description),
    ];
    let text = allLanguages(course.name);
    const starts: number[] = [];
    for (const part of parts) {
      starts.push(text.length + 1);
      text += `\n${part}`;
    }
    return { text, starts };
  };
}

/** Course names in the reader's language, for sorting by name. */
export function displayNames(document: DataDocument, courses: readonly Course[], lang: string): string[] {
  return courses.map((course) => pickText(course.name, lang, document.lang).text);
}
