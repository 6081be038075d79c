import type { Course, DataDocument } from '../document.js';

/** IRIs of the small test document. */
export const IRI = {
  framework: 'https://lp-elements.example/test/frameworks/lp',
  networking: 'https://lp-elements.example/test/skills/networking',
  design: 'https://lp-elements.example/test/skills/design',
  mentoring: 'https://lp-elements.example/test/skills/mentoring',
  energy: 'https://lp-elements.example/test/skills/energy',
  provider: 'https://lp-elements.example/test/providers/lindenbrueck',
  otherProvider: 'https://lp-elements.example/test/providers/fjordby',
  track: 'https://lp-elements.example/test/tracks/lp',
  course: (code: string) => `https://lp-elements.example/test/courses/${code}`,
} as const;

const provider = { id: IRI.provider, name: 'Technische Universität Lindenbrück', country: 'DE' };

/** A course of the small document, with what a test needs to vary. */
export function testCourse(code: string, fields: Partial<Course> = {}): Course {
  return { id: IRI.course(code), code, name: { en: `Course ${code}`, de: `Kurs ${code}` }, provider, ...fields };
}

/**
 * A small valid document: four skills on a 1–4 scale, a role, two people, a team, a few courses
 * and a track with a branch. A fresh copy on every call, so tests may change it.
 */
export function smallDocument(): DataDocument {
  return {
    lang: 'en',
    frameworks: [
      {
        id: IRI.framework,
        name: { en: 'Test framework', de: 'Testrahmen' },
        scale: {
          levels: [1, 2, 3, 4].map((value) => ({ value, name: `Level ${value}`, description: `Description ${value}` })),
        },
        groups: [{ id: 'relations', name: 'Relations' }],
        skills: [
          { id: IRI.networking, name: { en: 'Networking', de: 'Netzwerken' }, group: 'relations' },
          { id: IRI.design, name: { en: 'Programme design', de: 'Programmgestaltung' } },
          { id: IRI.mentoring, name: { en: 'Mentoring', de: 'Mentoring' } },
          { id: IRI.energy, name: { en: 'Energy', de: 'Energie' } },
        ],
      },
    ],
    profiles: [
      { id: 'associate', kind: 'role', name: 'Associate', levels: { [IRI.networking]: 2, [IRI.design]: 1 } },
      {
        id: 'designer',
        kind: 'role',
        name: 'Designer',
        levels: { [IRI.networking]: 3, [IRI.design]: 4, [IRI.mentoring]: 2 },
      },
      { id: 'mentor', kind: 'role', name: 'Mentor', levels: { [IRI.networking]: 3, [IRI.mentoring]: 4 } },
      { id: 'ada', kind: 'person', name: 'Ada', role: 'associate', levels: { [IRI.networking]: 3, [IRI.design]: 1 } },
      { id: 'ben', kind: 'person', name: 'Ben', levels: { [IRI.networking]: 1 } },
      { id: 'team', kind: 'team', name: 'Team', members: ['ada', 'ben'], levels: { [IRI.networking]: 2 } },
    ],
    courses: [
      testCourse('design-1', {
        workload: 'PT50H',
        ects: 2,
        languages: ['de', 'en'],
        mode: 'online',
        instances: [{ start: '2027-03-01', end: '2027-04-30' }],
        teaches: [{ skill: IRI.design, level: 4 }],
      }),
      testCourse('mentoring-1', {
        workload: 'PT25H',
        ects: 1,
        languages: ['en'],
        mode: 'onsite',
        teaches: [{ skill: IRI.mentoring, level: 4 }],
      }),
    ],
    tracks: [
      {
        id: IRI.track,
        name: 'Track',
        steps: [
          { id: 'start', title: 'Associate', requires: 'associate', next: ['design', 'mentor'] },
          { id: 'design', title: 'Designer', requires: 'designer', courses: [IRI.course('design-1')] },
          { id: 'mentor', title: 'Mentor', requires: 'mentor', optional: true },
        ],
      },
    ],
  };
}
