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
type Check = (value: unknown, path: string, walk: Walk) => void;

interface Walk {
  readonly problems: StatementProblem[];
  readonly version: XapiVersion;
  readonly now: number;
}

const fail = (walk: Walk, path: string, rule: Rule): void => {
  walk.problems.push({ path, rule });
};

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The JSON path of a member: dotted for plain names, bracketed and quoted (escaped) otherwise. */
const member = (path: string, key: string): string =>
  /^[a-z_$][\w$]*$/i.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;

/** A string that `test` accepts, else `rule`. */
const string =
  (rule: Rule, test: (value: string) => boolean = () => true): Check =>
  (value, path, walk) => {
    if (typeof value !== 'string') {
      fail(walk, path, 'type');
      return;
    }
    if (HOSTILE_TEXT.test(value)) {
      fail(walk, path, 'text');
      return;
    }
    if (!test(value)) fail(walk, path, rule);
  };
const matching = (rule: Rule, regex: RegExp) => string(rule, (value) => regex.test(value));

const text = string('text');
const uuid = matching('uuid', UUID);
const iriText = (value: string) => IRI.test(value) && value.length <= 2048;
const iri: Check = (value, path, walk) => {
  string('iri', iriText)(value, path, walk);
  if (typeof value === 'string' && HOSTILE_SCHEME.test(value)) fail(walk, path, 'hostile-iri');
};
const webUrl = string('url', (value) => WEB_URL.test(value) && iriText(value));

const typed =
  (type: string): Check =>
  (value, path, walk) => {
    if (typeof value !== type) fail(walk, path, 'type');
  };
const bool = typed('boolean');
const num: Check = (value, path, walk) => {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(walk, path, 'number');
};
const exactly =
  (expected: string): Check =>
  (value, path, walk) => {
    if (value !== expected) fail(walk, path, 'type');
  };

const arrayOf =
  (check: Check, nonEmpty = false): Check =>
  (value, path, walk) => {
    if (!Array.isArray(value) || (nonEmpty && value.length === 0)) {
      fail(walk, path, 'type');
      return;
    }
    value.forEach((item, index) => {
      check(item, `${path}[${index}]`, walk);
    });
  };

const refuse =
  (rule: Rule): Check =>
  (_value, path, walk) => {
    fail(walk, path, rule);
  };

/**
 * An object with known properties. Unknown keys, nulls and missing required keys are problems;
 * `whole` checks how the properties fit together and names the broken rule.
 */
const shape =
  (
    fields: Record<string, Check>,
    required: readonly string[] = [],
    whole?: (value: JsonObject) => Rule | undefined,
  ): Check =>
  (value, path, walk) => {
    if (!isObject(value)) {
      fail(walk, path, 'type');
      return;
    }
    for (const key of required) if (value[key] === undefined) fail(walk, member(path, key), 'required');
    for (const [key, item] of Object.entries(value)) {
      const at = member(path, key);
      const check = Object.hasOwn(fields, key) ? fields[key] : undefined;
      if (item === undefined) continue;
      if (!check) fail(walk, at, 'unknown-key');
      else if (item === null) fail(walk, at, 'null');
      else check(item, at, walk);
    }
    const broken = whole?.(value);
    if (broken) fail(walk, path, broken);
  };

const languageMap: Check = (value, path, walk) => {
  if (!isObject(value)) {
    fail(walk, path, 'type');
    return;
  }
  for (const [tag, item] of Object.entries(value)) {
    const at = member(path, tag);
    if (!LANGUAGE_TAG.test(tag)) fail(walk, at, 'language-tag');
    text(item, at, walk);
  }
};

/** Any JSON value, as extensions hold: finite numbers, clean text, no prototype-rewriting keys. */
const json: Check = (value, path, walk) => {
  if (typeof value === 'string') text(value, path, walk);
  else if (typeof value === 'number') num(value, path, walk);
  else if (Array.isArray(value)) {
    value.forEach((item, index) => {
      json(item, `${path}[${index}]`, walk);
    });
  } else if (isObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype')
        fail(walk, member(path, key), 'hostile-key');
      json(item, member(path, key), walk);
    }
  } else if (value !== null && typeof value !== 'boolean') fail(walk, path, 'type');
};

const extensions: Check = (value, path, walk) => {
  if (!isObject(value)) {
    fail(walk, path, 'type');
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    iri(key, member(path, key), walk);
    json(item, member(path, key), walk);
  }
};

const identifiers = (value: JsonObject) =>
  ['mbox', 'mbox_sha1sum', 'openid', 'account'].filter((key) => value[key] !== undefined).length;

const agentFields: Record<string, Check> = {
  objectType: exactly('Agent'),
  name: text,
  mbox: matching('mbox', MAILTO),
  mbox_sha1sum: matching('sha1', SHA1),
  openid: iri,
  account: shape({ homePage: webUrl, name: text }, ['homePage', 'name']),
};

