#!/usr/bin/env node
/**
 * `npm run package:scorm`: the LP training module as SCORM packages for every LMS that plays SCORM
 * (Moodle, Canvas, Blackboard, Brightspace, Open edX's SCORM XBlock, ILIAS): one zip for SCORM 1.2
 * and one for SCORM 2004 4th Edition, each one SCO whose `imsmanifest.xml` at the zip root lists
 * every other file. The files are the module folder of `npm run package:cmi5` (page, CDN bundle, data).
 * Needs `npm run build` first.
 *
 *   node scripts/package-scorm.mjs --base-iri https://www.university.example/lp/
 *     [--out-dir dist/scorm] [--data path/to/data.json] [--lang de]
 *     [--lrs-endpoint https://lrs.university.example/xapi/ --lrs-token-url /lrs-token]
 *
 * `--base-iri` names the module's activity for statements (`<base-iri>lp-journey`, as in the cmi5
 * package) and, through a digest, the manifest's identifier, which an LMS keys a package's
 * records on. With `--lrs-endpoint` the page's recorder also sends statements to the university's
 * LRS, with a token from `--lrs-token-url`.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { zipSync } from 'fflate';
import { moduleFiles, root } from './module-site.mjs';
import { baseIriOption, checkBaseIri, cmi5Ids, commandLineOption } from './package-cmi5.mjs';

/** The two editions written, with their zip names. */
export const SCORM_VERSIONS = ['1.2', '2004'];
export const zipName = (version) => `lp-module-scorm${version.replace('.', '')}.zip`;

const TITLES = {
  en: 'Your path as a Learning Professional',
  de: 'Ihr Weg als Learning Professional',
};

/** An option that cannot be used, in words that name it. */
export class PackageOptionError extends Error {}

