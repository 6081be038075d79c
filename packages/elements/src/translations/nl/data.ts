import type { ProblemParams, ValueType } from '@lp-elements/model';
import type { DataTerms } from '../../base/localize/data-terms.js';

const plural = new Intl.PluralRules('nl');
const number = new Intl.NumberFormat('nl');
const quote = (value: string) => `“${value}”`;

const typeNames: Record<ValueType, string> = {
  string: 'een tekenreeks',
  number: 'een getal',
  integer: 'een geheel getal',
  boolean: 'true of false',
  object: 'een object',
  array: 'een array',
  null: 'null',
  text: 'een tekenreeks of een object met teksten per taal',
  other: 'iets wat in JSON niet bestaat',
};

const comparisons: Record<ProblemParams['out-of-range']['comparison'], string> = {
  '<=': 'ten hoogste',
  '>=': 'ten minste',
  '<': 'kleiner dan',
  '>': 'groter dan',
};

const isOne = (count: number) => plural.select(count) === 'one';
const characters = (count: number) => `${number.format(count)} ${isOne(count) ? 'teken' : 'tekens'}`;
const entries = (count: number) =>
  isOne(count) ? `er is ${number.format(count)} element` : `er zijn ${number.format(count)} elementen`;

const data: DataTerms = {
  dataProblems: {
    'invalid-json': ({ reason, line, column }) =>
      line === undefined
        ? `de tekst is geen geldige JSON: ${reason}`
        : `de tekst is geen geldige JSON (regel ${number.format(line)}, kolom ${number.format(column ?? 1)}): ${reason}`,
    unreadable: ({ reason }) => `de waarde kon niet worden gelezen: ${reason}`,
    'wrong-type': ({ expected, actual }) =>
      `hier hoort ${typeNames[expected]} te staan, maar de waarde is ${typeNames[actual]}`,
    'missing-property': ({ property }) => `de verplichte eigenschap ${quote(property)} ontbreekt`,
    'unknown-property': ({ property }) => `${quote(property)} is geen bekende eigenschap (extensies beginnen met x-)`,
    'invalid-value': ({ value, allowed }) =>
      allowed.length === 0
        ? `${quote(value)} is hier geen toegestane waarde`
        : `${quote(value)} is niet een van de toegestane waarden: ${allowed.join(', ')}`,
    'too-long': ({ length, limit }) =>
      `de waarde is ${characters(length)} lang; het maximum is ${number.format(limit)}`,
    'too-short': ({ limit }) =>
      limit === 1 ? 'de waarde mag niet leeg zijn' : `de waarde moet minstens ${characters(limit)} lang zijn`,
    'too-many-items': ({ count, limit }) => `${entries(count)}; het maximum is ${number.format(limit)}`,
    'too-few-items': ({ count, limit }) => `${entries(count)}; het minimum is ${number.format(limit)}`,
    'out-of-range': ({ value, comparison, limit }) =>
      `${number.format(value)} valt buiten het toegestane bereik: de waarde moet ${comparisons[comparison]} ${number.format(limit)} zijn`,
    'invalid-language-tag': ({ value }) => `${quote(value)} is geen taalcode zoals en, de of fr-CH`,
    'invalid-id': ({ value }) => `${quote(value)} is geen geldige ID: ID’s mogen geen spaties bevatten`,
    'invalid-keyword': ({ value }) => `${quote(value)} is geen woord in kleine letters zoals health-tech`,
    'invalid-date': ({ value }) =>
      `${quote(value)} is geen geldige datum zoals 2027-03-01 of 2027-03-01T09:00:00+01:00`,
    'invalid-duration': ({ value }) => `${quote(value)} is geen duur volgens ISO 8601 zoals PT125H of P6W`,
    'invalid-currency': ({ value }) => `${quote(value)} is geen valutacode zoals EUR`,
    'invalid-country': ({ value }) => `${quote(value)} is geen landcode zoals DE`,
    'invalid-esco-uri': ({ value }) =>
      `${quote(value)} is geen ESCO-URI van een vaardigheid (http://data.europa.eu/esco/skill/…)`,
    'invalid-iri': ({ value }) => `${quote(value)} is geen geldige IRI`,
    'relative-iri': ({ value }) =>
      `${quote(value)} is relatief; ID’s moeten absolute IRI’s zijn, zoals https://example.org/skills/networking`,
    'invalid-url': ({ value }) => `${quote(value)} is geen absolute http- of https-URL`,
    'unsafe-url': ({ value, scheme }) =>
      `${quote(value)} gebruikt ${scheme}; alleen http- en https-links zijn toegestaan`,
    'duplicate-id': ({ id, first }) => `de ID ${quote(id)} wordt al gebruikt bij ${first}`,
    'duplicate-level': ({ value }) => `niveau ${number.format(value)} komt meer dan eens voor op de schaal`,
    'unknown-skill': ({ id }) => `er is geen vaardigheid met de ID ${quote(id)}`,
    'unknown-profile': ({ id }) => `er is geen profiel met de ID ${quote(id)}`,
    'unknown-course': ({ id }) => `er is geen cursus met de ID ${quote(id)}`,
    'unknown-step': ({ id }) => `dit traject heeft geen stap met de ID ${quote(id)}`,
    'unknown-group': ({ id }) => `dit raamwerk heeft geen groep met de ID ${quote(id)}`,
    'level-not-on-scale': ({ level, scale }) =>
      `niveau ${number.format(level)} staat niet op de schaal (${scale.map((step) => number.format(step)).join(', ')})`,
    'end-before-start': ({ start, end }) => `het einde (${end}) ligt vóór het begin (${start})`,
    'track-cycle': ({ steps }) => `de stappen vormen een lus: ${steps.join(' → ')}`,
    'too-many-problems': ({ limit }) =>
      isOne(limit)
        ? 'er zijn nog meer problemen; alleen het eerste wordt getoond'
        : `er zijn nog meer problemen; alleen de eerste ${number.format(limit)} worden getoond`,
  },
  dataSkipped: (count) =>
    isOne(count)
      ? `${number.format(count)} deel van de gegevens is weggelaten:`
      : `${number.format(count)} delen van de gegevens zijn weggelaten:`,
  loadFailedStatus: (url, status) => `${url} kon niet worden geladen (HTTP-status ${status}).`,
  dataNotJson: (url) => `${url} is geen JSON-gegevensdocument.`,
};

export default data;
