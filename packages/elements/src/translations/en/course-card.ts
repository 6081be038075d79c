import type { CourseCardTerms } from '../../course-card/course-card.terms.js';

const courseCard: CourseCardTerms = {
  courseMode: { online: 'Online', onsite: 'On site', blended: 'Blended' },
  credentialKind: {
    certificate: 'Certificate',
    'micro-credential': 'Micro-credential',
    badge: 'Digital badge',
    degree: 'Degree',
    attendance: 'Certificate of attendance',
  },
  fieldName: {
    energy: 'Energy',
    'health-tech': 'Health technology',
    biotech: 'Biotechnology',
    'food-tech': 'Food technology',
    climate: 'Climate',
    sustainability: 'Sustainability',
  },
  price: (category, amount) => {
    if (category === 'free') return 'Free';
    if (category === 'partially-free') return amount ? `Partly free (${amount})` : 'Partly free';
    if (category === 'subscription') return amount ? `Subscription (${amount})` : 'Subscription';
    return amount || 'Paid';
  },
  runningUntil: (end) => (end ? `Running until ${end}` : 'Running'),
  startsOn: (date, relative) => `Starts ${date} (${relative})`,
  selfPaced: 'Self-paced: start any time',
  endedOn: (date) => `Ended ${date}`,
  startsSoon: 'Starts soon',
  workloadPerWeek: (total, weeks, perWeek) => `${total} · ${weeks} × ${perWeek}`,
  skillLevel: (level, name) => (name ? `${name} (${level})` : `level ${level}`),
  code: 'Course code',
  provider: 'Provider',
  ects: 'ECTS',
  eqfLevel: 'EQF level',
  workload: 'Workload',
  languages: 'Languages',
  credential: 'Credential',
  skillsTaught: 'Skills you build',
  fields: 'Fields',
  unknownCourse: (id) => `The attribute course names "${id}", but the data has no course with that id.`,
};

export default courseCard;
