import { evaluateJsonPath } from './json-path.js';
import type { StatementTemplate, TemplateRule } from './profile-types.js';

type Json = Record<string, unknown>;

const CONTEXT_TYPES = [
  ['contextGroupingActivityType', 'grouping'],
  ['contextParentActivityType', 'parent'],
  ['contextOtherActivityType', 'other'],
  ['contextCategoryActivityType', 'category'],
] as const;

const get = (value: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>(
    (current, key) => (current && typeof current === 'object' ? (current as Json)[key] : undefined),
    value,
  );

const typesIn = (statement: unknown, key: string): unknown[] => {
  const activities = get(statement, 'context', 'contextActivities', key);
  return (Array.isArray(activities) ? activities : activities ? [activities] : []).map((activity) =>
    get(activity, 'definition', 'type'),
  );
};

/** Whether a statement has the template's determining properties, so the template applies to it. */
export function hasDeterminingProperties(template: StatementTemplate, statement: unknown): boolean {
  if (template.verb !== undefined && get(statement, 'verb', 'id') !== template.verb) return false;
  if (
    template.objectActivityType !== undefined &&
    get(statement, 'object', 'definition', 'type') !== template.objectActivityType
  ) {
    return false;
  }
  return CONTEXT_TYPES.every(([property, key]) =>
    (template[property] ?? []).every((type) => typesIn(statement, key).includes(type)),
  );
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const among = (value: unknown, values: readonly unknown[]) => values.some((candidate) => same(candidate, value));

/** Whether a statement follows one rule, as the xAPI Profiles validation algorithm reads it. */
export function followsRule(rule: TemplateRule, statement: unknown): boolean {
  const located = evaluateJsonPath(rule.location, statement);
  let matchable = located;
  let unmatchable = 0;
  if (rule.selector !== undefined) {
    const selector = rule.selector;
    matchable = [];
    for (const value of located) {
      const selected = evaluateJsonPath(selector, value);
      if (selected.length === 0) unmatchable += 1;
      matchable.push(...selected);
    }
  }
  if (rule.presence === 'included' && (matchable.length === 0 || unmatchable > 0)) return false;
  if (rule.presence === 'excluded') return matchable.length === 0;
  if (rule.presence === 'recommended' && matchable.length === 0) return true;
  if (rule.any && !matchable.some((value) => among(value, rule.any ?? []))) return false;
  if (rule.all && (unmatchable > 0 || !matchable.every((value) => among(value, rule.all ?? [])))) return false;
  if (rule.none && matchable.some((value) => among(value, rule.none ?? []))) return false;
  return true;
}

/** The locations of the template's rules a statement breaks; empty when it follows them all. */
export function brokenRules(template: StatementTemplate, statement: unknown): string[] {
  return (template.rules ?? []).filter((rule) => !followsRule(rule, statement)).map((rule) => rule.location);
}
