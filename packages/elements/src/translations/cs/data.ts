import type { ProblemParams, ValueType } from '@lp-elements/model';
import type { DataTerms } from '../../base/localize/data-terms.js';

const plural = new Intl.PluralRules('cs');
const number = new Intl.NumberFormat('cs');
const quote = (value: string) => `„${value}“`;

type Forms = Record<Intl.LDMLPluralRule, string>;

const characterForms: Forms = {
  zero: 'znaků',
  one: 'znak',
  two: 'znaky',
  few: 'znaky',
  many: 'znaku',
  other: 'znaků',
};
// Accusative, after "obsahuje".
const itemForms: Forms = {
  zero: 'položek',
  one: 'položku',
  two: 'položky',
  few: 'položky',
  many: 'položky',
  other: 'položek',
};

const skippedForms: Forms = {
  zero: 'částí dat bylo vynecháno',
  one: 'část dat byla vynechána',
  two: 'části dat byly vynechány',
  few: 'části dat byly vynechány',
  many: 'části dat bylo vynecháno',
  other: 'částí dat bylo vynecháno',
};

const counted = (count: number, forms: Forms) => `${number.format(count)} ${forms[plural.select(count)]}`;

const typeNames: Record<ValueType, string> = {
  string: 'řetězec',
  number: 'číslo',
  integer: 'celé číslo',
  boolean: 'true nebo false',
  object: 'objekt',
  array: 'pole',
  null: 'null',
  text: 'řetězec nebo objekt s texty podle jazyků',
  other: 'něco, co v JSON neexistuje',
};

const comparisons: Record<ProblemParams['out-of-range']['comparison'], string> = {
  '<=': 'nejvýše',
  '>=': 'alespoň',
  '<': 'menší než',
  '>': 'větší než',
};

const firstShown = (limit: number) => {
  const shown = number.format(limit);
  const form = plural.select(limit);
  if (form === 'one') return 'zobrazen je jen první';
  if (form === 'few') return `zobrazeny jsou jen první ${shown}`;
  return `zobrazeno je jen prvních ${shown}`;
};

const data: DataTerms = {
  dataProblems: {
    'invalid-json': ({ reason, line, column }) =>
      line === undefined
        ? `text není platný JSON: ${reason}`
        : `text není platný JSON (řádek ${number.format(line)}, sloupec ${number.format(column ?? 1)}): ${reason}`,
    unreadable: ({ reason }) => `hodnotu se nepodařilo přečíst: ${reason}`,
    'wrong-type': ({ expected, actual }) => `očekává se ${typeNames[expected]}, ale hodnota je ${typeNames[actual]}`,
    'missing-property': ({ property }) => `chybí povinná vlastnost ${quote(property)}`,
    'unknown-property': ({ property }) => `${quote(property)} není známá vlastnost (rozšíření začínají na x-)`,
    'invalid-value': ({ value, allowed }) =>
      allowed.length === 0
        ? `${quote(value)} zde není povolená hodnota`
        : `${quote(value)} není žádná z povolených hodnot: ${allowed.join(', ')}`,
    'too-long': ({ length, limit }) =>
      `hodnota má ${counted(length, characterForms)}, povoleno je nejvýše ${number.format(limit)}`,
    'too-short': ({ limit }) =>
      limit === 1 ? 'hodnota nesmí být prázdná' : `hodnota musí mít alespoň ${counted(limit, characterForms)}`,
    'too-many-items': ({ count, limit }) =>
      `obsahuje ${counted(count, itemForms)}, povoleno je nejvýše ${number.format(limit)}`,
    'too-few-items': ({ count, limit }) =>
      `obsahuje ${counted(count, itemForms)}, potřeba je alespoň ${number.format(limit)}`,
    'out-of-range': ({ value, comparison, limit }) =>
      `${number.format(value)} je mimo povolený rozsah: hodnota musí být ${comparisons[comparison]} ${number.format(limit)}`,
    'invalid-language-tag': ({ value }) => `${quote(value)} není kód jazyka (např. en, de nebo fr-CH)`,
    'invalid-id': ({ value }) => `${quote(value)} není platné ID: ID nesmí obsahovat mezery`,
    'invalid-keyword': ({ value }) => `${quote(value)} není slovo psané malými písmeny (např. health-tech)`,
    'invalid-date': ({ value }) =>
      `${quote(value)} není platné datum (např. 2027-03-01 nebo 2027-03-01T09:00:00+01:00)`,
    'invalid-duration': ({ value }) => `${quote(value)} není doba trvání podle ISO 8601 (např. PT125H nebo P6W)`,
    'invalid-currency': ({ value }) => `${quote(value)} není kód měny (např. EUR)`,
    'invalid-country': ({ value }) => `${quote(value)} není kód země (např. DE)`,
    'invalid-esco-uri': ({ value }) => `${quote(value)} není URI dovednosti ESCO (http://data.europa.eu/esco/skill/…)`,
    'invalid-iri': ({ value }) => `${quote(value)} není platné IRI`,
    'relative-iri': ({ value }) =>
      `${quote(value)} je relativní; ID musí být absolutní IRI (např. https://example.org/skills/networking)`,
    'invalid-url': ({ value }) => `${quote(value)} není absolutní adresa URL typu http nebo https`,
    'unsafe-url': ({ value, scheme }) => `${quote(value)} používá ${scheme}; povoleny jsou jen odkazy http a https`,
    'duplicate-id': ({ id, first }) => `ID ${quote(id)} je už použito v ${first}`,
    'duplicate-level': ({ value }) => `úroveň ${number.format(value)} se na stupnici vyskytuje vícekrát`,
    'unknown-skill': ({ id }) => `žádná dovednost nemá ID ${quote(id)}`,
    'unknown-profile': ({ id }) => `žádný profil nemá ID ${quote(id)}`,
    'unknown-course': ({ id }) => `žádný kurz nemá ID ${quote(id)}`,
    'unknown-step': ({ id }) => `žádný krok této kariérní cesty nemá ID ${quote(id)}`,
    'unknown-group': ({ id }) => `žádná skupina tohoto rámce nemá ID ${quote(id)}`,
    'level-not-on-scale': ({ level, scale }) =>
      `úroveň ${number.format(level)} není na stupnici (${scale.map((step) => number.format(step)).join(', ')})`,
    'end-before-start': ({ start, end }) => `konec (${end}) je před začátkem (${start})`,
    'track-cycle': ({ steps }) => `kroky tvoří cyklus: ${steps.join(' → ')}`,
    'too-many-problems': ({ limit }) => `následují další problémy; ${firstShown(limit)}`,
  },
  dataSkipped: (count) => `${counted(count, skippedForms)}:`,
  loadFailedStatus: (url, status) => `${url} se nepodařilo načíst (stavový kód HTTP ${status}).`,
  dataNotJson: (url) => `${url} není datový dokument JSON.`,
};

export default data;
