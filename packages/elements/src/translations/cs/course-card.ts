import type { CourseCardTerms } from '../../course-card/course-card.terms.js';

const courseCard: CourseCardTerms = {
  courseMode: { online: 'Online', onsite: 'Prezenčně', blended: 'Kombinovaně' },
  credentialKind: {
    certificate: 'Certifikát',
    'micro-credential': 'Mikrocertifikát',
    badge: 'Digitální odznak',
    degree: 'Titul',
    attendance: 'Potvrzení o účasti',
  },
  fieldName: {
    energy: 'Energetika',
    'health-tech': 'Zdravotnické technologie',
    biotech: 'Biotechnologie',
    'food-tech': 'Potravinářské technologie',
    climate: 'Klima',
    sustainability: 'Udržitelnost',
  },
  price: (category, amount) => {
    if (category === 'free') return 'Zdarma';
    if (category === 'partially-free') return amount ? `Částečně zdarma (${amount})` : 'Částečně zdarma';
    if (category === 'subscription') return amount ? `Předplatné (${amount})` : 'Předplatné';
    return amount || 'Placený';
  },
  runningUntil: (end) => (end ? `Probíhá do ${end}` : 'Probíhá'),
  startsOn: (date, relative) => `Začíná ${date} (${relative})`,
  selfPaced: 'Vlastním tempem: začněte kdykoli',
  endedOn: (date) => `Skončil ${date}`,
  startsSoon: 'Brzy začíná',
  workloadPerWeek: (total, weeks, perWeek) => `${total} · ${weeks} × ${perWeek}`,
  skillLevel: (level, name) => (name ? `${name} (${level})` : `úroveň ${level}`),
  code: 'Kód kurzu',
  provider: 'Poskytovatel',
  ects: 'ECTS',
  eqfLevel: 'Úroveň EQF',
  workload: 'Studijní zátěž',
  languages: 'Jazyky',
  credential: 'Osvědčení',
  skillsTaught: 'Dovednosti, které získáte',
  fields: 'Obory',
  unknownCourse: (id) => `Atribut course uvádí „${id}“, ale data neobsahují žádný kurz s tímto id.`,
};

export default courseCard;
