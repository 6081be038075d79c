import type { CourseCardTerms } from '../../course-card/course-card.terms.js';

const courseCard: CourseCardTerms = {
  courseMode: { online: 'Online', onsite: 'Fremmøde', blended: 'Blended learning' },
  credentialKind: {
    certificate: 'Certifikat',
    'micro-credential': 'Mikrobevis',
    badge: 'Digitalt badge',
    degree: 'Grad',
    attendance: 'Deltagerbevis',
  },
  fieldName: {
    energy: 'Energi',
    'health-tech': 'Sundhedsteknologi',
    biotech: 'Bioteknologi',
    'food-tech': 'Fødevareteknologi',
    climate: 'Klima',
    sustainability: 'Bæredygtighed',
  },
  price: (category, amount) => {
    if (category === 'free') return 'Gratis';
    if (category === 'partially-free') return amount ? `Delvist gratis (${amount})` : 'Delvist gratis';
    if (category === 'subscription') return amount ? `Abonnement (${amount})` : 'Abonnement';
    return amount || 'Med betaling';
  },
  runningUntil: (end) => (end ? `I gang indtil ${end}` : 'I gang'),
  startsOn: (date, relative) => `Starter ${date} (${relative})`,
  selfPaced: 'I eget tempo: start når som helst',
  endedOn: (date) => `Sluttede ${date}`,
  startsSoon: 'Starter snart',
  workloadPerWeek: (total, weeks, perWeek) => `${total} · ${weeks} × ${perWeek}`,
  skillLevel: (level, name) => (name ? `${name} (${level})` : `niveau ${level}`),
  code: 'Kursuskode',
  provider: 'Udbyder',
  ects: 'ECTS',
  eqfLevel: 'EQF-niveau',
  workload: 'Arbejdsbyrde',
  languages: 'Sprog',
  credential: 'Bevis',
  skillsTaught: 'Kompetencer, du opbygger',
  fields: 'Fagområder',
  unknownCourse: (id) => `Attributten course angiver »${id}«, men dataene har intet kursus med det id.`,
};

export default courseCard;
