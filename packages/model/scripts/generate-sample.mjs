#!/usr/bin/env node
/**
 * Writes sample/lp-sample.json, the fictional Learning Professional sample data: a competence
 * framework, role, person, team and programme profiles, a career track and 64 courses from eight
 * invented technical universities. The output is the same on every run.
 *
 *   node scripts/generate-sample.mjs           writes the file
 *   node scripts/generate-sample.mjs --check   exits 1 when the file is out of date
 */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { courses } from './sample/courses.mjs';
import { framework } from './sample/framework.mjs';
import { persons, programme, roles, team, track } from './sample/people.mjs';

const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'sample', 'lp-sample.json');

const document = {
  $schema: '../schema/data-document.schema.json',
  $comment:
    'Fictional sample data. The universities, courses, people, prices and dates are invented; any likeness to real institutions or persons is coincidental. No ESCO URIs are given, since none were verified.',
  lang: 'en',
  title: {
    en: 'Learning Professional sample data (fictional)',
    de: 'Beispieldaten Learning Professional (fiktiv)',
  },
  description: {
    en: 'A competence framework, profiles, a career track and a course catalogue of eight fictional technical universities, for trying LP Elements out. Everything in it is invented.',
    de: 'Ein Kompetenzrahmen, Profile, ein Karrierepfad und ein Kurskatalog von acht fiktiven technischen Hochschulen, zum Ausprobieren von LP Elements. Alles darin ist erfunden.',
  },
  frameworks: [framework],
  profiles: [...roles, ...persons, team, programme],
  courses,
  tracks: [track],
};

const options = { ...(await prettier.resolveConfig(target)), filepath: target };
const json = await prettier.format(JSON.stringify(document), options);
if (process.argv.includes('--check')) {
  const current = await readFile(target, 'utf8').catch(() => '');
  if (current !== json) {
    console.error(`${target} is out of date: run node packages/model/scripts/generate-sample.mjs`);
    process.exit(1);
  }
  console.log('The sample data is up to date.');
} else {
  await writeFile(target, json);
  console.log(`Wrote ${target} (${courses.length} courses)`);
}
