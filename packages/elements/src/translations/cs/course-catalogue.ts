import type { CourseCatalogueTerms } from '../../course-catalogue/course-catalogue.terms.js';

const plural = new Intl.PluralRules('cs');
const number = new Intl.NumberFormat('cs');

type Forms = Record<Intl.LDMLPluralRule, string>;
const courseForms: Forms = { zero: 'kurzů', one: 'kurz', two: 'kurzy', few: 'kurzy', many: 'kurzu', other: 'kurzů' };
const activeForms: Forms = {
  zero: 'aktivních',
  one: 'aktivní',
  two: 'aktivní',
  few: 'aktivní',
  many: 'aktivního',
  other: 'aktivních',
};
const counted = (count: number, forms: Forms) => `${number.format(count)} ${forms[plural.select(count)]}`;
// "z" takes the genitive: one gap, or many.
const gapsOf = (count: number, gaps: number) =>
  `${number.format(count)} z ${number.format(gaps)} ${gaps === 1 ? 'mezery' : 'mezer'}`;

const courseCatalogue: CourseCatalogueTerms = {
  catalogueName: 'Katalog kurzů',
  searchLabel: 'Hledat kurzy',
  searchHint: 'Název, kód, dovednost, univerzita nebo popis, v libovolném jazyce',
  filters: 'Filtry',
  activeFilters: (count) => counted(count, activeForms),
  any: 'Vše',
  language: 'Jazyk',
  mode: 'Forma',
  ectsFrom: 'Od',
  ectsTo: 'Do',
  field: 'Obor',
  audience: 'Pro koho',
  audienceName: {
    'learning-professionals': 'Learning Professionals',
    researchers: 'Výzkumníci',
    professors: 'Profesoři',
    managers: 'Manažeři',
    engineers: 'Inženýři',
  },
  skill: 'Dovednost',
  timing: 'Kdy',
  timingName: { upcoming: 'Připravované', running: 'Právě probíhající', 'self-paced': 'Vlastním tempem' },
  startsWithin: 'Začíná nejpozději za',
  freeOnly: 'Jen kurzy zdarma',
  sort: 'Řadit podle',
  sortName: { relevance: 'Relevance', start: 'Data začátku', ects: 'ECTS (od nejmenšího)', name: 'Názvu' },
  resultCount: (count) => counted(count, courseForms),
  resultCountSoFar: (count) => `Zatím ${counted(count, courseForms)}, další se kontrolují…`,
  stillChecking: 'Další kurzy se kontrolují…',
  noResults: 'Vašemu hledání a filtrům neodpovídá žádný kurz.',
  noCourses: 'V tomto katalogu zatím nejsou žádné kurzy.',
  clearFilters: 'Zrušit filtry',
  clearAll: 'Zrušit hledání a filtry',
  feedHint: 'Klávesy Page Down a Page Up přecházejí mezi kurzy; Enter kurz otevře.',
  endOfList: (count) => `Konec seznamu (${counted(count, courseForms)}).`,
  recommended: 'Doporučeno',
  recommendedFor: (person, role) => `Kurzy doporučené pro: ${person} (${role}) jsou nahoře.`,
  closesGaps: (count, gaps, skills) => `Uzavírá ${gapsOf(count, gaps)}: ${skills}.`,
  narrowsGaps: (count, gaps, skills) => `Zmenšuje ${gapsOf(count, gaps)}: ${skills}.`,
  gapProgress: (skill, from, to) => `${skill} (${from} → ${to})`,
  unknownProfile: (attribute, id) => `Atribut ${attribute} uvádí „${id}“, ale data neobsahují žádný profil s tímto id.`,
  noRequiredProfile: (person) => `Osoba „${person}“ nemá roli: v atributu required uveďte profil, jehož úrovně platí.`,
};

export default courseCatalogue;
