import type { CourseCardTerms } from '../../course-card/course-card.terms.js';

const courseCard: CourseCardTerms = {
  courseMode: { online: 'Online', onsite: 'Präsenz', blended: 'Blended Learning' },
  credentialKind: {
    certificate: 'Zertifikat',
    'micro-credential': 'Micro-Credential',
    badge: 'Digitales Abzeichen',
    degree: 'Abschluss',
    attendance: 'Teilnahmebescheinigung',
  },
  fieldName: {
    energy: 'Energie',
    'health-tech': 'Gesundheitstechnik',
    biotech: 'Biotechnologie',
    'food-tech': 'Lebensmitteltechnologie',
    climate: 'Klima',
    sustainability: 'Nachhaltigkeit',
  },
  price: (category, amount) => {
    if (category === 'free') return 'Kostenlos';
    if (category === 'partially-free') return amount ? `Teilweise kostenlos (${amount})` : 'Teilweise kostenlos';
    if (category === 'subscription') return amount ? `Abonnement (${amount})` : 'Abonnement';
    return amount || 'Kostenpflichtig';
  },
  runningUntil: (end) => (end ? `Läuft bis ${end}` : 'Läuft'),
  startsOn: (date, relative) => `Beginnt am ${date} (${relative})`,
  selfPaced: 'Im eigenen Tempo: jederzeit beginnen',
  endedOn: (date) => `Beendet am ${date}`,
  startsSoon: 'Beginnt bald',
  workloadPerWeek: (total, weeks, perWeek) => `${total} · ${weeks} × ${perWeek}`,
  skillLevel: (level, name) => (name ? `${name} (${level})` : `Stufe ${level}`),
  code: 'Kurscode',
  provider: 'Anbieter',
  ects: 'ECTS',
  eqfLevel: 'EQR-Niveau',
  workload: 'Arbeitsaufwand',
  languages: 'Sprachen',
  credential: 'Nachweis',
  skillsTaught: 'Kompetenzen, die Sie aufbauen',
  fields: 'Fachgebiete',
  unknownCourse: (id) => `Das Attribut course nennt „${id}“, aber die Daten enthalten keinen Kurs mit dieser ID.`,
};

export default courseCard;
