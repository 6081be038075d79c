import type { Course, Credential, DataDocument, Framework, Levels, Profile, Track } from '../document.js';
import { trackOrder } from '../career/track-order.js';
import { childPath } from '../problems/json-path.js';
import { preview, problem } from '../problems/messages.js';
import type { Problem, ProblemCode, ProblemParams } from '../problems/problem.js';
import { ITEMS_PER_STEP, type Steps } from '../steps.js';
import { isCalendarDate, parseCalendarDate } from '../time/calendar-date.js';
import { checkHttpUrl, checkIri, isPlainWebUrl, type IriCheck, type UrlCheck } from './iri.js';

/** The dates of an instance, in the order their problems are listed. */
const DATE_FIELDS = ['start', 'end', 'enrolUntil'] as const;

type Add = <C extends ProblemCode>(path: string, code: C, params: ProblemParams[C]) => void;

/** Remembers where each id was first used and reports the ones used again. */
class IdRegister {
  private readonly firsts = new Map<string, string>();

  constructor(private readonly add: Add) {}

  has(id: string): boolean {
    return this.firsts.has(id);
  }

  claim(id: string, path: string): void {
    const first = this.firsts.get(id);
    if (first === undefined) this.firsts.set(id, path);
    else this.add(path, 'duplicate-id', { id: preview(id), first });
  }
}

/** Calendar dates compare as text; anything with a time is compared as an instant. */
function endsBeforeStart(start: string, end: string): boolean {
  if (start.length === 10 && end.length === 10) return end < start;
  const from = parseCalendarDate(start)?.date;
  const to = parseCalendarDate(end)?.date;
  return from !== undefined && to !== undefined && to < from;
}

/**
 * The checks that span the document, run once its structure is valid: the frameworks and profiles
 * first (what courses and tracks refer to), then each course in order, then the tracks (which
 * refer to courses).
 */
export class DocumentChecker {
  readonly problems: Problem[] = [];
  private readonly scales = new Map<string, readonly number[]>();
  private readonly profileIds = new Set<string>();
  /** Catalogues repeat the same provider ids and links thousands of times: each is checked once. */
  private readonly iriChecks = new Map<string, IriCheck>();
  private readonly urlChecks = new Map<string, UrlCheck>();

  private readonly add: Add = (path, code, params) => {
    this.problems.push(problem(path, code, params));
  };

  private readonly courseIds = new IdRegister(this.add);

  constructor(private readonly document: DataDocument) {
    for (const framework of document.frameworks ?? []) {
      const scale = framework.scale.levels.map((level) => level.value).sort((a, b) => a - b);
      for (const skill of framework.skills) if (!this.scales.has(skill.id)) this.scales.set(skill.id, scale);
    }
    for (const profile of document.profiles ?? []) this.profileIds.add(profile.id);
  }

