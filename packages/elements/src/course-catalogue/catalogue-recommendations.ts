import {
  personGaps,
  profileById,
  recommendCourses,
  type DataDocument,
  type Levels,
  type Profile,
  type Recommendation,
} from '@lp-elements/model';

/** The courses recommended for one person against a required profile, by course id, best first. */
export interface CatalogueRecommendations {
  readonly person: Profile;
  readonly required: Profile;
  readonly byCourse: ReadonlyMap<string, Recommendation>;
  /** Course id → rank (0 is the best). */
  readonly rank: ReadonlyMap<string, number>;
}

/** Why no recommendations can be made: which attribute, and what it names. */
export type RecommendationProblem =
  | { readonly kind: 'unknown-profile'; readonly attribute: 'recommend-for' | 'required'; readonly id: string }
  | { readonly kind: 'no-required'; readonly person: Profile };

/**
 * Recommends courses for the person `personId` against `requiredId`, or the person's role when
 * no profile is required explicitly: the model's recommendations (gaps closed, levels gained,
 * earliest start), past courses left out. `changed` lays levels learnt on the page over the
 * person's own.
 */
export function catalogueRecommendations(
  document: DataDocument,
  personId: string,
  requiredId: string | undefined,
  now: Date,
  changed?: Levels,
): CatalogueRecommendations | RecommendationProblem {
  const profile = profileById(document, personId);
  if (!profile) return { kind: 'unknown-profile', attribute: 'recommend-for', id: personId };
  const person = changed ? { ...profile, levels: { ...profile.levels, ...changed } } : profile;
  const requiredProfileId = requiredId ?? person.role;
  if (requiredProfileId === undefined) return { kind: 'no-required', person };
  const required = profileById(document, requiredProfileId);
  if (!required) return { kind: 'unknown-profile', attribute: 'required', id: requiredProfileId };
  const recommendations = recommendCourses(document, personGaps(document, person, required), { now });
  return {
    person,
    required,
    byCourse: new Map(recommendations.map((recommendation) => [recommendation.course.id, recommendation])),
    rank: new Map(recommendations.map((recommendation, index) => [recommendation.course.id, index])),
  };
}
