import { DEFAULT_XAPI_VERSION, type XapiVersion } from '../version.js';
import {
  DURATION,
  HOSTILE_SCHEME,
  HOSTILE_TEXT,
  IRI,
  LANGUAGE_TAG,
  MAILTO,
  SHA1,
  TIMESTAMP,
  UUID,
  WEB_URL,
} from './formats.js';
import type { Rule } from './rules.js';
import type { StatementProblem } from './statement-problem.js';

export interface ValidationOptions {
  /** The xAPI version the statement must conform to; 2.0.0 allows context agents and groups. */
  readonly version?: XapiVersion;
  /** The time a timestamp must not be after (a second of clock skew is tolerated). */
  readonly now?: Date;
}

type JsonObject = Record<string, unknown>;
type Check = (value: unknown, path: string) => void;
/**
 * How a value is checked: a function, or the name of a text format (`text` for any clean text,
 * else a key of `FORMATS`, which is also the rule it breaks), or `=Name` for that exact text.
 */
type Spec = Check | string;

/** The text formats by the rule that names them. */
const FORMATS: Partial<Record<string, RegExp>> = {
  uuid: UUID,
  url: WEB_URL,
  mbox: MAILTO,
  sha1: SHA1,
  'language-tag': LANGUAGE_TAG,
  duration: DURATION,
  version: /^[12]\.0\.\d+$/,
};

// The walk in progress. Validation runs synchronously to the end, so there is one at a time.
let problems: StatementProblem[];
let version: XapiVersion;
let now: number;

const fail = (path: string, rule: Rule): void => {
  problems.push({ path, rule });
};

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The JSON path of a member: dotted for plain names, bracketed and quoted (escaped) otherwise. */
const member = (path: string, key: string): string =>
  /^[a-z_$][\w$]*$/i.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;

/** Calls `each` with every property of an object and its path; anything but an object breaks `type`. */
const members = (value: unknown, path: string, each: (key: string, item: unknown, at: string) => void): void => {
  if (isObject(value)) for (const [key, item] of Object.entries(value)) each(key, item, member(path, key));
  else fail(path, 'type');
};

const check = (spec: Spec, value: unknown, path: string): void => {
  if (typeof spec !== 'string') spec(value, path);
  else if (spec.startsWith('=')) {
    if (value !== spec.slice(1)) fail(path, 'type');
  } else if (typeof value !== 'string') fail(path, 'type');
  else if (HOSTILE_TEXT.test(value)) fail(path, 'text');
  else if (
    !(FORMATS[spec]?.test(value) ?? true) ||
    // Web URLs are IRIs too.
    ((spec === 'iri' || spec === 'url') && !(IRI.test(value) && value.length <= 2048))
  ) {
    fail(path, spec as Rule);
  } else if (spec === 'iri' && HOSTILE_SCHEME.test(value)) fail(path, 'hostile-iri');
};

const number: Check = (value, path) => {
  if (!Number.isFinite(value)) fail(path, 'number');
};
const boolean: Check = (value, path) => {
  if (typeof value !== 'boolean') fail(path, 'type');
};
const refuse =
  (rule: Rule): Check =>
  (_value, path) => {
    fail(path, rule);
  };

const list =
  (spec: Spec, nonEmpty?: boolean): Check =>
  (value, path) => {
    if (!Array.isArray(value) || (nonEmpty && value.length === 0)) fail(path, 'type');
    else {
      value.forEach((item, index) => {
        check(spec, item, `${path}[${index}]`);
      });
    }
  };

/**
 * An object with known properties. Unknown keys, nulls and missing required keys are problems;
 * `whole` checks how the properties fit together and names the broken rule.
 */
const shape =
  (
    fields: Record<string, Spec>,
    required: readonly string[] = [],
    whole?: (value: JsonObject) => Rule | false,
  ): Check =>
  (value, path) => {
    const object = isObject(value);
    for (const key of required) if (object && value[key] === undefined) fail(member(path, key), 'required');
    members(value, path, (key, item, at) => {
      const spec = Object.hasOwn(fields, key) ? fields[key] : undefined;
      if (item === undefined) return;
      if (!spec) fail(at, 'unknown-key');
      else if (item === null) fail(at, 'null');
      else check(spec, item, at);
    });
    const broken = object && whole?.(value);
    if (broken) fail(path, broken);
  };

const languageMap: Check = (value, path) => {
  members(value, path, (tag, item, at) => {
    if (!LANGUAGE_TAG.test(tag)) fail(at, 'language-tag');
    check('text', item, at);
  });
};

/** Any JSON value, as extensions hold: finite numbers, clean text, no prototype-rewriting keys. */
const json: Check = (value, path) => {
  if (typeof value === 'string') check('text', value, path);
  else if (typeof value === 'number') number(value, path);
  else if (Array.isArray(value)) list(json)(value, path);
  else if (isObject(value)) {
    members(value, path, (key, item, at) => {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') fail(at, 'hostile-key');
      json(item, at);
    });
  } else if (value !== null && typeof value !== 'boolean') fail(path, 'type');
};

