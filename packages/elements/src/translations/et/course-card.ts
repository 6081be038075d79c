import type { CourseCardTerms } from '../../course-card/course-card.terms.js';

const courseCard: CourseCardTerms = {
  courseMode: { online: 'Veebis', onsite: 'Kohapeal', blended: 'Põimõpe' },
  credentialKind: {
    certificate: 'Tunnistus',
    'micro-credential': 'Mikrokvalifikatsioon',
    badge: 'Digimärk',
    degree: 'Kraad',
    attendance: 'Osalemistõend',
  },
  fieldName: {
    energy: 'Energeetika',
    'health-tech': 'Tervisetehnoloogia',
    biotech: 'Biotehnoloogia',
    'food-tech': 'Toidutehnoloogia',
    climate: 'Kliima',
    sustainability: 'Kestlikkus',
  },
  price: (category, amount) => {
    if (category === 'free') return 'Tasuta';
    if (category === 'partially-free') return amount ? `Osaliselt tasuta (${amount})` : 'Osaliselt tasuta';
    if (category === 'subscription') return amount ? `Tellimus (${amount})` : 'Tellimus';
    return amount || 'Tasuline';
  },
  runningUntil: (end) => (end ? `Kestab kuni ${end}` : 'Käimas'),
  startsOn: (date, relative) => `Algab ${date} (${relative})`,
  selfPaced: 'Omas tempos: alusta millal tahes',
  endedOn: (date) => `Lõppes ${date}`,
  startsSoon: 'Algab varsti',
  workloadPerWeek: (total, weeks, perWeek) => `${total} · ${weeks} × ${perWeek}`,
  skillLevel: (level, name) => (name ? `${name} (${level})` : `tase ${level}`),
  code: 'Kursuse kood',
  provider: 'Pakkuja',
  ects: 'EAP',
  eqfLevel: 'EKR-i tase',
  workload: 'Töömaht',
  languages: 'Keeled',
  credential: 'Tõend',
  skillsTaught: 'Oskused, mida omandad',
  fields: 'Valdkonnad',
  unknownCourse: (id) => `Atribuut course nimetab „${id}“, kuid andmetes pole selle tunnusega kursust.`,
};

export default courseCard;
