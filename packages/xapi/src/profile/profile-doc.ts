import type { Concept, LanguageMapText, Pattern, Profile, StatementTemplate, TemplateRule } from './profile-types.js';

const en = (text: LanguageMapText | undefined) => text?.en ?? Object.values(text ?? {})[0] ?? '';
const code = (value: string) => `\`${value}\``;
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

const CONCEPT_SECTIONS: readonly (readonly [string, readonly string[]])[] = [
  ['Verbs', ['Verb']],
  ['Activity types', ['ActivityType']],
  ['Extensions', ['ContextExtension', 'ResultExtension', 'ActivityExtension']],
];

/** Why the IRIs never change, where they resolve, and how to read statements from before the move. */
const PERMANENCE = [
  '## Permanent identifiers',
  '',
  'Every IRI this profile defines lives under `https://w3id.org/xapi/lp-elements`, a [w3id.org](https://w3id.org/)',
  'permanent identifier: w3id.org only redirects, so the IRIs keep resolving wherever the profile is hosted. The',
  'redirect rules and the README the w3id registration needs are in [`docs/w3id/`](w3id/README.md).',
  '',
  '**These IRIs are permanent and must never change.** Statements recorded today are analysed for years, and LRS',
  'queries, dashboards and learning-analytics pipelines match on these exact strings. Never rename, re-purpose or',
  'remove one, and never reuse one for another meaning: a better label or definition goes into a new profile version',
  '(with `wasRevisionOf`), a new meaning gets a new IRI. A test (`profile.node.test.ts`) lists every one of them and',
  'fails when one changes.',
  '',
  'Asked for `application/ld+json` (or `application/json`), the profile id, the version id and every concept, template',
  'and pattern IRI redirect to this JSON-LD document (the version id to the exact document of that version); a browser',
  'is sent to this page.',
  '',
  'Development builds before the first release used the reserved stand-in domain `https://lp-elements.example/xapi/…`,',
  'which never resolved. Statements recorded with them map one to one: `…/xapi/profile` is the profile id above,',
  '`…/xapi/profile/v1` the version id, and every other `https://lp-elements.example/xapi/` prefix becomes',
  '`https://w3id.org/xapi/lp-elements/`.',
  '',
];

function requirement(rule: TemplateRule): string {
  const parts: string[] = [];
  if (rule.presence) parts.push(rule.presence);
  if (rule.any) parts.push(`any of ${rule.any.map((v) => code(JSON.stringify(v))).join(', ')}`);
  if (rule.all) parts.push(`only ${rule.all.map((v) => code(JSON.stringify(v))).join(', ')}`);
  if (rule.none) parts.push(`none of ${rule.none.map((v) => code(JSON.stringify(v))).join(', ')}`);
  return parts.join('; ');
}

function templateSection(template: StatementTemplate): string[] {
  const lines = [`### ${en(template.prefLabel)}`, '', en(template.definition), '', `- Template: ${code(template.id)}`];
  if (template.verb) lines.push(`- Verb: ${code(template.verb)}`);
  if (template.objectActivityType) lines.push(`- Object activity type: ${code(template.objectActivityType)}`);
  for (const [key, label] of [
    ['contextParentActivityType', 'Parent activity type'],
    ['contextGroupingActivityType', 'Grouping activity type'],
    ['contextOtherActivityType', 'Other activity type'],
    ['contextCategoryActivityType', 'Category activity type'],
  ] as const) {
    const types = template[key];
    if (types) lines.push(`- ${label}: ${types.map(code).join(', ')}`);
  }
  if (template.rules?.length) {
    lines.push('', '| Location | Requirement | Note |', '| --- | --- | --- |');
    for (const rule of template.rules) {
      lines.push(`| ${code(cell(rule.location))} | ${cell(requirement(rule))} | ${cell(en(rule.scopeNote))} |`);
    }
  }
  lines.push('');
  return lines;
}

function patternLine(pattern: Pattern, names: ReadonlyMap<string, string>): string {
  const name = (id: string) => names.get(id) ?? code(id);
  const [kind, members] =
    pattern.alternates !== undefined
      ? ['one of', pattern.alternates]
      : pattern.sequence !== undefined
        ? ['in order', pattern.sequence]
        : pattern.oneOrMore !== undefined
          ? ['one or more times', [pattern.oneOrMore]]
          : pattern.zeroOrMore !== undefined
            ? ['any number of times', [pattern.zeroOrMore]]
            : ['optionally', [pattern.optional ?? '']];
  const label = en(pattern.prefLabel) || pattern.id;
  return `- **${label}**${pattern.primary ? ' (primary)' : ''} — ${code(pattern.id)}: ${kind}: ${members.map(name).join(', ')}. ${en(pattern.definition)}`.trimEnd();
}

/** Reused IRIs: what the templates name that the profile does not define itself. */
function reusedIris(profile: Profile): string[] {
  const own = new Set((profile.concepts ?? []).map((concept) => concept.id));
  const named = new Set<string>();
  for (const template of profile.templates ?? []) {
    if (template.verb) named.add(template.verb);
    if (template.objectActivityType) named.add(template.objectActivityType);
    for (const rule of template.rules ?? [])
      for (const [, iri] of rule.location.matchAll(/\['([^']+)'\]/g)) named.add(iri ?? '');
  }
  return [...named].filter((iri) => iri && !own.has(iri)).sort();
}

/**
 * The profile as a readable Markdown page (docs/xapi-profile.md): metadata, the IRIs it reuses,
 * the concepts it defines, each statement template with its rules, and the patterns.
 */
export function renderProfileDoc(profile: Profile, source: string): string {
  const [version] = profile.versions;
  const names = new Map<string, string>(
    [...(profile.templates ?? []), ...(profile.patterns ?? [])].map((item) => [item.id, en(item.prefLabel) || item.id]),
  );
  const lines = [
    '# The LP Elements xAPI Profile',
    '',
    `<!-- Generated from ${source} by \`npm run docs:xapi-profile\`; a test fails when this page is out of date. -->`,
    '',
    en(profile.definition),
    '',
    '| | |',
    '| --- | --- |',
    `| Profile | ${code(profile.id)} |`,
    `| Version (in every statement's \`context.contextActivities.category\`) | ${code(version?.id ?? '')}, ${version?.generatedAtTime ?? ''} |`,
    `| Conforms to | ${code(profile.conformsTo)} |`,
    '| Shipped as | `@lp-elements/xapi/profile.jsonld` |',
    '',
    ...PERMANENCE,
    '## Reused IRIs',
    '',
    'Defined elsewhere (ADL, TinCan registry, acrossx, cmi5) and used here as their authors define them:',
    '',
    ...reusedIris(profile).map((iri) => `- ${code(iri)}`),
    '',
    '## Concepts defined here',
    '',
  ];
  for (const [title, types] of CONCEPT_SECTIONS) {
    const concepts = (profile.concepts ?? []).filter((concept: Concept) => types.includes(concept.type));
    if (concepts.length === 0) continue;
    lines.push(`### ${title}`, '', '| IRI | Type | Name | Definition |', '| --- | --- | --- | --- |');
    for (const concept of concepts) {
      lines.push(
        `| ${code(concept.id)} | ${concept.type} | ${cell(en(concept.prefLabel))} | ${cell(en(concept.definition))} |`,
      );
    }
    lines.push('');
  }
  lines.push('## Statement templates', '');
  for (const template of profile.templates ?? []) lines.push(...templateSection(template));
  lines.push('## Patterns', '');
  for (const pattern of profile.patterns ?? []) lines.push(patternLine(pattern, names));
  lines.push('');
  return lines.join('\n');
}
