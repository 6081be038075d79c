import type { CourseCardTerms } from '../../course-card/course-card.terms.js';

const quote = (value: string) => `«\u00a0${value}\u00a0»`;

const courseCard: CourseCardTerms = {
  courseMode: { online: 'En ligne', onsite: 'Sur site', blended: 'Hybride' },
  credentialKind: {
    certificate: 'Certificat',
    'micro-credential': 'Microcertification',
    badge: 'Badge numérique',
    degree: 'Diplôme',
    attendance: 'Attestation de participation',
  },
  fieldName: {
    energy: 'Énergie',
    'health-tech': 'Technologies de la santé',
    biotech: 'Biotechnologies',
    'food-tech': 'Technologies alimentaires',
    climate: 'Climat',
    sustainability: 'Durabilité',
  },
  price: (category, amount) => {
    if (category === 'free') return 'Gratuit';
    if (category === 'partially-free') return amount ? `Partiellement gratuit (${amount})` : 'Partiellement gratuit';
    if (category === 'subscription') return amount ? `Abonnement (${amount})` : 'Abonnement';
    return amount || 'Payant';
  },
  runningUntil: (end) => (end ? `En cours jusqu’au ${end}` : 'En cours'),
  startsOn: (date, relative) => `Débute le ${date} (${relative})`,
  selfPaced: 'À votre rythme\u202f: commencez quand vous voulez',
  endedOn: (date) => `Terminé le ${date}`,
  startsSoon: 'Débute bientôt',
  workloadPerWeek: (total, weeks, perWeek) => `${total} · ${weeks} × ${perWeek}`,
  skillLevel: (level, name) => (name ? `${name} (${level})` : `niveau ${level}`),
  code: 'Code du cours',
  provider: 'Établissement',
  ects: 'ECTS',
  eqfLevel: 'Niveau CEC',
  workload: 'Charge de travail',
  languages: 'Langues',
  credential: 'Certification',
  skillsTaught: 'Compétences développées',
  fields: 'Domaines',
  unknownCourse: (id) =>
    `L’attribut course indique ${quote(id)}, mais les données ne contiennent aucun cours avec cet identifiant.`,
};

export default courseCard;
