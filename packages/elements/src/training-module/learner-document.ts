import type { DataDocument, Levels, LocalizedText, Profile } from '@lp-elements/model';

/** Id of the profile a module makes for a learner the data document does not know (an LMS's learner). */
export const LEARNER_ID = 'lp-learner';

/**
 * The document the module's elements share: the host's document with the learner's levels in it,
 * either as a new person profile or laid over the person the page named. The host's document is
 * never changed.
 */
export function withLearner(
  document: DataDocument,
  person: string | undefined,
  name: LocalizedText,
  levels: Levels,
): { document: DataDocument; learner: string } {
  const profiles = document.profiles ?? [];
  if (person !== undefined) {
    return {
      learner: person,
      document: {
        ...document,
        profiles: profiles.map((profile) =>
          profile.id === person ? { ...profile, levels: { ...profile.levels, ...levels } } : profile,
        ),
      },
    };
  }
  const learner: Profile = { id: LEARNER_ID, kind: 'person', name, levels };
  return { learner: LEARNER_ID, document: { ...document, profiles: [...profiles, learner] } };
}
