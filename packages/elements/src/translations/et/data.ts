import type { ProblemParams, ValueType } from '@lp-elements/model';
import type { DataTerms } from '../../base/localize/data-terms.js';

const plural = new Intl.PluralRules('et');
const number = new Intl.NumberFormat('et');
const quote = (value: string) => `„${value}“`;

const typeNames: Record<ValueType, string> = {
  string: 'tekst',
  number: 'arv',
  integer: 'täisarv',
  boolean: 'true või false',
  object: 'objekt',
  array: 'massiiv',
  null: 'null',
  text: 'tekst või keelte kaupa tekstidega objekt',
  other: 'midagi, mida JSON-is ei ole',
};

const comparisons: Record<ProblemParams['out-of-range']['comparison'], string> = {
  '<=': 'kõige rohkem',
  '>=': 'vähemalt',
  '<': 'väiksem kui',
  '>': 'suurem kui',
};

const characters = (count: number) =>
  plural.select(count) === 'one' ? `${number.format(count)} märk` : `${number.format(count)} märki`;

const data: DataTerms = {
  dataProblems: {
    'invalid-json': ({ reason, line, column }) =>
      line === undefined
        ? `tekst ei ole kehtiv JSON: ${reason}`
        : `tekst ei ole kehtiv JSON (rida ${number.format(line)}, veerg ${number.format(column ?? 1)}): ${reason}`,
    unreadable: ({ reason }) => `väärtust ei õnnestunud lugeda: ${reason}`,
    'wrong-type': ({ expected, actual }) =>
      `väärtus peab olema ${typeNames[expected]}, kuid see on ${typeNames[actual]}`,
    'missing-property': ({ property }) => `kohustuslik väli ${quote(property)} puudub`,
    'unknown-property': ({ property }) =>
      `${quote(property)} ei ole tuntud väli (laienduste nimed algavad eesliitega x-)`,
    'invalid-value': ({ value, allowed }) =>
      allowed.length === 0
        ? `${quote(value)} ei ole siin lubatud väärtus`
        : `${quote(value)} ei ole lubatud väärtus; lubatud on: ${allowed.join(', ')}`,
    'too-long': ({ length, limit }) => `väärtus on ${characters(length)} pikk, lubatud on kuni ${number.format(limit)}`,
    'too-short': ({ limit }) =>
      limit === 1 ? 'väärtus ei tohi olla tühi' : `väärtus peab olema vähemalt ${characters(limit)} pikk`,
    'too-many-items': ({ count, limit }) =>
      `kirjete arv on ${number.format(count)}, lubatud on kuni ${number.format(limit)}`,
    'too-few-items': ({ count, limit }) =>
      `kirjete arv on ${number.format(count)}, vaja on vähemalt ${number.format(limit)}`,
    'out-of-range': ({ value, comparison, limit }) =>
      `${number.format(value)} on lubatud vahemikust väljas: väärtus peab olema ${comparisons[comparison]} ${number.format(limit)}`,
    'invalid-language-tag': ({ value }) => `${quote(value)} ei ole keelekood (nt en, de või fr-CH)`,
    'invalid-id': ({ value }) => `${quote(value)} ei ole kehtiv ID: ID-s ei tohi olla tühikuid`,
    'invalid-keyword': ({ value }) => `${quote(value)} ei ole väiketähtedega sõna (nt health-tech)`,
    'invalid-date': ({ value }) =>
      `${quote(value)} ei ole kehtiv kuupäev (nt 2027-03-01 või 2027-03-01T09:00:00+01:00)`,
    'invalid-duration': ({ value }) => `${quote(value)} ei ole ISO 8601 vormingus kestus (nt PT125H või P6W)`,
    'invalid-currency': ({ value }) => `${quote(value)} ei ole valuutakood (nt EUR)`,
    'invalid-country': ({ value }) => `${quote(value)} ei ole riigikood (nt DE)`,
    'invalid-esco-uri': ({ value }) => `${quote(value)} ei ole ESCO oskuse URI (http://data.europa.eu/esco/skill/…)`,
    'invalid-iri': ({ value }) => `${quote(value)} ei ole kehtiv IRI`,
    'relative-iri': ({ value }) =>
      `${quote(value)} on suhteline; ID-d peavad olema absoluutsed IRI-d (nt https://example.org/skills/networking)`,
    'invalid-url': ({ value }) => `${quote(value)} ei ole absoluutne http- või https-URL`,
    'unsafe-url': ({ value, scheme }) =>
      `${quote(value)} kasutab skeemi ${scheme}; lubatud on ainult http- ja https-lingid`,
    'duplicate-id': ({ id, first }) => `ID ${quote(id)} on juba kasutusel kohas ${first}`,
    'duplicate-level': ({ value }) => `tase ${number.format(value)} esineb skaalal mitu korda`,
    'unknown-skill': ({ id }) => `ühelgi oskusel ei ole ID-d ${quote(id)}`,
    'unknown-profile': ({ id }) => `ühelgi profiilil ei ole ID-d ${quote(id)}`,
    'unknown-course': ({ id }) => `ühelgi kursusel ei ole ID-d ${quote(id)}`,
    'unknown-step': ({ id }) => `ühelgi selle karjääriraja sammul ei ole ID-d ${quote(id)}`,
    'unknown-group': ({ id }) => `ühelgi selle raamistiku rühmal ei ole ID-d ${quote(id)}`,
    'level-not-on-scale': ({ level, scale }) =>
      `tase ${number.format(level)} ei ole skaalal (${scale.map((step) => number.format(step)).join(', ')})`,
    'end-before-start': ({ start, end }) => `lõpp (${end}) on enne algust (${start})`,
    'track-cycle': ({ steps }) => `sammud moodustavad tsükli: ${steps.join(' → ')}`,
    'too-many-problems': ({ limit }) =>
      plural.select(limit) === 'one'
        ? 'probleeme on rohkem; näidatakse ainult esimene'
        : `probleeme on rohkem; näidatakse ainult esimesed ${number.format(limit)} probleemi`,
  },
  // "osa" reads the same after 1 (nominative) and after larger numerals (partitive singular).
  dataSkipped: (count) => `Andmetest jäeti välja ${number.format(count)} osa:`,
  loadFailedStatus: (url, status) => `Faili ${url} laadimine ebaõnnestus (HTTP-olekukood ${status}).`,
  dataNotJson: (url) => `${url} ei ole JSON-andmedokument.`,
};

export default data;
