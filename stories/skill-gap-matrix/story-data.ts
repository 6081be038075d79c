import type { DataDocument, Profile } from '@lp-elements/model';
import sampleJson from '../../packages/model/sample/lp-sample.json';

/** The shipped sample document (fictional universities, people and courses). */
export const sample = sampleJson as unknown as DataDocument;

/** Recommendations are judged from this moment, so the stories look the same on every day. */
export const STORY_NOW = new Date(2026, 10, 28, 12);

const FIRST_NAMES = [
  'Lena',
  'Mads',
  'Camille',
  'Joost',
  'Kertu',
  'Petra',
  'Yael',
  'Jonas',
  'Inès',
  'Freja',
  'Sander',
  'Liis',
  'Ondřej',
  'Tamar',
  'Felix',
  'Ida',
  'Hugo',
  'Noor',
  'Mart',
  'Eliška',
];
const LAST_NAMES = ['Weber', 'Nielsen', 'Laurent', 'de Vries', 'Kask', 'Dvořák', 'Cohen', 'Berg'];

/** A department of `size` fictional people, each with levels near one of the sample's people (fixed, not random). */
export function department(size: number): DataDocument {
  const people = (sample.profiles ?? []).filter((profile) => profile.kind === 'person');
  const members: Profile[] = Array.from({ length: size }, (_, index) => {
    const model = people[index % people.length];
    const levels = Object.fromEntries(
      Object.entries(model?.levels ?? {}).flatMap(([skill, level], position) => {
        if ((index + position) % 11 === 0) return [];
        const shifted = level + (((index * 7 + position * 3) % 3) - 1);
        return [[skill, Math.min(5, Math.max(1, shifted))]];
      }),
    );
    return {
      id: `person-story-${index + 1}`,
      kind: 'person',
      name: `${FIRST_NAMES[index % FIRST_NAMES.length] ?? ''} ${LAST_NAMES[index % LAST_NAMES.length] ?? ''}`,
      role: 'lp-practitioner',
      levels,
    };
  });
  const team: Profile = {
    id: 'team-story-department',
    kind: 'team',
    name: { en: 'Continuing education department', de: 'Abteilung Weiterbildung' },
    members: members.map((member) => member.id),
  };
  return { ...sample, profiles: [...(sample.profiles ?? []), ...members, team] };
}
