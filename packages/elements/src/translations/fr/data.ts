import type { ProblemParams, ValueType } from '@lp-elements/model';
import type { DataTerms } from '../../base/localize/data-terms.js';

const plural = new Intl.PluralRules('fr');
const number = new Intl.NumberFormat('fr');
// French typography puts a narrow no-break space before a colon or semicolon, and no-break spaces inside guillemets.
const colon = '\u202f:';
const semicolon = '\u202f;';
const quote = (value: string) => `«\u00a0${value}\u00a0»`;

const typeNames: Record<ValueType, string> = {
  string: 'une chaîne de caractères',
  number: 'un nombre',
  integer: 'un nombre entier',
  boolean: 'true ou false',
  object: 'un objet',
  array: 'un tableau',
  null: 'null',
  text: 'une chaîne de caractères ou un objet de textes par langue',
  other: 'une valeur qui n’existe pas en JSON',
};

const comparisons: Record<ProblemParams['out-of-range']['comparison'], string> = {
  '<=': 'inférieure ou égale à',
  '>=': 'supérieure ou égale à',
  '<': 'inférieure à',
  '>': 'supérieure à',
};

const counted = (count: number, one: string, other: string) =>
  `${number.format(count)} ${plural.select(count) === 'one' ? one : other}`;
const characters = (count: number) => counted(count, 'caractère', 'caractères');
const entries = (count: number) => counted(count, 'entrée', 'entrées');

const data: DataTerms = {
  dataProblems: {
    'invalid-json': ({ reason, line, column }) =>
      line === undefined
        ? `le texte n’est pas du JSON valide${colon} ${reason}`
        : `le texte n’est pas du JSON valide (ligne ${number.format(line)}, colonne ${number.format(column ?? 1)})${colon} ${reason}`,
    unreadable: ({ reason }) => `la valeur n’a pas pu être lue${colon} ${reason}`,
    'wrong-type': ({ expected, actual }) => `la valeur doit être ${typeNames[expected]} et non ${typeNames[actual]}`,
    'missing-property': ({ property }) => `la propriété obligatoire ${quote(property)} est absente`,
    'unknown-property': ({ property }) =>
      `${quote(property)} n’est pas une propriété connue (les extensions commencent par x-)`,
    'invalid-value': ({ value, allowed }) =>
      allowed.length === 0
        ? `${quote(value)} n’est pas une valeur autorisée ici`
        : `${quote(value)} ne fait pas partie des valeurs autorisées${colon} ${allowed.join(', ')}`,
    'too-long': ({ length, limit }) =>
      `la valeur compte ${characters(length)}, pour un maximum de ${number.format(limit)}`,
    'too-short': ({ limit }) =>
      limit === 1 ? 'la valeur ne doit pas être vide' : `la valeur doit compter au moins ${characters(limit)}`,
    'too-many-items': ({ count, limit }) => `il y a ${entries(count)}, pour un maximum de ${number.format(limit)}`,
    'too-few-items': ({ count, limit }) => `il y a ${entries(count)}, pour un minimum de ${number.format(limit)}`,
    'out-of-range': ({ value, comparison, limit }) =>
      `${number.format(value)} est hors de la plage autorisée${colon} la valeur doit être ${comparisons[comparison]} ${number.format(limit)}`,
    'invalid-language-tag': ({ value }) => `${quote(value)} n’est pas un code de langue comme en, de ou fr-CH`,
    'invalid-id': ({ value }) =>
      `${quote(value)} n’est pas un identifiant valide${colon} les identifiants ne doivent pas contenir d’espaces`,
    'invalid-keyword': ({ value }) => `${quote(value)} n’est pas un mot en minuscules comme health-tech`,
    'invalid-date': ({ value }) =>
      `${quote(value)} n’est pas une date valide comme 2027-03-01 ou 2027-03-01T09:00:00+01:00`,
    'invalid-duration': ({ value }) => `${quote(value)} n’est pas une durée ISO 8601 comme PT125H ou P6W`,
    'invalid-currency': ({ value }) => `${quote(value)} n’est pas un code de devise comme EUR`,
    'invalid-country': ({ value }) => `${quote(value)} n’est pas un code de pays comme DE`,
    'invalid-esco-uri': ({ value }) =>
      `${quote(value)} n’est pas une URI de compétence ESCO (http://data.europa.eu/esco/skill/…)`,
    'invalid-iri': ({ value }) => `${quote(value)} n’est pas une IRI valide`,
    'relative-iri': ({ value }) =>
      `${quote(value)} est une IRI relative${semicolon} les identifiants doivent être des IRI absolues comme https://example.org/skills/networking`,
    'invalid-url': ({ value }) => `${quote(value)} n’est pas une URL http ou https absolue`,
    'unsafe-url': ({ value, scheme }) =>
      `${quote(value)} utilise ${scheme}${semicolon} seuls les liens http et https sont autorisés`,
    'duplicate-id': ({ id, first }) => `l’identifiant ${quote(id)} est déjà utilisé à ${first}`,
    'duplicate-level': ({ value }) => `le niveau ${number.format(value)} figure plusieurs fois dans l’échelle`,
    'unknown-skill': ({ id }) => `aucune compétence n’a l’identifiant ${quote(id)}`,
    'unknown-profile': ({ id }) => `aucun profil n’a l’identifiant ${quote(id)}`,
    'unknown-course': ({ id }) => `aucun cours n’a l’identifiant ${quote(id)}`,
    'unknown-step': ({ id }) => `aucune étape de ce parcours n’a l’identifiant ${quote(id)}`,
    'unknown-group': ({ id }) => `aucun groupe de ce référentiel n’a l’identifiant ${quote(id)}`,
    'level-not-on-scale': ({ level, scale }) =>
      `le niveau ${number.format(level)} ne figure pas dans l’échelle (${scale.map((step) => number.format(step)).join(', ')})`,
    'end-before-start': ({ start, end }) => `la fin (${end}) précède le début (${start})`,
    'track-cycle': ({ steps }) => `les étapes forment une boucle${colon} ${steps.join(' → ')}`,
    'too-many-problems': ({ limit }) =>
      plural.select(limit) === 'one'
        ? `d’autres problèmes suivent${semicolon} seul le premier est affiché`
        : `d’autres problèmes suivent${semicolon} seuls les ${number.format(limit)} premiers sont affichés`,
  },
  dataSkipped: (count) =>
    plural.select(count) === 'one'
      ? `${number.format(count)} partie des données a été omise${colon}`
      : `${number.format(count)} parties des données ont été omises${colon}`,
  loadFailedStatus: (url, status) => `Impossible de charger ${url} (statut HTTP ${status}).`,
  dataNotJson: (url) => `${url} n’est pas un document de données JSON.`,
};

export default data;
