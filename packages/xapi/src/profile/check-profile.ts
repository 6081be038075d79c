import { parseJsonPath } from './json-path.js';

/** One way a profile breaks the xAPI Profiles 1.0 structure rules. */
export interface ProfileProblem {
  /** JSON path in the profile document, e.g. `$.templates[2].rules[0].location`. */
  readonly path: string;
  readonly message: string;
}

type Json = Record<string, unknown>;

const PROFILE_CONTEXT = 'https://w3id.org/xapi/profiles/context';
const CONFORMS_TO = 'https://w3id.org/xapi/profiles#1.0';
const IRI = /^[a-z][a-z\d+.-]*:[^\s<>"{}|\\^`]+$/i;
const SEMANTIC_RELATIONS = [
  'broader',
  'broadMatch',
  'narrower',
  'narrowMatch',
  'related',
  'relatedMatch',
  'exactMatch',
];
const CONCEPT_KEYS: Record<string, readonly string[]> = {
  Verb: SEMANTIC_RELATIONS,
  ActivityType: SEMANTIC_RELATIONS,
  AttachmentUsageType: SEMANTIC_RELATIONS,
  ContextExtension: ['recommendedVerbs', 'context', 'schema', 'inlineSchema'],
  ResultExtension: ['recommendedVerbs', 'context', 'schema', 'inlineSchema'],
  ActivityExtension: ['recommendedActivityTypes', 'context', 'schema', 'inlineSchema'],
  StateResource: ['contentType', 'context', 'schema', 'inlineSchema'],
  AgentProfileResource: ['contentType', 'context', 'schema', 'inlineSchema'],
  ActivityProfileResource: ['contentType', 'context', 'schema', 'inlineSchema'],
  Activity: ['activityDefinition'],
};
const TEMPLATE_KEYS = [
  'id',
  'type',
  'inScheme',
  'prefLabel',
  'definition',
  'deprecated',
  'verb',
  'objectActivityType',
  'contextGroupingActivityType',
  'contextParentActivityType',
  'contextOtherActivityType',
  'contextCategoryActivityType',
  'attachmentUsageType',
  'objectStatementRefTemplate',
  'contextStatementRefTemplate',
  'rules',
];
const PATTERN_KINDS = ['alternates', 'optional', 'oneOrMore', 'sequence', 'zeroOrMore'] as const;
const RULE_KEYS = ['location', 'selector', 'presence', 'any', 'all', 'none', 'scopeNote'];

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isIri = (value: unknown): value is string => typeof value === 'string' && IRI.test(value);
const isLanguageMap = (value: unknown) =>
  isObject(value) &&
  Object.keys(value).length > 0 &&
  Object.values(value).every((text) => typeof text === 'string' && text !== '');

/**
 * Checks a profile against the structure rules of the xAPI Profiles specification (Part Two):
 * required properties and their types, IRIs, concept types and the properties each may have,
 * `inScheme` naming a version of this profile, statement templates and their rules (JSONPath
 * locations in the allowed subset, at least one requirement each), and patterns (exactly one
 * kind, members that exist, alternates and sequences of two or more, nothing optional directly in
 * alternates, no pattern within itself). Also: no empty values or nulls anywhere.
 */
export function checkProfile(profile: unknown): ProfileProblem[] {
  const problems: ProfileProblem[] = [];
  const fail = (path: string, message: string) => problems.push({ path, message });
  const need = (value: Json, key: string, path: string, test: (v: unknown) => boolean, what: string) => {
    if (value[key] === undefined) fail(`${path}.${key}`, 'is required');
    else if (!test(value[key])) fail(`${path}.${key}`, `must be ${what}`);
  };
  const iriList = (value: Json, key: string, path: string) => {
    const list = value[key];
    if (list !== undefined && !(Array.isArray(list) && list.every(isIri)))
      fail(`${path}.${key}`, 'must be an array of IRIs');
  };

  const noEmptyValues = (value: unknown, path: string) => {
    if (value === null || value === '') fail(path, 'must not be null or empty');
    else if (Array.isArray(value)) {
      if (value.length === 0) fail(path, 'must not be an empty array');
      value.forEach((item, index) => {
        noEmptyValues(item, `${path}[${index}]`);
      });
    } else if (isObject(value)) {
      if (Object.keys(value).length === 0) fail(path, 'must not be an empty object');
      for (const [key, item] of Object.entries(value)) noEmptyValues(item, `${path}.${key}`);
    }
  };

  if (!isObject(profile)) return [{ path: '$', message: 'must be a JSON object' }];
  noEmptyValues(profile, '$');
  const context = profile['@context'];
  if (context !== PROFILE_CONTEXT && !(Array.isArray(context) && context.includes(PROFILE_CONTEXT))) {
    fail('$.@context', `must be (or contain) ${PROFILE_CONTEXT}`);
  }
  need(profile, 'id', '$', isIri, 'an IRI');
  need(profile, 'type', '$', (v) => v === 'Profile', '"Profile"');
  need(profile, 'conformsTo', '$', (v) => v === CONFORMS_TO, CONFORMS_TO);
  need(profile, 'prefLabel', '$', isLanguageMap, 'a language map');
  need(profile, 'definition', '$', isLanguageMap, 'a language map');
  need(profile, 'author', '$', isObject, 'an Organization or Person');
  if (isObject(profile.author)) {
    need(
      profile.author,
      'type',
      '$.author',
      (v) => v === 'Organization' || v === 'Person',
      '"Organization" or "Person"',
    );
    need(profile.author, 'name', '$.author', (v) => typeof v === 'string', 'a string');
  }
  const versions = Array.isArray(profile.versions) ? profile.versions : [];
  if (versions.length === 0) fail('$.versions', 'must list at least one version');
  const versionIds = new Set<unknown>();
  versions.forEach((version: unknown, index) => {
    const path = `$.versions[${index}]`;
    if (!isObject(version)) return fail(path, 'must be an object');
    need(version, 'id', path, (v) => isIri(v) && v !== profile.id, 'an IRI other than the profile id');
    need(version, 'generatedAtTime', path, (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v)), 'a timestamp');
    iriList(version, 'wasRevisionOf', path);
    versionIds.add(version.id);
  });
  const inScheme = (value: Json, path: string) => {
    need(value, 'inScheme', path, (v) => versionIds.has(v), 'the id of one of this profile’s versions');
  };

  const ids = new Set<unknown>();
  const unique = (value: Json, path: string) => {
    if (ids.has(value.id)) fail(`${path}.id`, 'is used twice');
    ids.add(value.id);
  };

  (Array.isArray(profile.concepts) ? profile.concepts : []).forEach((concept: unknown, index) => {
    const path = `$.concepts[${index}]`;
    if (!isObject(concept)) return fail(path, 'must be an object');
    need(concept, 'id', path, isIri, 'an IRI');
    unique(concept, path);
    const allowed = typeof concept.type === 'string' ? CONCEPT_KEYS[concept.type] : undefined;
    if (!allowed) return fail(`${path}.type`, `must be one of ${Object.keys(CONCEPT_KEYS).join(', ')}`);
    inScheme(concept, path);
    if (concept.type !== 'Activity') {
      need(concept, 'prefLabel', path, isLanguageMap, 'a language map');
      need(concept, 'definition', path, isLanguageMap, 'a language map');
    }
    const known = ['id', 'type', 'inScheme', 'prefLabel', 'definition', 'deprecated', ...allowed];
    for (const key of Object.keys(concept))
      if (!known.includes(key)) fail(`${path}.${key}`, `is not allowed on a ${concept.type as string}`);
    for (const key of [...SEMANTIC_RELATIONS, 'recommendedVerbs', 'recommendedActivityTypes'])
      iriList(concept, key, path);
    if (concept.related !== undefined && concept.deprecated !== true)
      fail(`${path}.related`, 'is only allowed on deprecated concepts');
    if (concept.schema !== undefined && concept.inlineSchema !== undefined)
      fail(path, 'may have schema or inlineSchema, not both');
    if (concept.inlineSchema !== undefined) {
      try {
        if (typeof concept.inlineSchema !== 'string' || !isObject(JSON.parse(concept.inlineSchema)))
          throw new Error('not a schema');
      } catch {
        fail(`${path}.inlineSchema`, 'must be a string holding a JSON Schema');
      }
    }
  });

  const templates = Array.isArray(profile.templates) ? profile.templates : [];
  const templateIds = new Set(templates.map((template: unknown) => (isObject(template) ? template.id : undefined)));
  templates.forEach((template: unknown, index) => {
    const path = `$.templates[${index}]`;
    if (!isObject(template)) return fail(path, 'must be an object');
    need(template, 'id', path, isIri, 'an IRI');
    unique(template, path);
    need(template, 'type', path, (v) => v === 'StatementTemplate', '"StatementTemplate"');
    inScheme(template, path);
    need(template, 'prefLabel', path, isLanguageMap, 'a language map');
    need(template, 'definition', path, isLanguageMap, 'a language map');
    for (const key of Object.keys(template))
      if (!TEMPLATE_KEYS.includes(key)) fail(`${path}.${key}`, 'is not a statement template property');
    for (const key of ['verb', 'objectActivityType']) {
      if (template[key] !== undefined && !isIri(template[key])) fail(`${path}.${key}`, 'must be an IRI');
    }
    for (const key of TEMPLATE_KEYS.filter((k) => k.endsWith('ActivityType') && k.startsWith('context')))
      iriList(template, key, path);
    iriList(template, 'attachmentUsageType', path);
    for (const key of ['objectStatementRefTemplate', 'contextStatementRefTemplate']) {
      const refs = template[key];
      if (refs !== undefined && !(Array.isArray(refs) && refs.every((ref) => templateIds.has(ref)))) {
        fail(`${path}.${key}`, 'must list statement templates of this profile');
      }
    }
    if (template.objectActivityType !== undefined && template.objectStatementRefTemplate !== undefined) {
      fail(path, 'may not have both objectActivityType and objectStatementRefTemplate');
    }
    (Array.isArray(template.rules) ? template.rules : []).forEach((rule: unknown, ruleIndex) => {
      const rulePath = `${path}.rules[${ruleIndex}]`;
      if (!isObject(rule)) return fail(rulePath, 'must be an object');
      for (const key of Object.keys(rule))
        if (!RULE_KEYS.includes(key)) fail(`${rulePath}.${key}`, 'is not a rule property');
      for (const key of ['location', 'selector']) {
        if (key === 'location' && typeof rule.location !== 'string') fail(`${rulePath}.location`, 'is required');
        else if (rule[key] !== undefined) {
          try {
            if (typeof rule[key] !== 'string') throw new Error('must be a JSONPath string');
            parseJsonPath(rule[key]);
          } catch (error) {
            fail(`${rulePath}.${key}`, (error as Error).message);
          }
        }
      }
      if (!['presence', 'any', 'all', 'none'].some((key) => rule[key] !== undefined)) {
        fail(rulePath, 'needs at least one of presence, any, all, none');
      }
      if (rule.presence !== undefined && !['included', 'excluded', 'recommended'].includes(rule.presence as string)) {
        fail(`${rulePath}.presence`, 'must be included, excluded or recommended');
      }
      for (const key of ['any', 'all', 'none']) {
        if (rule[key] !== undefined && !Array.isArray(rule[key])) fail(`${rulePath}.${key}`, 'must be an array');
      }
    });
  });

  const patterns = (Array.isArray(profile.patterns) ? profile.patterns : []).filter(isObject);
  const byId = new Map(patterns.map((pattern) => [pattern.id, pattern]));
  const membersOf = (pattern: Json): unknown[] =>
    PATTERN_KINDS.flatMap((kind): unknown[] => {
      const value = pattern[kind];
      if (value === undefined) return [];
      return Array.isArray(value) ? (value as unknown[]) : [value];
    });
  const usedElsewhere = new Set(patterns.flatMap(membersOf));
  patterns.forEach((pattern, index) => {
    const path = `$.patterns[${index}]`;
    need(pattern, 'id', path, isIri, 'an IRI');
    unique(pattern, path);
    need(pattern, 'type', path, (v) => v === 'Pattern', '"Pattern"');
    if (pattern.inScheme !== undefined) inScheme(pattern, path);
    if (pattern.primary === true) {
      need(pattern, 'prefLabel', path, isLanguageMap, 'a language map (primary patterns need one)');
      need(pattern, 'definition', path, isLanguageMap, 'a language map (primary patterns need one)');
    }
    const kinds = PATTERN_KINDS.filter((kind) => pattern[kind] !== undefined);
    if (kinds.length !== 1)
      fail(path, 'must have exactly one of alternates, optional, oneOrMore, sequence, zeroOrMore');
    const [kind] = kinds;
    const members = membersOf(pattern);
    for (const member of members) {
      if (!templateIds.has(member) && !byId.has(member))
        fail(`${path}.${kind ?? ''}`, `refers to ${JSON.stringify(member)}, which is not in this profile`);
    }
    if ((kind === 'alternates' || kind === 'sequence') && !Array.isArray(pattern[kind]))
      fail(`${path}.${kind}`, 'must be an array');
    if ((kind === 'optional' || kind === 'oneOrMore' || kind === 'zeroOrMore') && typeof pattern[kind] !== 'string') {
      fail(`${path}.${kind}`, 'must be one identifier');
    }
    if (kind === 'alternates') {
      if (members.length < 2) fail(`${path}.alternates`, 'needs at least two members');
      for (const member of members) {
        const inner = byId.get(member);
        if (inner && (inner.optional !== undefined || inner.zeroOrMore !== undefined)) {
          fail(`${path}.alternates`, 'must not hold optional or zeroOrMore patterns directly');
        }
      }
    }
    const singleTemplateAllowed =
      pattern.primary === true && !usedElsewhere.has(pattern.id) && members.length === 1 && templateIds.has(members[0]);
    if (kind === 'sequence' && members.length < 2 && !singleTemplateAllowed)
      fail(`${path}.sequence`, 'needs at least two members');
    const within = (id: unknown, seen: Set<unknown>): boolean => {
      const inner = byId.get(id);
      if (!inner) return false;
      return membersOf(inner).some(
        (member) => member === pattern.id || (!seen.has(member) && within(member, new Set([...seen, member]))),
      );
    };
    if (members.some((member) => member === pattern.id || within(member, new Set([member]))))
      fail(path, 'contains itself');
  });
  return problems;
}
