import type { Course, DataDocument, Framework, Profile, Skill, Step, Track } from '../document.js';

/** A skill with the framework it belongs to and its place in the document. */
export interface IndexedSkill {
  readonly skill: Skill;
  readonly framework: Framework;
  /** Position among all skills of the document: the order gaps and matrices list skills in. */
  readonly order: number;
  /** The values of the framework's scale, ascending. */
  readonly scale: readonly number[];
}

/** A step with the track it belongs to. */
export interface IndexedStep {
  readonly step: Step;
  readonly track: Track;
}

/** Keeps the first of several entries with one id, as validation reports the later ones. */
function addFirst<V>(map: Map<string, V>, id: string, value: V): void {
  if (!map.has(id)) map.set(id, value);
}

function skillIndex(document: DataDocument): Map<string, IndexedSkill> {
  const skills = new Map<string, IndexedSkill>();
  for (const framework of document.frameworks ?? []) {
    const scale = framework.scale.levels.map((level) => level.value).sort((a, b) => a - b);
    for (const skill of framework.skills) addFirst(skills, skill.id, { skill, framework, order: skills.size, scale });
  }
  return skills;
}

function profileIndex(document: DataDocument): Map<string, Profile> {
  const profiles = new Map<string, Profile>();
  for (const profile of document.profiles ?? []) addFirst(profiles, profile.id, profile);
  return profiles;
}

function courseIndex(document: DataDocument): Map<string, Course> {
  const courses = new Map<string, Course>();
  for (const course of document.courses ?? []) addFirst(courses, course.id, course);
  return courses;
}

function trackIndex(document: DataDocument): Map<string, Track> {
  const tracks = new Map<string, Track>();
  for (const track of document.tracks ?? []) addFirst(tracks, track.id, track);
  return tracks;
}

function stepIndex(document: DataDocument): Map<string, IndexedStep> {
  const steps = new Map<string, IndexedStep>();
  for (const track of document.tracks ?? []) {
    for (const step of track.steps) addFirst(steps, step.id, { step, track });
  }
  return steps;
}

const INDEXES = {
  skills: skillIndex,
  profiles: profileIndex,
  courses: courseIndex,
  tracks: trackIndex,
  steps: stepIndex,
};

type Indexes = { readonly [K in keyof typeof INDEXES]: ReturnType<(typeof INDEXES)[K]> };

const indexes = new WeakMap<DataDocument, Partial<Indexes>>();

/**
 * One lookup of a document, built on first use and kept while the document lives: a card that
 * names its skills indexes the skills, not the thousands of courses beside them. Documents are
 * read-only, so an index never goes stale.
 */
function documentIndex<K extends keyof Indexes>(document: DataDocument, kind: K): Indexes[K] {
  let built = indexes.get(document);
  if (!built) {
    built = {};
    indexes.set(document, built);
  }
  return (built[kind] ??= INDEXES[kind](document) as Indexes[K]);
}

/** The skill with this IRI, from any framework. */
export function skillById(document: DataDocument, id: string): Skill | undefined {
  return documentIndex(document, 'skills').get(id)?.skill;
}

/** The skill with this IRI, its framework, its place and its scale. */
export function indexedSkill(document: DataDocument, id: string): IndexedSkill | undefined {
  return documentIndex(document, 'skills').get(id);
}

/** The framework that defines a skill. */
export function frameworkOfSkill(document: DataDocument, id: string): Framework | undefined {
  return documentIndex(document, 'skills').get(id)?.framework;
}

/** The profile with this id. */
export function profileById(document: DataDocument, id: string): Profile | undefined {
  return documentIndex(document, 'profiles').get(id);
}

/** The course with this IRI. */
export function courseById(document: DataDocument, id: string): Course | undefined {
  return documentIndex(document, 'courses').get(id);
}

/** The track with this IRI. */
export function trackById(document: DataDocument, id: string): Track | undefined {
  return documentIndex(document, 'tracks').get(id);
}

/** The step with this id and its track (step ids are unique across the document). */
export function stepById(document: DataDocument, id: string): IndexedStep | undefined {
  return documentIndex(document, 'steps').get(id);
}

/** The person profiles of a team, in the team's order; unknown ids are skipped. */
export function teamMembers(document: DataDocument, team: Profile): Profile[] {
  const profiles = documentIndex(document, 'profiles');
  return (team.members ?? []).flatMap((id) => profiles.get(id) ?? []);
}
