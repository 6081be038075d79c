import type { ProblemParams, ValueType } from '@lp-elements/model';
import type { DataTerms } from '../../base/localize/data-terms.js';

const plural = new Intl.PluralRules('da');
const number = new Intl.NumberFormat('da');
const quote = (value: string) => `»${value}«`;

const typeNames: Record<ValueType, string> = {
  string: 'en streng',
  number: 'et tal',
  integer: 'et heltal',
  boolean: 'true eller false',
  object: 'et objekt',
  array: 'et array',
  null: 'null',
  text: 'en streng eller et objekt med tekster pr. sprog',
  other: 'noget, der ikke findes i JSON',
};

const comparisons: Record<ProblemParams['out-of-range']['comparison'], string> = {
  '<=': 'højst',
  '>=': 'mindst',
  '<': 'mindre end',
  '>': 'større end',
};

const entries = (count: number) =>
  plural.select(count) === 'one'
    ? `Der er ${number.format(count)} element`
    : `Der er ${number.format(count)} elementer`;

// Danish capitalises a complete sentence after a colon ("Ved $.name: Værdien …"), and each message is one.
const data: DataTerms = {
  dataProblems: {
    'invalid-json': ({ reason, line, column }) =>
      line === undefined
        ? `Teksten er ikke gyldig JSON: ${reason}`
        : `Teksten er ikke gyldig JSON (linje ${number.format(line)}, kolonne ${number.format(column ?? 1)}): ${reason}`,
    unreadable: ({ reason }) => `Værdien kunne ikke læses: ${reason}`,
    'wrong-type': ({ expected, actual }) => `Der forventes ${typeNames[expected]}, men værdien er ${typeNames[actual]}`,
    'missing-property': ({ property }) => `Den påkrævede egenskab ${quote(property)} mangler`,
    'unknown-property': ({ property }) => `${quote(property)} er ikke en kendt egenskab (udvidelser begynder med x-)`,
    'invalid-value': ({ value, allowed }) =>
      allowed.length === 0
        ? `${quote(value)} er ikke en tilladt værdi her`
        : `${quote(value)} er ikke en af de tilladte værdier: ${allowed.join(', ')}`,
    'too-long': ({ length, limit }) =>
      `Værdien er på ${number.format(length)} tegn, men højst ${number.format(limit)} er tilladt`,
    'too-short': ({ limit }) =>
      limit === 1 ? 'Værdien må ikke være tom' : `Værdien skal være på mindst ${number.format(limit)} tegn`,
    'too-many-items': ({ count, limit }) => `${entries(count)}, men højst ${number.format(limit)} er tilladt`,
    'too-few-items': ({ count, limit }) => `${entries(count)}, men der skal være mindst ${number.format(limit)}`,
    'out-of-range': ({ value, comparison, limit }) =>
      `${number.format(value)} ligger uden for det tilladte område: Værdien skal være ${comparisons[comparison]} ${number.format(limit)}`,
    'invalid-language-tag': ({ value }) => `${quote(value)} er ikke en sprogkode som en, de eller fr-CH`,
    'invalid-id': ({ value }) => `${quote(value)} er ikke et gyldigt id, for id'er må ikke indeholde mellemrum`,
    'invalid-keyword': ({ value }) => `${quote(value)} er ikke et ord med små bogstaver som health-tech`,
    'invalid-date': ({ value }) =>
      `${quote(value)} er ikke en gyldig dato som 2027-03-01 eller 2027-03-01T09:00:00+01:00`,
    'invalid-duration': ({ value }) => `${quote(value)} er ikke en varighed efter ISO 8601 som PT125H eller P6W`,
    'invalid-currency': ({ value }) => `${quote(value)} er ikke en valutakode som EUR`,
    'invalid-country': ({ value }) => `${quote(value)} er ikke en landekode som DE`,
    'invalid-esco-uri': ({ value }) =>
      `${quote(value)} er ikke en ESCO-URI for en kompetence (http://data.europa.eu/esco/skill/…)`,
    'invalid-iri': ({ value }) => `${quote(value)} er ikke en gyldig IRI`,
    'relative-iri': ({ value }) =>
      `${quote(value)} er relativ, men id'er skal være absolutte IRI'er som https://example.org/skills/networking`,
    'invalid-url': ({ value }) => `${quote(value)} er ikke en absolut http- eller https-URL`,
    'unsafe-url': ({ value, scheme }) => `${quote(value)} bruger ${scheme}, men kun http- og https-links er tilladt`,
    'duplicate-id': ({ id, first }) => `Id'et ${quote(id)} er allerede brugt ved ${first}`,
    'duplicate-level': ({ value }) => `Niveauet ${number.format(value)} står mere end én gang på skalaen`,
    'unknown-skill': ({ id }) => `Der findes ingen kompetence med id'et ${quote(id)}`,
    'unknown-profile': ({ id }) => `Der findes ingen profil med id'et ${quote(id)}`,
    'unknown-course': ({ id }) => `Der findes intet kursus med id'et ${quote(id)}`,
    'unknown-step': ({ id }) => `Dette forløb har intet trin med id'et ${quote(id)}`,
    'unknown-group': ({ id }) => `Denne kompetenceramme har ingen gruppe med id'et ${quote(id)}`,
    'level-not-on-scale': ({ level, scale }) =>
      `Niveauet ${number.format(level)} findes ikke på skalaen (${scale.map((step) => number.format(step)).join(', ')})`,
    'end-before-start': ({ start, end }) => `Slutdatoen (${end}) ligger før startdatoen (${start})`,
    'track-cycle': ({ steps }) => `Trinnene danner en løkke: ${steps.join(' → ')}`,
    'too-many-problems': ({ limit }) =>
      plural.select(limit) === 'one'
        ? 'Der er flere problemer, men kun det første vises'
        : `Der er flere problemer, men kun de første ${number.format(limit)} vises`,
  },
  dataSkipped: (count) =>
    plural.select(count) === 'one'
      ? `${number.format(count)} del af dataene blev udeladt:`
      : `${number.format(count)} dele af dataene blev udeladt:`,
  loadFailedStatus: (url, status) => `${url} kunne ikke indlæses (HTTP-status ${status}).`,
  dataNotJson: (url) => `${url} er ikke et JSON-datadokument.`,
};

export default data;