const extensions: Check = (value, path) => {
  members(value, path, (key, item, at) => {
    check('iri', key, at);
    json(item, at);
  });
};

const identifiers = (value: JsonObject) =>
  ['mbox', 'mbox_sha1sum', 'openid', 'account'].filter((key) => value[key] !== undefined).length;

const agentFields: Record<string, Spec> = {
  objectType: '=Agent',
  name: 'text',
  mbox: 'mbox',
  mbox_sha1sum: 'sha1',
  openid: 'iri',
  account: shape({ homePage: 'url', name: 'text' }, ['homePage', 'name']),
};

const agent = shape(agentFields, [], (value) => identifiers(value) !== 1 && 'identifier');

const group = shape({ ...agentFields, objectType: '=Group', member: list(agent) }, ['objectType'], (value) =>
  identifiers(value) > 1
    ? 'identifier'
    : identifiers(value) === 0 && !(Array.isArray(value.member) && value.member.length > 0) && 'members',
);

const actor: Check = (value, path) => {
  (isObject(value) && value.objectType === 'Group' ? group : agent)(value, path);
};

const activity = shape(
  {
    objectType: '=Activity',
    id: 'iri',
    definition: shape({
      name: languageMap,
      description: languageMap,
      type: 'iri',
      moreInfo: 'url',
      extensions,
      // Interaction details are passed through as the host wrote them; LP Elements sends none.
      interactionType: 'text',
      correctResponsesPattern: json,
      choices: json,
      scale: json,
      source: json,
      target: json,
      steps: json,
    }),
  },
  ['id'],
);

const statementRef = shape({ objectType: '=StatementRef', id: 'uuid' }, ['objectType', 'id']);

const object: Check = (value, path) => {
  const type = isObject(value) ? value.objectType : undefined;
  (type === 'Agent'
    ? agent
    : type === 'Group'
      ? group
      : type === 'StatementRef'
        ? statementRef
        : type === 'SubStatement'
          ? refuse('unsupported')
          : activity)(value, path);
};

// A comparison with a missing bound is false, so it passes.
const score = shape({ scaled: number, raw: number, min: number, max: number }, [], (value) => {
  const { scaled = 0, raw, min, max } = value as { scaled?: number; raw: number; min: number; max: number };
  return (Math.abs(scaled) > 1 || min >= max || raw < min || raw > max) && 'score-range';
});

const activities: Check = (value, path) => {
  (Array.isArray(value) ? list(activity) : activity)(value, path);
};

const inVersion2 =
  (spec: Check): Check =>
  (value, path) => {
    if (version === '2.0.0') spec(value, path);
    else fail(path, 'version');
  };

const roles = list('iri', true);

const context = shape({
  registration: 'uuid',
  instructor: actor,
  team: group,
  contextActivities: shape({ parent: activities, grouping: activities, category: activities, other: activities }),
  revision: 'text',
  platform: 'text',
  language: 'language-tag',
  statement: statementRef,
  extensions,
  contextAgents: inVersion2(
    list(shape({ objectType: '=contextAgent', agent, relevantTypes: roles }, ['objectType', 'agent'])),
  ),
  contextGroups: inVersion2(
    list(shape({ objectType: '=contextGroup', group, relevantTypes: roles }, ['objectType', 'group'])),
  ),
});

const timestamp: Check = (value, path) => {
  const time = typeof value === 'string' && TIMESTAMP.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) fail(path, 'timestamp');
  // A second of tolerance for clocks read a moment apart.
  else if (time > now + 1000) fail(path, 'future-timestamp');
};

const statement = shape(
  {
    id: 'uuid',
    actor,
    verb: shape({ id: 'iri', display: languageMap }, ['id']),
    object,
    result: shape({
      score,
      success: boolean,
      completion: boolean,
      response: 'text',
      duration: 'duration',
      extensions,
    }),
    context,
    timestamp,
    version: 'version',
    attachments: refuse('unsupported'),
    stored: refuse('lrs-only'),
    authority: refuse('lrs-only'),
  },
  ['actor', 'verb', 'object'],
  (value) => {
    const { object: about, context: given } = value as { object?: JsonObject; context?: JsonObject };
    return (
      (about?.objectType ?? 'Activity') !== 'Activity' &&
      (given?.revision ?? given?.platform) !== undefined &&
      'activity-only'
    );
  },
);

/**
 * Checks a statement against xAPI's rules before it is queued: required properties, unknown
 * keys, IRIs, UUIDs, agents with exactly one identifier, language maps, score ranges, durations,
 * timestamps, extension keys — and refuses hostile text (control characters, invalid UTF-16,
 * bidirectional overrides) and code-running IRI schemes. Returns every problem with its JSON path
 * and rule; an empty list means valid.
 */
export function validateStatement(value: unknown, options: ValidationOptions = {}): StatementProblem[] {
  problems = [];
  version = options.version ?? DEFAULT_XAPI_VERSION;
  now = (options.now ?? new Date()).getTime();
  statement(value, '$');
  return problems;
}
