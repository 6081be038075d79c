/** The Learning Professional competence framework of the sample: groups, skills and a five-level scale. */

export const BASE = 'https://lp-elements.example';
export const skillId = (slug) => `${BASE}/skills/${slug}`;

export const scale = {
  levels: [
    {
      value: 1,
      name: { en: 'Foundation', de: 'Grundlagen', fr: 'Fondamentaux' },
      description: {
        en: 'Knows the concepts and follows guidance from others.',
        de: 'Kennt die Begriffe und arbeitet nach Anleitung.',
      },
    },
    {
      value: 2,
      name: { en: 'Developing', de: 'Aufbauend', fr: 'En développement' },
      description: {
        en: 'Applies the skill in familiar situations, with support.',
        de: 'Wendet die Fähigkeit in vertrauten Situationen an, mit Unterstützung.',
      },
    },
    {
      value: 3,
      name: { en: 'Proficient', de: 'Kompetent', fr: 'Compétent' },
      description: {
        en: 'Applies the skill independently in everyday work.',
        de: 'Wendet die Fähigkeit im Arbeitsalltag selbstständig an.',
      },
    },
    {
      value: 4,
      name: { en: 'Advanced', de: 'Fortgeschritten', fr: 'Avancé' },
      description: {
        en: 'Handles complex and new situations and guides others.',
        de: 'Meistert komplexe und neue Situationen und leitet andere an.',
      },
    },
    {
      value: 5,
      name: { en: 'Expert', de: 'Expertise', fr: 'Expert' },
      description: {
        en: 'Shapes practice across the institution and beyond.',
        de: 'Prägt die Praxis in der ganzen Einrichtung und darüber hinaus.',
      },
    },
  ],
};

export const groups = [
  { id: 'relations', name: { en: 'Communication and relations', de: 'Kommunikation und Beziehungen' } },
  { id: 'industry', name: { en: 'Industry and job market', de: 'Industrie und Arbeitsmarkt' } },
  { id: 'design', name: { en: 'Programme design', de: 'Programmgestaltung' } },
  { id: 'teaching', name: { en: 'Teaching and mentoring', de: 'Lehre und Mentoring' } },
  { id: 'technology', name: { en: 'New technologies', de: 'Neue Technologien' } },
  { id: 'fields', name: { en: 'Domain fields', de: 'Fachgebiete' } },
];