  /** Every check, a few courses at a time. */
  *run(): Steps<Problem[]> {
    this.checkFrameworksAndProfiles();
    for (const [index, course] of (this.document.courses ?? []).entries()) {
      this.checkCourse(course, index);
      if (index % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
    }
    this.checkTracks();
    return this.problems;
  }

  /** The frameworks and the profiles. */
  checkFrameworksAndProfiles(): void {
    const { frameworks = [], profiles = [] } = this.document;
    const skillIds = new IdRegister(this.add);
    const frameworkIds = new IdRegister(this.add);
    frameworks.forEach((framework, index) => {
      this.framework(framework, `$.frameworks[${index}]`, frameworkIds, skillIds);
    });
    const profileIds = new IdRegister(this.add);
    profiles.forEach((profile, index) => {
      this.profile(profile, `$.profiles[${index}]`, profileIds);
    });
  }

  /** The course at `index` of the document's list; courses are checked in order, so a duplicate id is found at the later one. */
  checkCourse(course: Course, index: number): void {
    this.course(course, `$.courses[${index}]`, this.courseIds);
  }

  /** The tracks: run after every course is checked, since steps refer to courses by id. */
  checkTracks(): void {
    const trackIds = new IdRegister(this.add);
    const stepIds = new IdRegister(this.add);
    (this.document.tracks ?? []).forEach((track, index) => {
      this.track(track, `$.tracks[${index}]`, trackIds, stepIds, this.courseIds);
    });
  }

  /**
   * Checks an id at `base.key`; the path is only written out for a problem, as most ids are fine.
   * Plain http(s) ids, the most common kind and often unique (a course's), need no cache entry.
   */
  private iri(base: string, key: string, value: string): void {
    if (isPlainWebUrl(value)) return;
    let result = this.iriChecks.get(value);
    if (result === undefined) {
      result = checkIri(value);
      this.iriChecks.set(value, result);
    }
    if (result === 'relative') this.add(`${base}.${key}`, 'relative-iri', { value: preview(value) });
    else if (result === 'invalid') this.add(`${base}.${key}`, 'invalid-iri', { value: preview(value) });
  }

  /** Checks a link at `base.key`, writing the path out only for a problem. */
  private link(base: string, key: string, value: string | undefined): void {
    if (value === undefined || isPlainWebUrl(value)) return;
    let result = this.urlChecks.get(value);
    if (result === undefined) {
      result = checkHttpUrl(value);
      this.urlChecks.set(value, result);
    }
    if (result.result === 'ok') return;
    const path = `${base}.${key}`;
    if (result.result === 'unsafe') this.add(path, 'unsafe-url', { value: preview(value), scheme: result.scheme });
    else this.add(path, 'invalid-url', { value: preview(value) });
  }

  private level(path: string, skill: string, level: number): void {
    const scale = this.scales.get(skill);
    if (scale === undefined) this.add(path, 'unknown-skill', { id: preview(skill) });
    else if (!scale.includes(level)) this.add(path, 'level-not-on-scale', { level, scale });
  }

  private levels(path: string, levels: Levels): void {
    for (const [skill, level] of Object.entries(levels)) {
      // Most levels are fine: the path (which quotes the IRI) is written only for a problem.
      if (!this.scales.get(skill)?.includes(level)) this.level(childPath(path, skill), skill, level);
    }
  }

  private profileReference(path: string, id: string | undefined): void {
    if (id !== undefined && !this.profileIds.has(id)) this.add(path, 'unknown-profile', { id: preview(id) });
  }

  private credential(path: string, credential: Credential | undefined): void {
    if (credential) this.link(path, 'url', credential.url);
  }

  private framework(framework: Framework, path: string, frameworkIds: IdRegister, skillIds: IdRegister): void {
    this.iri(path, 'id', framework.id);
    frameworkIds.claim(framework.id, `${path}.id`);
    this.link(path, 'url', framework.url);
    const values = new Set<number>();
    framework.scale.levels.forEach(({ value }, index) => {
      if (values.has(value)) this.add(`${path}.scale.levels[${index}]`, 'duplicate-level', { value });
      values.add(value);
    });
    const groupIds = new IdRegister(this.add);
    framework.groups?.forEach((group, index) => {
      groupIds.claim(group.id, `${path}.groups[${index}].id`);
    });
    const groups = new Set(framework.groups?.map((group) => group.id));
    framework.skills.forEach((skill, index) => {
      const skillPath = `${path}.skills[${index}]`;
      this.iri(skillPath, 'id', skill.id);
      skillIds.claim(skill.id, `${skillPath}.id`);
      if (skill.group !== undefined && !groups.has(skill.group)) {
        this.add(`${skillPath}.group`, 'unknown-group', { id: preview(skill.group) });
      }
    });
  }

  private profile(profile: Profile, path: string, profileIds: IdRegister): void {
    profileIds.claim(profile.id, `${path}.id`);
    if (profile.levels) this.levels(`${path}.levels`, profile.levels);
    this.profileReference(`${path}.role`, profile.role);
    profile.members?.forEach((id, index) => {
      this.profileReference(`${path}.members[${index}]`, id);
    });
  }

  private course(course: Course, path: string, courseIds: IdRegister): void {
    this.iri(path, 'id', course.id);
    courseIds.claim(course.id, `${path}.id`);
    const providerPath = `${path}.provider`;
    this.iri(providerPath, 'id', course.provider.id);
    this.link(providerPath, 'url', course.provider.url);
    this.link(providerPath, 'logo', course.provider.logo);
    this.link(path, 'url', course.url);
    this.link(path, 'image', course.image);
    this.credential(`${path}.credential`, course.credential);
    // This runs for every course of a catalogue: a teaching entry's path is written only for a problem.
    for (const [index, instance] of (course.instances ?? []).entries()) {
      const instancePath = `${path}.instances[${index}]`;
      for (const field of DATE_FIELDS) {
        const value = instance[field];
        if (value !== undefined && !isCalendarDate(value)) {
          this.add(`${instancePath}.${field}`, 'invalid-date', { value: preview(value) });
        }
      }
      const { start, end } = instance;
      if (start !== undefined && end !== undefined && endsBeforeStart(start, end)) {
        this.add(`${instancePath}.end`, 'end-before-start', { start, end });
      }
      this.link(instancePath, 'url', instance.url);
      this.link(`${instancePath}.location`, 'url', instance.location?.url);
    }
    for (const [index, { skill, level }] of (course.teaches ?? []).entries()) {
      const scale = this.scales.get(skill);
      if (scale?.includes(level)) continue;
      const teachesPath = `${path}.teaches[${index}]`;
      if (scale === undefined) this.add(`${teachesPath}.skill`, 'unknown-skill', { id: preview(skill) });
      else this.level(`${teachesPath}.level`, skill, level);
    }
  }

  private track(track: Track, path: string, trackIds: IdRegister, stepIds: IdRegister, courseIds: IdRegister): void {
    this.iri(path, 'id', track.id);
    trackIds.claim(track.id, `${path}.id`);
    const ownSteps = new Set(track.steps.map((step) => step.id));
    track.steps.forEach((step, index) => {
      const stepPath = `${path}.steps[${index}]`;
      stepIds.claim(step.id, `${stepPath}.id`);
      this.profileReference(`${stepPath}.requires`, step.requires);
      step.courses?.forEach((id, courseIndex) => {
        if (!courseIds.has(id)) {
          this.add(`${stepPath}.courses[${courseIndex}]`, 'unknown-course', { id: preview(id) });
        }
      });
      this.credential(`${stepPath}.credential`, step.credential);
      step.next?.forEach((id, nextIndex) => {
        if (!ownSteps.has(id)) this.add(`${stepPath}.next[${nextIndex}]`, 'unknown-step', { id: preview(id) });
      });
    });
    const { cycle } = trackOrder(track);
    if (cycle && cycle.length > 1) this.cycle(track, path, cycle);
  }

  /** Reports a cycle at the `next` entry that leads back to an earlier step (or to the step itself). */
  private cycle(track: Track, path: string, cycle: readonly string[]): void {
    const indexOf = (id: string | undefined) => track.steps.findIndex((step) => step.id === id);
    const edges = cycle.slice(1).map((to, index) => ({ from: indexOf(cycle[index]), to }));
    const back = edges.find(({ from, to }) => indexOf(to) <= from) ?? edges[0];
    const from = back?.from ?? 0;
    const nextIndex = track.steps[from]?.next?.indexOf(back?.to ?? '') ?? 0;
    const loop = cycle.slice(0, -1);
    const begin = Math.max(0, loop.indexOf(back?.to ?? ''));
    const steps = [...loop.slice(begin), ...loop.slice(0, begin + 1)].map(preview);
    this.add(`${path}.steps[${from}].next[${nextIndex}]`, 'track-cycle', { steps });
  }
}

/**
 * The checks beyond the schema: unique ids, known references, absolute IRIs, http(s) links,
 * real calendar dates in order, levels on the skill's scale and tracks without cycles.
 */
export function documentProblems(document: DataDocument): Steps<Problem[]> {
  return new DocumentChecker(document).run();
}
