/**
 * The w3id.org redirect rules in docs/w3id/ send every IRI the profile defines where it should go:
 * JSON-LD to the published profile document (a version to its exact release), anything else to the
 * documentation page, at a section that exists; unknown paths go nowhere.
 *
 * w3id.org runs these rules in Apache, which is not available here. They run instead in a small
 * evaluator of the mod_rewrite subset they use (`RewriteCond` on the Accept header, `RewriteRule`
 * with `R=303`, `L` and `NE`); it refuses every other directive, condition or flag, so rules it does
 * not understand fail the test instead of passing it. It also checks w3id.org's own rules for these
 * files: `RewriteEngine on`, no `Options`, no space in a flag list, https targets, no 301.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { shippedProfile } from '../testing/node-support.js';
import { PROFILE_ID } from '../vocabulary/profile-iri.js';

interface Rule {
  readonly line: number;
  readonly pattern: RegExp;
  readonly target: string;
  readonly accept: readonly RegExp[];
}

const docs = new URL('../../../../docs/', import.meta.url);
const htaccess = readFileSync(new URL('w3id/xapi/lp-elements/.htaccess', docs), 'utf8');
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  name: string;
  exports: Record<string, string>;
};

/** Reads the rules, refusing anything this evaluator would not run the way Apache does. */
function parseRules(text: string): Rule[] {
  const rules: Rule[] = [];
  let accept: RegExp[] = [];
  let engineOn = false;
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    const where = `.htaccess line ${index + 1}`;
    if (line === '' || line.startsWith('#')) return;
    const [directive, ...args] = line.split(/\s+/);
    if (directive === 'RewriteEngine') {
      assert.deepEqual(args, ['on'], where);
      engineOn = true;
    } else if (directive === 'RewriteCond') {
      assert.equal(args.length, 2, `${where}: a condition on one header, without flags`);
      assert.equal(args[0], '%{HTTP_ACCEPT}', `${where}: only the Accept header is negotiated`);
      accept.push(new RegExp(args[1] ?? ''));
    } else if (directive === 'RewriteRule') {
      assert.ok(engineOn, `${where}: RewriteEngine on comes first`);
      assert.equal(args.length, 3, `${where}: pattern, target and one flag list with no spaces in it`);
      const [pattern = '', target = '', flags = ''] = args;
      assert.match(flags, /^\[R=303(,NE)?,L\]$/, `${where}: a 303 redirect that ends the rules`);
      assert.ok(!pattern.startsWith('^/'), `${where}: patterns are relative to the directory`);
      assert.match(target, /^https:\/\/[a-z0-9.-]+\//, `${where}: an https target`);
      rules.push({ line: index + 1, pattern: new RegExp(pattern), target, accept });
      accept = [];
    } else {
      assert.fail(`${where}: ${directive} is not a directive these rules need`);
    }
  });
  assert.deepEqual(accept, [], 'a condition without its rule');
  return rules;
}

/** Where a request for `path` (relative to /xapi/lp-elements/) with this Accept header is sent. */
function resolve(rules: readonly Rule[], path: string, acceptHeader: string): string | undefined {
  for (const rule of rules) {
    const match = rule.pattern.exec(path);
    if (!match || !rule.accept.every((condition) => condition.test(acceptHeader))) continue;
    return rule.target.replace(/\$(\d)/g, (_, n: string) => match[Number(n)] ?? '');
  }
  return undefined;
}

/** The heading ids a Markdown page gets when rendered (GitHub Pages, GitHub). */
function headingIds(markdown: string): Set<string> {
  return new Set(
    [...markdown.matchAll(/^#+ (.+)$/gm)].map(([, title = '']) =>
      title
        .toLowerCase()
        .replace(/[^\p{L}\p{N} -]/gu, '')
        .replace(/ /g, '-'),
    ),
  );
}

const rules = parseRules(htaccess);
const profile = shippedProfile();
const documentPath = (pkg.exports['./profile.jsonld'] ?? '').replace(/^\.\//, '');
const newestDocument = `https://cdn.jsdelivr.net/npm/${pkg.name}/${documentPath}`;
const docsPage = 'https://lp-elements.github.io/lp-elements/xapi-profile.html';
const relative = (iri: string) => iri.slice(PROFILE_ID.length).replace(/^\//, '');

const JSON_CLIENTS = ['application/ld+json', 'application/json', 'application/ld+json, application/json;q=0.9'];
const BROWSERS = ['text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8', '*/*', ''];

describe('the w3id.org redirects of the profile IRIs', () => {
  it('send the profile id to the newest profile document, or to the documentation', () => {
    assert.equal(documentPath, 'profile/lp-elements-profile.jsonld');
    for (const accept of JSON_CLIENTS) assert.equal(resolve(rules, '', accept), newestDocument, accept);
    for (const accept of BROWSERS) assert.equal(resolve(rules, '', accept), docsPage, accept);
  });

  it('send each version to its exact release, never to a moving one', () => {
    for (const version of profile.versions) {
      const target = resolve(rules, relative(version.id), 'application/ld+json') ?? '';
      assert.match(
        target,
        new RegExp(`^https://cdn\\.jsdelivr\\.net/npm/${pkg.name}@\\d+\\.\\d+\\.\\d+/${documentPath}$`),
        version.id,
      );
      for (const accept of BROWSERS) assert.equal(resolve(rules, relative(version.id), accept), docsPage);
    }
  });

  it('send every concept, template and pattern to the profile document, or to its section of the documentation', () => {
    const sections = headingIds(readFileSync(new URL('xapi-profile.md', docs), 'utf8'));
    const terms = [...(profile.concepts ?? []), ...(profile.templates ?? []), ...(profile.patterns ?? [])];
    assert.ok(terms.length > 20);
    for (const { id } of terms) {
      assert.ok(id.startsWith(`${PROFILE_ID}/`), id);
      for (const accept of JSON_CLIENTS) assert.equal(resolve(rules, relative(id), accept), newestDocument, id);
      for (const accept of BROWSERS) {
        const target = resolve(rules, relative(id), accept) ?? '';
        const [page, section = ''] = target.split('#');
        assert.equal(page, docsPage, id);
        assert.ok(sections.has(section), `${id} → #${section}, a section of docs/xapi-profile.md`);
      }
    }
  });

  it('send nothing else anywhere', () => {
    for (const path of [
      'verbs',
      'verbs/',
      'verbs/Self-Assessed',
      'nouns/skill',
      'v1/',
      'v1/verbs/self-assessed',
      'v9',
    ]) {
      for (const accept of [...JSON_CLIENTS, ...BROWSERS]) assert.equal(resolve(rules, path, accept), undefined, path);
    }
  });
});
