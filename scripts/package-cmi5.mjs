#!/usr/bin/env node
/**
 * `npm run package:cmi5`: the LP training module as a cmi5 package for any cmi5-capable LMS
 * (Moodle, ILIAS, Canvas or Open edX with a cmi5 plugin): a zip with `cmi5.xml` (the course
 * structure with one assignable unit), the module page, the CDN bundle and the data document.
 * Everything is referenced relatively, so the unit runs from wherever the LMS unpacks it.
 * Needs `npm run build` first.
 *
 *   node scripts/package-cmi5.mjs [--out dist/cmi5/lp-module.zip] [--data path/to/data.json]
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { zipSync } from 'fflate';
import { moduleFiles, root } from './module-site.mjs';

/** Identifiers of the course and its unit; an LMS keys its records on them, so they never change. */
export const COURSE_ID = 'https://lp-elements.example/cmi5/courses/lp-journey';
export const UNIT_ID = 'https://lp-elements.example/cmi5/au/lp-journey';

const escapeXml = (text) => text.replace(/[<>&"']/g, (character) => `&#${character.codePointAt(0)};`);

/** The cmi5 course structure: one course, one assignable unit, completion as the move-on rule. */
export function courseStructure({ title, description }) {
  const langstrings = (texts) =>
    Object.entries(texts)
      .map(([lang, text]) => `      <langstring lang="${lang}">${escapeXml(text)}</langstring>`)
      .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${COURSE_ID}">
    <title>
${langstrings(title)}
    </title>
    <description>
${langstrings(description)}
    </description>
  </course>
  <au id="${UNIT_ID}" moveOn="Completed" launchMethod="AnyWindow">
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

/** Every file of the package: zip path → bytes. */
export async function packageFiles(options = {}) {
  const files = await moduleFiles(options);
  files['cmi5.xml'] = Buffer.from(
    courseStructure({
      title: { en: 'Your path as a Learning Professional', de: 'Ihr Weg als Learning Professional' },
      description: {
        en: 'Choose your next career step, see the skills it needs, assess yourself and find the courses that close your gaps.',
        de: 'Wählen Sie Ihren nächsten Karriereschritt, sehen Sie die nötigen Kompetenzen, schätzen Sie sich ein und finden Sie die Kurse, die Ihre Lücken schließen.',
      },
    }),
  );
  return files;
}

async function main() {
  const option = (name, fallback) => {
    const index = process.argv.indexOf(name);
    return index > 0 ? process.argv[index + 1] : fallback;
  };
  const out = resolve(option('--out', join(root, 'dist/cmi5/lp-module.zip')));
  const dataFile = option('--data', undefined);
  const files = await packageFiles(dataFile ? { dataFile: resolve(dataFile) } : {});
  const zip = zipSync(Object.fromEntries(Object.entries(files).map(([path, bytes]) => [path, new Uint8Array(bytes)])), {
    level: 9,
  });
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, zip);
  console.log(
    `cmi5 package: ${relative(process.cwd(), out)} (${Object.keys(files).length} files, ${(zip.length / 1024).toFixed(1)} KB)`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(`package:cmi5: ${error.message}`);
    process.exit(1);
  });
}
