import type { ProblemParams, ValueType } from '@lp-elements/model';
import type { DataTerms } from '../../base/localize/data-terms.js';

const plural = new Intl.PluralRules('de');
const number = new Intl.NumberFormat('de');
const quote = (value: string) => `„${value}“`;

const typeNames: Record<ValueType, string> = {
  string: 'eine Zeichenkette',
  number: 'eine Zahl',
  integer: 'eine ganze Zahl',
  boolean: 'true oder false',
  object: 'ein Objekt',
  array: 'ein Array',
  null: 'null',
  text: 'eine Zeichenkette oder ein Objekt mit Texten je Sprache',
  other: 'ein Wert, den es in JSON nicht gibt',
};

const comparisons: Record<ProblemParams['out-of-range']['comparison'], string> = {
  '<=': 'höchstens',
  '>=': 'mindestens',
  '<': 'kleiner als',
  '>': 'größer als',
};

const entries = (count: number) =>
  plural.select(count) === 'one'
    ? `Es ist ${number.format(count)} Eintrag vorhanden`
    : `Es sind ${number.format(count)} Einträge vorhanden`;

// German capitalises a complete sentence after a colon ("Bei $.name: Der Wert …"), and each message is one.
const data: DataTerms = {
  dataProblems: {
    'invalid-json': ({ reason, line, column }) =>
      line === undefined
        ? `Der Text ist kein gültiges JSON: ${reason}`
        : `Der Text ist kein gültiges JSON (Zeile ${number.format(line)}, Spalte ${number.format(column ?? 1)}): ${reason}`,
    unreadable: ({ reason }) => `Der Wert konnte nicht gelesen werden: ${reason}`,
    'wrong-type': ({ expected, actual }) => `Erwartet wird ${typeNames[expected]}, gefunden wurde ${typeNames[actual]}`,
    'missing-property': ({ property }) => `Die erforderliche Eigenschaft ${quote(property)} fehlt`,
    'unknown-property': ({ property }) =>
      `${quote(property)} ist keine bekannte Eigenschaft (Erweiterungen beginnen mit x-)`,
    'invalid-value': ({ value, allowed }) =>
      allowed.length === 0
        ? `${quote(value)} ist hier kein zulässiger Wert`
        : `${quote(value)} ist nicht zulässig; erlaubt sind: ${allowed.join(', ')}`,
    'too-long': ({ length, limit }) =>
      `Der Wert ist ${number.format(length)} Zeichen lang; erlaubt sind höchstens ${number.format(limit)}`,
    'too-short': ({ limit }) =>
      limit === 1
        ? 'Der Wert darf nicht leer sein'
        : `Der Wert muss mindestens ${number.format(limit)} Zeichen lang sein`,
    'too-many-items': ({ count, limit }) => `${entries(count)}, erlaubt sind höchstens ${number.format(limit)}`,
    'too-few-items': ({ count, limit }) => `${entries(count)}, nötig sind mindestens ${number.format(limit)}`,
    'out-of-range': ({ value, comparison, limit }) =>
      `${number.format(value)} liegt außerhalb des zulässigen Bereichs: Der Wert muss ${comparisons[comparison]} ${number.format(limit)} sein`,
    'invalid-language-tag': ({ value }) => `${quote(value)} ist kein Sprachcode wie en, de oder fr-CH`,
    'invalid-id': ({ value }) => `${quote(value)} ist keine gültige ID: IDs dürfen keine Leerzeichen enthalten`,
    'invalid-keyword': ({ value }) => `${quote(value)} ist kein kleingeschriebenes Wort wie health-tech`,
    'invalid-date': ({ value }) =>
      `${quote(value)} ist kein gültiges Datum wie 2027-03-01 oder 2027-03-01T09:00:00+01:00`,
    'invalid-duration': ({ value }) => `${quote(value)} ist keine Dauer nach ISO 8601 wie PT125H oder P6W`,
    'invalid-currency': ({ value }) => `${quote(value)} ist kein Währungscode wie EUR`,
    'invalid-country': ({ value }) => `${quote(value)} ist kein Ländercode wie DE`,
    'invalid-esco-uri': ({ value }) =>
      `${quote(value)} ist keine ESCO-URI einer Kompetenz (http://data.europa.eu/esco/skill/…)`,
    'invalid-iri': ({ value }) => `${quote(value)} ist keine gültige IRI`,
    'relative-iri': ({ value }) =>
      `${quote(value)} ist relativ; IDs müssen absolute IRIs sein, etwa https://example.org/skills/networking`,
    'invalid-url': ({ value }) => `${quote(value)} ist keine absolute http- oder https-URL`,
    'unsafe-url': ({ value, scheme }) => `${quote(value)} verwendet ${scheme}; erlaubt sind nur http- und https-Links`,
    'duplicate-id': ({ id, first }) => `Die ID ${quote(id)} wird bereits bei ${first} verwendet`,
    'duplicate-level': ({ value }) => `Die Stufe ${number.format(value)} kommt auf der Skala mehrfach vor`,
    'unknown-skill': ({ id }) => `Es gibt keine Kompetenz mit der ID ${quote(id)}`,
    'unknown-profile': ({ id }) => `Es gibt kein Profil mit der ID ${quote(id)}`,
    'unknown-course': ({ id }) => `Es gibt keinen Kurs mit der ID ${quote(id)}`,
    'unknown-step': ({ id }) => `Dieser Karrierepfad hat keinen Schritt mit der ID ${quote(id)}`,
    'unknown-group': ({ id }) => `Dieser Kompetenzrahmen hat keine Gruppe mit der ID ${quote(id)}`,
    'level-not-on-scale': ({ level, scale }) =>
      `Die Stufe ${number.format(level)} gibt es auf der Skala nicht (${scale.map((step) => number.format(step)).join(', ')})`,
    'end-before-start': ({ start, end }) => `Das Ende (${end}) liegt vor dem Beginn (${start})`,
    'track-cycle': ({ steps }) => `Die Schritte bilden eine Schleife: ${steps.join(' → ')}`,
    'too-many-problems': ({ limit }) =>
      plural.select(limit) === 'one'
        ? 'Es gibt weitere Probleme; nur das erste wird angezeigt'
        : `Es gibt weitere Probleme; nur die ersten ${number.format(limit)} werden angezeigt`,
  },
  dataSkipped: (count) =>
    plural.select(count) === 'one'
      ? `${number.format(count)} Teil der Daten wurde ausgelassen:`
      : `${number.format(count)} Teile der Daten wurden ausgelassen:`,
  loadFailedStatus: (url, status) => `${url} konnte nicht geladen werden (HTTP-Status ${status}).`,
  dataNotJson: (url) => `${url} ist kein JSON-Datendokument.`,
};

export default data;
