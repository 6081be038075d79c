#!/usr/bin/env node
/**
 * `npm run package:cmi5`: the LP training module as a cmi5 package for any cmi5-capable LMS
 * (Moodle, ILIAS, Canvas or Open edX with a cmi5 plugin): a zip with `cmi5.xml` (the course
 * structure with one assignable unit), the module page, the CDN bundle and the data document.
 * Everything is referenced relatively, so the unit runs from wherever the LMS unpacks it.
 * Needs `npm run build` first.
 *
 *   node scripts/package-cmi5.mjs --base-iri https://www.university.example/lp/
 *     [--out dist/cmi5/lp-module.zip] [--data path/to/data.json]
 *
 * The course and unit ids are the university's own: an LMS keys every learner's record on them, so
 * they come from `--base-iri` (an address the university controls) and are never shared.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { zipSync } from 'fflate';
import { moduleFiles, root } from './module-site.mjs';

/** What the messages show as a base IRI: a university's address with a path of its own. */
export const BASE_IRI_EXAMPLE = 'https://www.university.example/lp/';

const USAGE = `give the address under which your university names this course, e.g. --base-iri ${BASE_IRI_EXAMPLE} (an LMS keeps every learner's record under the ids made from it: choose it once and keep it)`;

/** Host names reserved for examples and tests (RFC 2606, RFC 6761): anyone may use them, so ids under them are shared. */
const RESERVED_HOST = /(^|\.)(example|test|invalid|localhost|example\.(com|net|org))$/;

/** A base IRI that cannot be used, with the reason in words that name the option. */
export class BaseIriError extends Error {}

/**
 * Checks `--base-iri` and returns it. It is taken exactly as written: an absolute http(s) address
 * ending in `/`, with no query, fragment or user name, and written as a URL parser reads it back, so
 * the ids in `cmi5.xml` are the text the university chose and never a silently corrected variant.
 */
export function checkBaseIri(value) {
  if (value === undefined || value === '' || value.startsWith('--'))
    throw new BaseIriError(`--base-iri is missing: ${USAGE}.`);
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new BaseIriError(`--base-iri "${value}" is not an absolute address: ${USAGE}.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new BaseIriError(`--base-iri "${value}" is not an http(s) address: ${USAGE}.`);
  }
  if (url.username || url.password || url.search || url.hash || value.includes('?') || value.includes('#')) {
    throw new BaseIriError(`--base-iri "${value}" has a user name, query or fragment; ids need none: ${USAGE}.`);
  }
  if (url.href !== value) {
    throw new BaseIriError(
      `--base-iri "${value}" is read as "${url.href}"; write it that way, so the ids are exactly what you wrote: ${USAGE}.`,
    );
  }
  if (!value.endsWith('/')) {
    throw new BaseIriError(
      `--base-iri "${value}" must end with "/" (the ids are made by appending to it), e.g. --base-iri ${value}/.`,
    );
  }
  return value;
}

/** Whether the base IRI is under a host anyone may use, so its ids would be shared with others. */
export const isReservedBase = (baseIri) => RESERVED_HOST.test(new URL(baseIri).hostname);

/** The ids of the course and its one unit under a university's base IRI (checked with `checkBaseIri`). */
export function cmi5Ids(baseIri) {
  const courseId = `${baseIri}lp-journey`;
  return { courseId, unitId: `${courseId}/unit` };
}

const escapeXml = (text) => text.replace(/[<>&"']/g, (character) => `&#${character.codePointAt(0)};`);

/** The cmi5 course structure: one course, one assignable unit, completion as the move-on rule. */
export function courseStructure({ courseId, unitId, title, description }) {
  const langstrings = (texts) =>
    Object.entries(texts)
      .map(([lang, text]) => `      <langstring lang="${lang}">${escapeXml(text)}</langstring>`)
      .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${escapeXml(courseId)}">
    <title>
${langstrings(title)}
    </title>
    <description>
${langstrings(description)}
    </description>
  </course>
  <au id="${escapeXml(unitId)}" moveOn="Completed" launchMethod="AnyWindow">
    <title>
${langstrings(title)}
    </title>
    <description>
${langstrings(description)}
    </description>
    <url>index.html</url>
  </au>
</courseStructure>
`;
}

/** Every file of the package: zip path → bytes. `baseIri` is required (see `checkBaseIri`). */
export async function packageFiles({ baseIri, ...options }) {
  const ids = cmi5Ids(checkBaseIri(baseIri));
  const files = await moduleFiles(options);
  files['cmi5.xml'] = Buffer.from(
    courseStructure({
      ...ids,
      title: { en: 'Your path as a Learning Professional', de: 'Ihr Weg als Learning Professional' },
      description: {
        en: 'Choose your next career step, see the skills it needs, assess yourself and find the courses that close your gaps.',
        de: 'Wählen Sie Ihren nächsten Karriereschritt, sehen Sie die nötigen Kompetenzen, schätzen Sie sich ein und finden Sie die Kurse, die Ihre Lücken schließen.',
      },
    }),
  );
  return files;
}

/** The command line's `--name value` or `--name=value`, else `fallback`. */
export function commandLineOption(name, fallback) {
  const joined = process.argv.find((argument) => argument.startsWith(`${name}=`));
  if (joined) return joined.slice(name.length + 1);
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : fallback;
}

/**
 * The checked `--base-iri` of a packaging script's command line (`script`: its npm name, for the
 * messages); a domain reserved for examples only warns, so a trial package can still be built.
 */
export function baseIriOption(script) {
  if (commandLineOption('--base-iri', undefined) === undefined && process.env.npm_config_base_iri) {
    throw new BaseIriError(
      `npm took --base-iri for itself: put "--" before the script's options, e.g. npm run ${script} -- --base-iri ${BASE_IRI_EXAMPLE}`,
    );
  }
  const baseIri = checkBaseIri(commandLineOption('--base-iri', undefined));
  if (isReservedBase(baseIri)) {
    console.warn(
      `${script}: ${new URL(baseIri).hostname} is reserved for examples, so anyone may use the same ids; fine for a trial, but use your university's own address for a course learners take.`,
    );
  }
  return baseIri;
}

async function main() {
  const option = commandLineOption;
  const baseIri = baseIriOption('package:cmi5');
  const out = resolve(option('--out', join(root, 'dist/cmi5/lp-module.zip')));
  const dataFile = option('--data', undefined);
  const files = await packageFiles({ baseIri, ...(dataFile ? { dataFile: resolve(dataFile) } : {}) });
  const zip = zipSync(Object.fromEntries(Object.entries(files).map(([path, bytes]) => [path, new Uint8Array(bytes)])), {
    level: 9,
  });
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, zip);
  const { courseId, unitId } = cmi5Ids(baseIri);
  console.log(
    `cmi5 package: ${relative(process.cwd(), out)} (${Object.keys(files).length} files, ${(zip.length / 1024).toFixed(1)} KB)\n  course ${courseId}\n  unit   ${unitId}`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(`package:cmi5: ${error.message}`);
    process.exit(1);
  });
}