/** [slug, group, English name, German name, English description, German description] */
const SKILLS = [
  [
    'communication',
    'relations',
    'Communication',
    'Kommunikation',
    'Explains goals, needs and results clearly to academics, managers and engineers.',
    'Erklärt Ziele, Bedarfe und Ergebnisse verständlich für Lehrende, Führungskräfte und Ingenieure.',
  ],
  [
    'networking',
    'relations',
    'Networking',
    'Netzwerken',
    'Builds and keeps relationships with firms, researchers and partner universities.',
    'Baut Beziehungen zu Unternehmen, Forschenden und Partnerhochschulen auf und pflegt sie.',
  ],
  [
    'cooperation',
    'relations',
    'Cooperation',
    'Zusammenarbeit',
    'Works across disciplines and institutions towards shared programmes.',
    'Arbeitet über Fächer und Einrichtungen hinweg an gemeinsamen Programmen.',
  ],
  [
    'persuasion',
    'relations',
    'Making the case for learning',
    'Für Weiterbildung überzeugen',
    'Convinces participants and sponsors that a programme or course is needed.',
    'Überzeugt Teilnehmende und Auftraggeber davon, dass ein Programm oder Kurs gebraucht wird.',
  ],
  [
    'industry-needs',
    'industry',
    'Reading industry needs',
    'Industriebedarf erkennen',
    "Analyses calls for proposals and firms' requests to define what they need.",
    'Analysiert Ausschreibungen und Anfragen von Unternehmen, um deren Bedarf zu bestimmen.',
  ],
  [
    'job-market',
    'industry',
    'Reading the job market',
    'Den Arbeitsmarkt verstehen',
    'Follows how jobs, and the skills employers expect, are changing.',
    'Verfolgt, wie sich Berufe und die von Arbeitgebern erwarteten Fähigkeiten verändern.',
  ],
  [
    'translation',
    'industry',
    'Translating needs into learning',
    'Bedarf in Lernziele übersetzen',
    'Turns what industry expects into skills, objectives and courses.',
    'Übersetzt die Erwartungen der Industrie in Fähigkeiten, Lernziele und Kurse.',
  ],
  [
    'academic-matchmaking',
    'industry',
    'Finding the right academics',
    'Passende Lehrende finden',
    "Knows the university's expertise and brings the right academics to a project.",
    'Kennt die Expertise der Hochschule und gewinnt die passenden Lehrenden für ein Vorhaben.',
  ],
  [
    'internal-programmes',
    'design',
    'Programmes for internal customers',
    'Programme für interne Zielgruppen',
    'Designs continuing education for researchers and professors.',
    'Gestaltet Weiterbildung für Forschende sowie Professorinnen und Professoren.',
  ],
  [
    'external-programmes',
    'design',
    'Programmes for external customers',
    'Programme für externe Zielgruppen',
    'Designs executive education for managers and engineers.',
    'Gestaltet Weiterbildung für Führungskräfte sowie Ingenieurinnen und Ingenieure.',
  ],
  [
    'proposal-writing',
    'design',
    'Answering calls for proposals',
    'Auf Ausschreibungen antworten',
    "Writes offers and proposals that answer a firm's call.",
    'Schreibt Angebote und Anträge, die auf die Ausschreibung eines Unternehmens antworten.',
  ],
  [
    'teaching-mentoring',
    'teaching',
    'Mentoring academics on teaching',
    'Lehrende in der Lehre begleiten',
    'Mentors colleagues who teach, from course design to feedback.',
    'Begleitet lehrende Kolleginnen und Kollegen von der Kursplanung bis zum Feedback.',
  ],
  [
    'presentation-training',
    'teaching',
    'Training in presenting and teaching',
    'Präsentations- und Lehrtrainings gestalten',
    'Develops training courses on how to present and teach.',
    'Entwickelt Trainings dazu, wie man präsentiert und lehrt.',
  ],
  [
    'new-technologies',
    'technology',
    'Awareness of new technologies',
    'Neue Technologien im Blick',
    'Follows new technologies and judges what they mean for learning.',
    'Verfolgt neue Technologien und beurteilt, was sie für das Lernen bedeuten.',
  ],
  [
    'technology-integration',
    'technology',
    'Integrating technology into programmes',
    'Technologie in Programme einbinden',
    'Brings new technologies into ongoing programmes and courses.',
    'Bindet neue Technologien in laufende Programme und Kurse ein.',
  ],
  [
    'field-energy',
    'fields',
    'Energy',
    'Energie',
    'Understands the energy field well enough to design programmes for it.',
    'Versteht das Energiefeld gut genug, um Programme dafür zu gestalten.',
  ],
  [
    'field-health-tech',
    'fields',
    'Health technology',
    'Medizintechnik',
    'Understands health technology well enough to design programmes for it.',
    'Versteht die Medizintechnik gut genug, um Programme dafür zu gestalten.',
  ],
  [
    'field-biotech',
    'fields',
    'Biotechnology',
    'Biotechnologie',
    'Understands biotechnology well enough to design programmes for it.',
    'Versteht die Biotechnologie gut genug, um Programme dafür zu gestalten.',
  ],
  [
    'field-food-tech',
    'fields',
    'Food technology',
    'Lebensmitteltechnologie',
    'Understands food technology well enough to design programmes for it.',
    'Versteht die Lebensmitteltechnologie gut genug, um Programme dafür zu gestalten.',
  ],
  [
    'field-climate',
    'fields',
    'Climate change',
    'Klimawandel',
    'Understands climate change and adaptation well enough to design programmes for them.',
    'Versteht Klimawandel und Anpassung gut genug, um Programme dafür zu gestalten.',
  ],
  [
    'field-sustainability',
    'fields',
    'Sustainability',
    'Nachhaltigkeit',
    'Understands sustainability well enough to design programmes for it.',
    'Versteht Nachhaltigkeit gut genug, um Programme dafür zu gestalten.',
  ],
];

export const skills = SKILLS.map(([slug, group, en, de, descriptionEn, descriptionDe]) => ({
  id: skillId(slug),
  name: { en, de },
  description: { en: descriptionEn, de: descriptionDe },
  group,
}));

export const skillNames = new Map(SKILLS.map(([slug, , en, de]) => [slug, { en, de }]));

export const framework = {
  id: `${BASE}/frameworks/learning-professional`,
  name: {
    en: 'Learning Professional competence framework',
    de: 'Kompetenzrahmen für Learning Professionals',
  },
  description: {
    en: 'The skills of Learning Professionals, who bridge industry and academia: communication, networking and cooperation; reading industry and job-market needs and translating them into skills, objectives and courses; programme design for internal and external customers; mentoring academics on teaching; awareness of new technologies; and the fields where this matters most. Sample data: fictional.',
    de: 'Die Fähigkeiten von Learning Professionals, die Industrie und Hochschule verbinden: Kommunikation, Netzwerken und Zusammenarbeit; Bedarfe von Industrie und Arbeitsmarkt erkennen und in Fähigkeiten, Lernziele und Kurse übersetzen; Programmgestaltung für interne und externe Zielgruppen; Lehrende in der Lehre begleiten; neue Technologien im Blick behalten; und die Fachgebiete, in denen das am meisten zählt. Beispieldaten: fiktiv.',
  },
  version: '1.0',
  scale,
  groups,
  skills,
};