const agent = shape(agentFields, [], (value) => (identifiers(value) === 1 ? undefined : 'identifier'));

const group = shape(
  { ...agentFields, objectType: exactly('Group'), member: arrayOf(agent) },
  ['objectType'],
  (value) =>
    identifiers(value) > 1
      ? 'identifier'
      : identifiers(value) === 0 && !(Array.isArray(value.member) && value.member.length > 0)
        ? 'members'
        : undefined,
);

const actor: Check = (value, path, walk) => {
  (isObject(value) && value.objectType === 'Group' ? group : agent)(value, path, walk);
};

const activity = shape(
  {
    objectType: exactly('Activity'),
    id: iri,
    definition: shape({
      name: languageMap,
      description: languageMap,
      type: iri,
      moreInfo: webUrl,
      extensions,
      // Interaction details are passed through as the host wrote them; LP Elements sends none.
      interactionType: text,
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

const statementRef = shape({ objectType: exactly('StatementRef'), id: uuid }, ['objectType', 'id']);

const object: Check = (value, path, walk) => {
  const type = isObject(value) ? value.objectType : undefined;
  (type === 'Agent'
    ? agent
    : type === 'Group'
      ? group
      : type === 'StatementRef'
        ? statementRef
        : type === 'SubStatement'
          ? refuse('unsupported')
          : activity)(value, path, walk);
};

const score = shape({ scaled: num, raw: num, min: num, max: num }, [], (value) => {
  const { scaled = 0, raw, min = -Infinity, max = Infinity } = value as Partial<Record<string, number>>;
  const fits = Math.abs(scaled) <= 1 && min < max && (raw === undefined || (raw >= min && raw <= max));
  return fits ? undefined : 'score-range';
});

const activities: Check = (value, path, walk) => {
  (Array.isArray(value) ? arrayOf(activity) : activity)(value, path, walk);
};

const inVersion2 =
  (check: Check): Check =>
  (value, path, walk) => {
    if (walk.version === '2.0.0') check(value, path, walk);
    else fail(walk, path, 'version');
  };

const roles = arrayOf(iri, true);

const context = shape({
  registration: uuid,
  instructor: actor,
  team: group,
  contextActivities: shape({ parent: activities, grouping: activities, category: activities, other: activities }),
  revision: text,
  platform: text,
  language: matching('language-tag', LANGUAGE_TAG),
  statement: statementRef,
  extensions,
  contextAgents: inVersion2(
    arrayOf(shape({ objectType: exactly('contextAgent'), agent, relevantTypes: roles }, ['objectType', 'agent'])),
  ),
  contextGroups: inVersion2(
    arrayOf(shape({ objectType: exactly('contextGroup'), group, relevantTypes: roles }, ['objectType', 'group'])),
  ),
});

const timestamp: Check = (value, path, walk) => {
  const time = typeof value === 'string' && TIMESTAMP.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) fail(walk, path, 'timestamp');
  // A second of tolerance for clocks read a moment apart.
  else if (time > walk.now + 1000) fail(walk, path, 'future-timestamp');
};

const statement = shape(
  {
    id: uuid,
    actor,
    verb: shape({ id: iri, display: languageMap }, ['id']),
    object,
    result: shape({
      score,
      success: bool,
      completion: bool,
      response: text,
      duration: matching('duration', DURATION),
      extensions,
    }),
    context,
    timestamp,
    version: matching('version', /^[12]\.0\.\d+$/),
    attachments: refuse('unsupported'),
    stored: refuse('lrs-only'),
    authority: refuse('lrs-only'),
  },
  ['actor', 'verb', 'object'],
  ({ object: about, context: given }) =>
    isObject(about) &&
    about.objectType !== undefined &&
    about.objectType !== 'Activity' &&
    isObject(given) &&
    (given.revision !== undefined || given.platform !== undefined)
      ? 'activity-only'
      : undefined,
);

/**
 * Checks a statement against xAPI's rules before it is queued: required properties, unknown
 * keys, IRIs, UUIDs, agents with exactly one identifier, language maps, score ranges, durations,
 * timestamps, extension keys — and refuses hostile text (control characters, invalid UTF-16,
 * bidirectional overrides) and code-running IRI schemes. Returns every problem with its JSON path
 * and rule; an empty list means valid.
 */
export function validateStatement(value: unknown, options: ValidationOptions = {}): StatementProblem[] {
  const walk: Walk = {
    problems: [],
    version: options.version ?? DEFAULT_XAPI_VERSION,
    now: (options.now ?? new Date()).getTime(),
  };
  statement(value, '$', walk);
  return walk.problems;
}
