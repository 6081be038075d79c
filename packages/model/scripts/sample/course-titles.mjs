/**
 * Eight courses per fictional university: names in English, German and the local language, and
 * the skills taught with the level reached (skill slugs of framework.mjs).
 */
export const COURSE_TITLES = {
  LB: [
    [
      { en: 'Learning Professionals: Foundations', de: 'Learning Professionals: Grundlagen' },
      { communication: 2, cooperation: 2, translation: 2, 'internal-programmes': 1 },
    ],
    [
      { en: 'Reading Industry Needs', de: 'Industriebedarf verstehen' },
      { 'industry-needs': 3, 'job-market': 2 },
    ],
    [
      {
        en: 'Designing Executive Education for Engineers',
        de: 'Weiterbildung für Ingenieurinnen und Ingenieure gestalten',
      },
      { 'external-programmes': 3, translation: 3 },
    ],
    [
      { en: 'Energy Transition for Programme Designers', de: 'Energiewende für Programmgestalter' },
      { 'field-energy': 3, 'new-technologies': 3 },
    ],
    [
      { en: 'Writing Winning Proposals with Industry', de: 'Erfolgreiche Anträge mit der Industrie schreiben' },
      { 'proposal-writing': 3, persuasion: 3 },
    ],
    [
      {
        en: 'Hydrogen Technologies: What Engineers Need to Learn',
        de: 'Wasserstofftechnologien: Was Ingenieure lernen müssen',
      },
      { 'field-energy': 4, 'job-market': 3 },
    ],
    [
      { en: 'Mentoring Professors on Presenting', de: 'Professorinnen und Professoren beim Präsentieren begleiten' },
      { 'presentation-training': 3, 'teaching-mentoring': 3 },
    ],
    [
      { en: 'Leading a Learning Professional Team', de: 'Ein Team von Learning Professionals führen' },
      { communication: 5, cooperation: 4, 'internal-programmes': 4, persuasion: 4 },
    ],
  ],
  FJ: [
    [
      {
        en: 'Wind Energy Skills for Industry',
        de: 'Windenergie-Kompetenzen für die Industrie',
        da: 'Vindenergikompetencer til industrien',
      },
      { 'field-energy': 3, 'industry-needs': 3 },
    ],
    [
      {
        en: 'Networking Across Academia and Industry',
        de: 'Netzwerken zwischen Hochschule und Industrie',
        da: 'Netværk mellem universitet og erhvervsliv',
      },
      { networking: 3, cooperation: 3, communication: 2 },
    ],
    [
      {
        en: 'Co-creating Programmes with Companies',
        de: 'Programme gemeinsam mit Unternehmen entwickeln',
        da: 'Samskabelse af uddannelser med virksomheder',
      },
      { 'external-programmes': 3, cooperation: 4, translation: 3 },
    ],
    [
      {
        en: 'Green Transition in Engineering Education',
        de: 'Grüne Transformation in der Ingenieurausbildung',
        da: 'Grøn omstilling i ingeniøruddannelsen',
      },
      { 'field-sustainability': 3, 'field-climate': 3 },
    ],
    [
      {
        en: 'Food Technology Trends for Learning Designers',
        de: 'Trends der Lebensmitteltechnologie für Lerndesigner',
        da: 'Fødevareteknologiske tendenser for læringsdesignere',
      },
      { 'field-food-tech': 3, 'new-technologies': 2 },
    ],
    [
      {
        en: 'Digital Tools for Teaching Engineers',
        de: 'Digitale Werkzeuge für die Lehre in den Ingenieurwissenschaften',
        da: 'Digitale værktøjer til undervisning af ingeniører',
      },
      { 'technology-integration': 3, 'new-technologies': 3 },
    ],
    [
      {
        en: 'Facilitating Workshops with Researchers',
        de: 'Workshops mit Forschenden moderieren',
        da: 'Facilitering af workshops med forskere',
      },
      { communication: 3, 'internal-programmes': 3, persuasion: 2 },
    ],
    [
      {
        en: 'Biotech Upskilling: From Lab to Line',
        de: 'Weiterbildung Biotechnologie: Vom Labor in die Produktion',
        da: 'Opkvalificering i bioteknologi: fra laboratorium til produktion',
      },
      { 'field-biotech': 3, translation: 3 },
    ],
  ],
  BR: [
    [
      {
        en: 'Translating Industry Needs into Learning Objectives',
        de: 'Industriebedarf in Lernziele übersetzen',
        fr: 'Traduire les besoins industriels en objectifs pédagogiques',
      },
      { translation: 4, 'industry-needs': 3, 'job-market': 2 },
    ],
    [
      {
        en: 'Executive Education: Designing for Managers',
        de: 'Executive Education: Programme für Führungskräfte gestalten',
        fr: 'Formation des cadres : concevoir pour les managers',
      },
      { 'external-programmes': 4, persuasion: 3 },
    ],
    [
      {
        en: 'Making the Case for Continuing Education',
        de: 'Überzeugend für Weiterbildung werben',
        fr: 'Convaincre de la nécessité de la formation continue',
      },
      { persuasion: 3, communication: 3 },
    ],
    [
      {
        en: 'Climate Science for Non-specialists',
        de: 'Klimawissenschaft für Nicht-Fachleute',
        fr: 'Sciences du climat pour non-spécialistes',
      },
      { 'field-climate': 3, 'field-sustainability': 2 },
    ],
    [
      {
        en: 'Artificial Intelligence in Engineering Curricula',
        de: 'Künstliche Intelligenz in ingenieurwissenschaftlichen Studiengängen',
        fr: "L'intelligence artificielle dans les cursus d'ingénieur",
      },
      { 'new-technologies': 4, 'technology-integration': 3 },
    ],
    [
      {
        en: 'Reading the Job Market for Engineers',
        de: 'Den Arbeitsmarkt für Ingenieure lesen',
        fr: "Lire le marché de l'emploi des ingénieurs",
      },
      { 'job-market': 4, 'industry-needs': 3 },
    ],
    [
      {
        en: 'Teaching Large Classes: Coaching for Lecturers',
        de: 'Große Lehrveranstaltungen: Coaching für Lehrende',
        fr: 'Enseigner en amphi : coaching pour enseignants',
      },
      { 'teaching-mentoring': 3, 'presentation-training': 3 },
    ],
    [
      {
        en: 'Responding to Calls for Tender in Training',
        de: 'Auf Ausschreibungen für Weiterbildung antworten',
        fr: "Répondre aux appels d'offres de formation",
      },
      { 'proposal-writing': 4, 'industry-needs': 4, networking: 4 },
    ],
  ],
  CL: [
    [
      {
        en: 'Medical Technology Innovation for Educators',
        de: 'Medizintechnik-Innovation für Bildungsfachleute',
        fr: 'Innovation en technologies médicales pour formateurs',
      },
      { 'field-health-tech': 3, 'new-technologies': 3 },
    ],
    [
      {
        en: 'Programme Design for Research Groups',
        de: 'Programmgestaltung für Forschungsgruppen',
        fr: 'Conception de programmes pour groupes de recherche',
      },
      { 'internal-programmes': 4, 'academic-matchmaking': 3 },
    ],
    [
      {
        en: 'Finding the Right Experts in Your University',
        de: 'Die richtigen Fachleute an der eigenen Hochschule finden',
        fr: 'Trouver les bons experts dans son université',
      },
      { 'academic-matchmaking': 4, networking: 3 },
    ],
    [
      {
        en: 'Micro-credentials: Design and Quality Assurance',
        de: 'Micro-Credentials: Gestaltung und Qualitätssicherung',
        fr: 'Micro-certifications : conception et assurance qualité',
      },
      { 'internal-programmes': 4, 'external-programmes': 4, translation: 4, 'proposal-writing': 3 },
    ],
    [
      {
        en: 'Sustainable Construction Upskilling',
        de: 'Weiterbildung für nachhaltiges Bauen',
        fr: 'Formation continue en construction durable',
      },
      { 'field-sustainability': 3, 'field-climate': 2 },
    ],
    [
      {
        en: 'Negotiation for Learning Professionals',
        de: 'Verhandeln für Learning Professionals',
        fr: 'Négociation pour les professionnels de la formation',
      },
      { persuasion: 4, communication: 4 },
    ],
    [
      {
        en: 'Peer Observation of Teaching',
        de: 'Kollegiale Hospitation in der Lehre',
        fr: "Observation de l'enseignement par les pairs",
      },
      { 'teaching-mentoring': 4, cooperation: 3, 'presentation-training': 4 },
    ],
    [
      {
        en: 'Data Literacy for Programme Managers',
        de: 'Datenkompetenz für Programmverantwortliche',
        fr: 'Littératie des données pour responsables de programme',
      },
      { 'new-technologies': 3, 'job-market': 3 },
    ],
  ],
  WI: [
    [
      {
        en: 'High-tech Systems: Skills of the Future',
        de: 'Hightech-Systeme: Kompetenzen der Zukunft',
        nl: 'Hightech-systemen: vaardigheden van de toekomst',
      },
      { 'new-technologies': 4, 'job-market': 3 },
    ],
    [
      {
        en: 'Challenge-based Learning Design',
        de: 'Challenge-based Learning gestalten',
        nl: 'Ontwerpen voor challenge-based learning',
      },
      { 'internal-programmes': 3, 'technology-integration': 3, translation: 4 },
    ],
    [
      {
        en: 'Working with Industry Partners',
        de: 'Zusammenarbeit mit Industriepartnern',
        nl: 'Samenwerken met industriële partners',
      },
      { cooperation: 4, networking: 3 },
    ],
    [
      {
        en: 'Energy Systems for Non-engineers',
        de: 'Energiesysteme für Nicht-Ingenieure',
        nl: 'Energiesystemen voor niet-ingenieurs',
      },
      { 'field-energy': 2, communication: 2 },
    ],
    [
      {
        en: 'Coaching Lecturers on Active Learning',
        de: 'Lehrende zu aktivem Lernen coachen',
        nl: 'Docenten coachen in activerend onderwijs',
      },
      { 'teaching-mentoring': 3, 'presentation-training': 3 },
    ],
    [
      {
        en: 'Health-tech Ecosystems',
        de: 'Ökosysteme der Medizintechnik',
        nl: 'Ecosystemen in de gezondheidstechnologie',
      },
      { 'field-health-tech': 3, 'industry-needs': 3 },
    ],
    [
      {
        en: 'Storytelling for Science Communication',
        de: 'Storytelling in der Wissenschaftskommunikation',
        nl: 'Storytelling voor wetenschapscommunicatie',
      },
      { communication: 4, 'presentation-training': 2 },
    ],
    [
      {
        en: 'Lifelong Learning Strategy for Universities',
        de: 'Strategie für lebenslanges Lernen an Hochschulen',
        nl: 'Strategie voor een leven lang leren aan universiteiten',
      },
      {
        translation: 4,
        'internal-programmes': 4,
        'external-programmes': 4,
        'new-technologies': 4,
        'field-sustainability': 3,
      },
    ],
  ],
  RA: [
    [
      {
        en: 'Digital Transformation of Continuing Education',
        de: 'Digitale Transformation der Weiterbildung',
        et: 'Täiendusõppe digitaalne ümberkujundamine',
      },
      { 'technology-integration': 4, 'new-technologies': 3 },
    ],
    [
      {
        en: 'E-learning Design for Engineers',
        de: 'E-Learning-Gestaltung für Ingenieure',
        et: 'E-õppe disain inseneridele',
      },
      { 'technology-integration': 3, 'external-programmes': 2 },
    ],
    [
      {
        en: 'Cybersecurity Awareness for Programme Designers',
        de: 'Cybersicherheit für Programmgestalter',
        et: 'Küberturvalisuse teadlikkus programmide kujundajatele',
      },
      { 'new-technologies': 3 },
    ],
    [
      {
        en: 'Building Industry Advisory Boards',
        de: 'Industriebeiräte aufbauen',
        et: 'Tööstuse nõuandekogude loomine',
      },
      { networking: 4, 'industry-needs': 3, persuasion: 3 },
    ],
    [
      { en: 'Skills Forecasting Methods', de: 'Methoden der Kompetenzprognose', et: 'Oskuste prognoosimise meetodid' },
      { 'job-market': 4, translation: 3 },
    ],
    [
      {
        en: 'Intercultural Communication in Alliances',
        de: 'Interkulturelle Kommunikation in Hochschulallianzen',
        et: 'Kultuuridevaheline suhtlus ülikoolide liitudes',
      },
      { communication: 3, cooperation: 3 },
    ],
    [
      { en: 'Circular Economy Basics', de: 'Grundlagen der Kreislaufwirtschaft', et: 'Ringmajanduse alused' },
      { 'field-sustainability': 2, 'field-climate': 2 },
    ],
    [
      {
        en: 'Learning Analytics for Programme Improvement',
        de: 'Learning Analytics zur Programmverbesserung',
        et: 'Õpianalüütika programmide parendamiseks',
      },
      { 'technology-integration': 3, 'internal-programmes': 3 },
    ],
  ],
  ZP: [
    [
      {
        en: 'Industry 4.0 Skills Mapping',
        de: 'Kompetenzanalyse für Industrie 4.0',
        cs: 'Mapování dovedností pro Průmysl 4.0',
      },
      { 'industry-needs': 4, 'new-technologies': 3 },
    ],
    [
      {
        en: 'Automotive Transformation and Upskilling',
        de: 'Wandel der Automobilindustrie und Weiterbildung',
        cs: 'Transformace automobilového průmyslu a rekvalifikace',
      },
      { 'job-market': 3, 'external-programmes': 3 },
    ],
    [
      {
        en: 'Teaching Presentation Skills to Researchers',
        de: 'Präsentationskompetenz für Forschende vermitteln',
        cs: 'Výuka prezentačních dovedností pro výzkumníky',
      },
      { 'presentation-training': 4, 'teaching-mentoring': 3, communication: 4 },
    ],
    [
      {
        en: 'Project Management for Training Programmes',
        de: 'Projektmanagement für Weiterbildungsprogramme',
        cs: 'Projektové řízení vzdělávacích programů',
      },
      { 'internal-programmes': 3, cooperation: 3 },
    ],
    [
      {
        en: 'Biotechnology for Decision Makers',
        de: 'Biotechnologie für Entscheidungsträger',
        cs: 'Biotechnologie pro rozhodovací pracovníky',
      },
      { 'field-biotech': 3, persuasion: 2 },
    ],
    [
      {
        en: 'Energy Efficiency in Industry',
        de: 'Energieeffizienz in der Industrie',
        cs: 'Energetická účinnost v průmyslu',
      },
      { 'field-energy': 3, 'field-sustainability': 3 },
    ],
    [
      {
        en: 'Contract and Proposal Basics for University Staff',
        de: 'Grundlagen zu Verträgen und Anträgen für Hochschulpersonal',
        cs: 'Základy smluv a návrhů pro zaměstnance univerzit',
      },
      { 'proposal-writing': 3, 'industry-needs': 2 },
    ],
    [
      { en: 'Moderating Expert Panels', de: 'Expertenrunden moderieren', cs: 'Moderování odborných panelů' },
      { communication: 4, 'academic-matchmaking': 3 },
    ],
  ],
  GS: [
    [
      {
        en: 'Deep-tech Entrepreneurship for Educators',
        de: 'Deep-Tech-Gründungen für Bildungsfachleute',
        he: 'יזמות דיפ-טק לאנשי חינוך',
      },
      { 'new-technologies': 4, 'industry-needs': 3 },
    ],
    [
      {
        en: 'Water Technologies and Climate Adaptation',
        de: 'Wassertechnologien und Klimaanpassung',
        he: 'טכנולוגיות מים והסתגלות לשינויי האקלים',
      },
      { 'field-climate': 4, 'field-sustainability': 3, 'field-energy': 3 },
    ],
    [
      {
        en: 'Health-tech Start-up Collaboration',
        de: 'Zusammenarbeit mit Medizintechnik-Start-ups',
        he: 'שיתופי פעולה עם סטארט-אפים בתחום טכנולוגיות הבריאות',
      },
      { 'field-health-tech': 4, cooperation: 3 },
    ],
    [
      {
        en: 'Food-tech Innovation Landscape',
        de: 'Innovationslandschaft der Lebensmitteltechnologie',
        he: 'נוף החדשנות בטכנולוגיות מזון',
      },
      { 'field-food-tech': 4, 'job-market': 3 },
    ],
    [
      { en: 'Mentoring New Faculty', de: 'Neue Lehrende begleiten', he: 'חניכת סגל אקדמי חדש' },
      { 'teaching-mentoring': 4, communication: 3, 'presentation-training': 3 },
    ],
    [
      {
        en: 'Design Thinking for Programme Development',
        de: 'Design Thinking für die Programmentwicklung',
        he: 'חשיבה עיצובית לפיתוח תוכניות',
      },
      { 'internal-programmes': 3, 'external-programmes': 3, translation: 3, 'technology-integration': 3 },
    ],
    [
      { en: 'Pitching Programmes to Industry', de: 'Programme der Industrie vorstellen', he: 'הצגת תוכניות לתעשייה' },
      { persuasion: 4, networking: 3, communication: 4, 'job-market': 4 },
    ],
    [
      {
        en: 'Industry–Academia Bridges in Biotech',
        de: 'Brücken zwischen Industrie und Hochschule in der Biotechnologie',
        he: 'גשרים בין תעשייה לאקדמיה בביוטכנולוגיה',
      },
      { 'field-biotech': 4, 'academic-matchmaking': 4 },
    ],
  ],
};
