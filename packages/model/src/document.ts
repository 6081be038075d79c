import type { LocalizedText } from './text.js';

/**
 * The types of a data document, as `parseDataDocument` returns it. The JSON Schema in
 * `schema/data-document.schema.json` is the normative description; these types follow it
 * field by field. Everything is read-only: the model never changes a document, and the lookups
 * it caches rely on that.
 */

/** A proficiency level: one of the values on a framework's scale. */
export type LevelValue = number;

/** Skill IRI → level, e.g. `{ "https://lp-elements.example/skills/networking": 3 }`. */
export type Levels = Readonly<Record<string, LevelValue>>;

/** One level of a proficiency scale, e.g. 3 "Proficient". */
export interface ScaleLevel {
  readonly value: LevelValue;
  readonly name: LocalizedText;
  readonly description?: LocalizedText;
}

/** A framework's proficiency scale. */
export interface Scale {
  readonly levels: readonly ScaleLevel[];
}

/** A group that skills are shown in, e.g. a row group of a matrix. */
export interface SkillGroup {
  readonly id: string;
  readonly name: LocalizedText;
  readonly description?: LocalizedText;
}

/** A skill of a framework. */
export interface Skill {
  /** An absolute IRI. */
  readonly id: string;
  readonly name: LocalizedText;
  readonly description?: LocalizedText;
  /** The id of a group of the same framework. */
  readonly group?: string;
  /** A verified ESCO skill URI. */
  readonly esco?: string;
}

/** A competence framework: skills and the scale they are measured on. */
export interface Framework {
  readonly id: string;
  readonly name: LocalizedText;
  readonly description?: LocalizedText;
  readonly version?: string;
  readonly url?: string;
  readonly scale: Scale;
  readonly groups?: readonly SkillGroup[];
  readonly skills: readonly Skill[];
}

/** role: levels a role requires; person: someone's current levels; team: people and the levels it needs; programme: levels a programme develops. */
export type ProfileKind = 'role' | 'person' | 'team' | 'programme';

/** Skill levels of a role, a person, a team or a programme. */
export interface Profile {
  readonly id: string;
  readonly kind: ProfileKind;
  readonly name: LocalizedText;
  readonly description?: LocalizedText;
  readonly levels?: Levels;
  /** A person's role: the id of a role profile. */
  readonly role?: string;
  /** A team's people: ids of person profiles. */
  readonly members?: readonly string[];
}

/** The institution that offers a course. */
export interface Provider {
  readonly id: string;
  readonly name: LocalizedText;
  readonly url?: string;
  readonly logo?: string;
  /** ISO 3166-1 alpha-2, e.g. `DE`. */
  readonly country?: string;
}

/** How a course is taught (schema.org `courseMode`). */
export type CourseMode = 'online' | 'onsite' | 'blended';

/** Where an instance takes place. */
export interface Location {
  readonly name: LocalizedText;
  readonly address?: LocalizedText;
  readonly country?: string;
  readonly url?: string;
}

/** One run of a course. Without a `start` it is self-paced. */
export interface CourseInstance {
  readonly id?: string;
  /** A calendar date (`2027-03-01`) or an RFC 3339 date-time. */
  readonly start?: string;
  readonly end?: string;
  readonly enrolUntil?: string;
  readonly mode?: CourseMode;
  readonly languages?: readonly string[];
  readonly location?: Location;
  readonly url?: string;
}

/** The kind of price, as search engines categorise offers. */
export type PriceCategory = 'free' | 'partially-free' | 'paid' | 'subscription';

/** What a course costs. */
export interface Price {
  readonly category: PriceCategory;
  readonly amount?: number;
  /** ISO 4217, e.g. `EUR`; required with `amount`. */
  readonly currency?: string;
}

/** The kind of credential a course or step awards. */
export type CredentialKind = 'certificate' | 'micro-credential' | 'badge' | 'degree' | 'attendance';

/** What participants receive; micro-credentials state ECTS, EQF level, assessment and quality assurance. */
export interface Credential {
  readonly kind: CredentialKind;
  readonly name: LocalizedText;
  readonly description?: LocalizedText;
  readonly url?: string;
  readonly ects?: number;
  readonly eqfLevel?: number;
  readonly assessment?: LocalizedText;
  readonly qualityAssurance?: LocalizedText;
  readonly stackable?: boolean;
}

/** A skill a course develops. */
export interface SkillTaught {
  /** A skill IRI. */
  readonly skill: string;
  /** The level a participant reaches. */
  readonly level: LevelValue;
}

/** researchers and professors are internal customers of a university; managers and engineers external ones. */
export type Audience = 'researchers' | 'professors' | 'managers' | 'engineers' | 'learning-professionals';

/** A course of the catalogue. */
export interface Course {
  readonly id: string;
  readonly code?: string;
  readonly name: LocalizedText;
  readonly description?: LocalizedText;
  readonly provider: Provider;
  readonly url?: string;
  readonly image?: string;
  readonly languages?: readonly string[];
  readonly mode?: CourseMode;
  readonly ects?: number;
  readonly eqfLevel?: number;
  /** ISO 8601 duration, e.g. `PT125H`. */
  readonly workload?: string;
  readonly prerequisites?: LocalizedText;
  readonly instances?: readonly CourseInstance[];
  readonly price?: Price;
  readonly credential?: Credential;
  readonly teaches?: readonly SkillTaught[];
  /** e.g. `energy`, `health-tech`, `biotech`, `food-tech`, `climate`, `sustainability`. */
  readonly fields?: readonly string[];
  readonly audience?: readonly Audience[];
}

/** A step of a career track. */
export interface Step {
  readonly id: string;
  readonly title: LocalizedText;
  readonly summary?: LocalizedText;
  /** The id of the profile whose levels a person needs for this step. */
  readonly requires?: string;
  /** IRIs of courses that prepare for this step. */
  readonly courses?: readonly string[];
  readonly credential?: Credential;
  /** ISO 8601 duration, e.g. `P1Y`. */
  readonly duration?: string;
  readonly optional?: boolean;
  /** Ids of the steps that may follow; more than one is a branch. */
  readonly next?: readonly string[];
}

/** A career track: steps joined by `next`, with branches. */
export interface Track {
  readonly id: string;
  readonly name: LocalizedText;
  readonly description?: LocalizedText;
  readonly steps: readonly Step[];
}

/** One site's data: every section is optional. */
export interface DataDocument {
  readonly $schema?: string;
  readonly $comment?: string;
  /** The language of plain-string texts. */
  readonly lang?: string;
  readonly title?: LocalizedText;
  readonly description?: LocalizedText;
  readonly frameworks?: readonly Framework[];
  readonly profiles?: readonly Profile[];
  readonly courses?: readonly Course[];
  readonly tracks?: readonly Track[];
}