const escapeXml = (text) => text.replace(/[<>&"']/g, (character) => `&#${character.codePointAt(0)};`);

/**
 * The manifest identifier for a base IRI: an `xs:ID` cannot hold an IRI, so a short digest of it,
 * the same for every upload under the same base (so an LMS keeps its records across versions).
 */
export const manifestIdentifier = (baseIri) =>
  `lp-journey-${createHash('sha256').update(baseIri).digest('hex').slice(0, 16)}`;

/** The module's activity IRI under a base IRI: the same learning activity as the cmi5 course. */
export const moduleActivity = (baseIri) => cmi5Ids(baseIri).courseId;

const NAMESPACES = {
  1.2: {
    cp: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
    adlcp: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
    schemaversion: '1.2',
    scormType: 'adlcp:scormtype',
  },
  2004: {
    cp: 'http://www.imsglobal.org/xsd/imscp_v1p1',
    adlcp: 'http://www.adlnet.org/xsd/adlcp_v1p3',
    schemaversion: '2004 4th Edition',
    scormType: 'adlcp:scormType',
  },
};

/** `imsmanifest.xml` for one SCO whose launch page is `index.html`, listing `files`. */
export function manifest({ version, identifier, title, files }) {
  const names = NAMESPACES[version];
  if (!names) throw new PackageOptionError(`SCORM version "${version}" is not one of ${SCORM_VERSIONS.join(', ')}`);
  const fileList = [...files]
    .sort()
    .map((path) => `      <file href="${escapeXml(encodeURI(path))}"/>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${identifier}" version="1"
    xmlns="${names.cp}"
    xmlns:adlcp="${names.adlcp}">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>${names.schemaversion}</schemaversion>
  </metadata>
  <organizations default="lp-organization">
    <organization identifier="lp-organization">
      <title>${escapeXml(title)}</title>
      <item identifier="lp-item" identifierref="lp-sco">
        <title>${escapeXml(title)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="lp-sco" type="webcontent" ${names.scormType}="sco" href="index.html">
${fileList}
    </resource>
  </resources>
</manifest>
`;
}

function checkHttpUrl(name, value, { relativeAllowed = false } = {}) {
  try {
    const url = relativeAllowed ? new URL(value, 'https://relative.invalid/') : new URL(value);
    if (url.protocol === 'https:' || url.protocol === 'http:') return value;
  } catch {
    // reported below
  }
  throw new PackageOptionError(
    `${name} "${value}" is not an http(s) address${relativeAllowed ? ' or a path on the module’s origin' : ''}`,
  );
}

/** The module page with the package's language and, when given, the university's LRS. */
export function scoPage(html, { lang, activity, lrsEndpoint, lrsTokenUrl }) {
  const attributes = [`activity="${escapeXml(activity)}"`];
  if (lrsEndpoint) attributes.push(`endpoint="${escapeXml(lrsEndpoint)}"`);
  if (lrsTokenUrl) attributes.push(`token-url="${escapeXml(lrsTokenUrl)}"`);
  const page = html
    .replace(/<html lang="[^"]*"/, `<html lang="${escapeXml(lang)}"`)
    .replace('<lp-xapi-recorder>', `<lp-xapi-recorder ${attributes.join(' ')}>`);
  if (!page.includes('<lp-xapi-recorder activity=')) {
    throw new Error('module/index.html has no <lp-xapi-recorder> to configure');
  }
  return page;
}

/**
 * Every file of one package: zip path → bytes. `baseIri` is required (see `checkBaseIri`);
 * `lang` is the page's language (`en` by default).
 */
export async function scormPackageFiles({ version, baseIri, lang = 'en', lrsEndpoint, lrsTokenUrl, ...options }) {
  checkBaseIri(baseIri);
  if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang)) {
    throw new PackageOptionError(`--lang "${lang}" is not a language tag such as en or de`);
  }
  if (lrsEndpoint) checkHttpUrl('--lrs-endpoint', lrsEndpoint);
  if (lrsTokenUrl) checkHttpUrl('--lrs-token-url', lrsTokenUrl, { relativeAllowed: true });
  if (lrsTokenUrl && !lrsEndpoint) throw new PackageOptionError('--lrs-token-url needs --lrs-endpoint');
  const files = await moduleFiles(options);
  files['index.html'] = Buffer.from(
    scoPage(files['index.html'].toString('utf8'), {
      lang,
      activity: moduleActivity(baseIri),
      lrsEndpoint,
      lrsTokenUrl,
    }),
  );
  files['imsmanifest.xml'] = Buffer.from(
    manifest({
      version,
      identifier: manifestIdentifier(baseIri),
      title: TITLES[lang.slice(0, 2)] ?? TITLES.en,
      files: Object.keys(files),
    }),
  );
  return files;
}

const zip = (files) =>
  zipSync(Object.fromEntries(Object.entries(files).map(([path, bytes]) => [path, new Uint8Array(bytes)])), {
    level: 9,
  });

async function main() {
  const option = commandLineOption;
  const baseIri = baseIriOption('package:scorm');
  const outDir = resolve(option('--out-dir', join(root, 'dist/scorm')));
  const dataFile = option('--data', undefined);
  const common = {
    baseIri,
    lang: option('--lang', 'en'),
    lrsEndpoint: option('--lrs-endpoint', undefined),
    lrsTokenUrl: option('--lrs-token-url', undefined),
    ...(dataFile ? { dataFile: resolve(dataFile) } : {}),
  };
  await mkdir(outDir, { recursive: true });
  for (const version of SCORM_VERSIONS) {
    const files = await scormPackageFiles({ version, ...common });
    const bytes = zip(files);
    const out = join(outDir, zipName(version));
    await writeFile(out, bytes);
    console.log(
      `SCORM ${version} package: ${relative(process.cwd(), out)} (${Object.keys(files).length} files, ${(bytes.length / 1024).toFixed(1)} KB)`,
    );
  }
  console.log(`  activity ${moduleActivity(baseIri)}\n  manifest ${manifestIdentifier(baseIri)}`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(`package:scorm: ${error.message}`);
    process.exit(1);
  });
}
