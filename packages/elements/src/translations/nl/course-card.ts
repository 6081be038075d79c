import type { CourseCardTerms } from '../../course-card/course-card.terms.js';

const courseCard: CourseCardTerms = {
  courseMode: { online: 'Online', onsite: 'Op locatie', blended: 'Blended' },
  credentialKind: {
    certificate: 'Certificaat',
    'micro-credential': 'Microcredential',
    badge: 'Digitale badge',
    degree: 'Diploma',
    attendance: 'Bewijs van deelname',
  },
  fieldName: {
    energy: 'Energie',
    'health-tech': 'Gezondheidstechnologie',
    biotech: 'Biotechnologie',
    'food-tech': 'Voedingstechnologie',
    climate: 'Klimaat',
    sustainability: 'Duurzaamheid',
  },
  price: (category, amount) => {
    if (category === 'free') return 'Gratis';
    if (category === 'partially-free') return amount ? `Gedeeltelijk gratis (${amount})` : 'Gedeeltelijk gratis';
    if (category === 'subscription') return amount ? `Abonnement (${amount})` : 'Abonnement';
    return amount || 'Betaald';
  },
  runningUntil: (end) => (end ? `Loopt tot ${end}` : 'Loopt'),
  startsOn: (date, relative) => `Begint op ${date} (${relative})`,
  selfPaced: 'In eigen tempo: begin wanneer u wilt',
  endedOn: (date) => `Afgelopen op ${date}`,
  startsSoon: 'Begint binnenkort',
  workloadPerWeek: (total, weeks, perWeek) => `${total} · ${weeks} × ${perWeek}`,
  skillLevel: (level, name) => (name ? `${name} (${level})` : `niveau ${level}`),
  code: 'Cursuscode',
  provider: 'Aanbieder',
  ects: 'ECTS',
  eqfLevel: 'EQF-niveau',
  workload: 'Studielast',
  languages: 'Talen',
  credential: 'Bewijs',
  skillsTaught: 'Vaardigheden die u opbouwt',
  fields: 'Vakgebieden',
  unknownCourse: (id) => `Het attribuut course noemt “${id}”, maar de gegevens bevatten geen cursus met die id.`,
};

export default courseCard;
