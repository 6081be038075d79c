#!/usr/bin/env node
/**
 * `npm run bench:model`: how fast @lp-elements/model is on large data, and how much of it a
 * browser downloads. Prints medians (Node, this machine) for validating a 5,000-course document,
 * recommending from 5,000 courses for 50 skills and team gaps for 200 people × 60 skills, then
 * the minified gzip size of parseDataDocument + gaps + recommendations + career progress.
 * The data is generated with a fixed seed, so every run measures the same work.
 */
import { build } from 'esbuild';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The model as a production build makes it (bundled by esbuild), so the numbers are those of shipped code. */
async function buildModel() {
  const result = await build({
    entryPoints: [join(root, 'packages/model/src/index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  const folder = await mkdtemp(join(tmpdir(), 'lp-bench-'));
  const file = join(folder, 'model.mjs');
  await writeFile(file, result.outputFiles[0].contents);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

const { careerProgress, parseDataDocument, personGaps, recommendCourses, teamGaps } = await buildModel();
const BASE = 'https://lp-elements.example/bench';
const now = new Date(2026, 10, 28, 12);

/** A small deterministic generator (a linear congruential one), so runs compare. */
function seeded(seed) {
  let state = seed;
  return (limit) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % limit;
  };
}

const random = seeded(20261128);
const SKILLS = Array.from({ length: 60 }, (_, index) => `${BASE}/skills/s${index}`);
const pad = (value) => String(value).padStart(2, '0');
const date = (year, month, day) => `${year}-${pad(month)}-${pad(day)}`;

function course(index) {
  const year = 2025 + random(5);
  const month = 1 + random(12);
  return {
    id: `${BASE}/courses/c${index}`,
    code: `C-${index}`,
    name: { en: `Course ${index}`, de: `Kurs ${index}` },
    description: { en: `What course ${index} is about.`, de: `Worum es in Kurs ${index} geht.` },
    provider: { id: `${BASE}/providers/p${index % 8}`, name: `Provider ${index % 8}`, country: 'DE' },
    url: `${BASE}/courses/c${index}`,
    languages: [['en'], ['de', 'en'], ['fr']][index % 3],
    mode: ['online', 'onsite', 'blended'][index % 3],
    ects: 1 + random(10),
    eqfLevel: 6 + random(3),
    workload: `PT${10 + random(200)}H`,
    instances: [
      { start: date(year, month, 1 + random(28)), end: date(year, month, 28) },
      { start: date(year + 1, month, 1 + random(28)) },
    ],
    price: { category: 'paid', amount: 100 + random(900), currency: 'EUR' },
    teaches: Array.from({ length: 3 }, (_, taught) => ({
      skill: SKILLS[(index + taught * 17) % 60],
      level: 1 + random(5),
    })),
    fields: ['energy'],
    audience: ['engineers'],
  };
}

const levels = (count) => Object.fromEntries(SKILLS.slice(0, count).map((skill) => [skill, 1 + random(5)]));

const document = {
  lang: 'en',
  frameworks: [
    {
      id: `${BASE}/frameworks/f`,
      name: 'Bench framework',
      scale: { levels: [1, 2, 3, 4, 5].map((value) => ({ value, name: `Level ${value}` })) },
      skills: SKILLS.map((id, index) => ({ id, name: { en: `Skill ${index}`, de: `Fähigkeit ${index}` } })),
    },
  ],
  profiles: [
    { id: 'role', kind: 'role', name: 'Role', levels: Object.fromEntries(SKILLS.map((skill) => [skill, 5])) },
    ...Array.from({ length: 200 }, (_, index) => ({
      id: `p${index}`,
      kind: 'person',
      name: `P${index}`,
      levels: levels(60),
    })),
  ],
  courses: Array.from({ length: 5000 }, (_, index) => course(index)),
  tracks: [
    {
      id: `${BASE}/tracks/t`,
      name: 'Track',
      steps: [
        { id: 'one', title: 'One', requires: 'role', next: ['two'] },
        { id: 'two', title: 'Two', requires: 'role' },
      ],
    },
  ],
};
const text = JSON.stringify(document);

const middle = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Runs an action again and again: the median wall time, the median CPU time of the process (the
 * steadier figure when other programs share the machine; it includes the garbage collector's
 * helper threads) and the first run's wall time.
 */
function median(runs, action) {
  const wall = [];
  const cpu = [];
  let result;
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    result = action();
    const used = process.cpuUsage(cpuStarted);
    wall.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  return { median: middle(wall), cpu: middle(cpu), first: wall[0], result };
}

function report(name, { median: ms, cpu, first }, budget) {
  const verdict = budget === undefined ? '' : `budget ${budget} ms, ${ms <= budget ? 'within' : 'OVER'}; `;
  const figures = `${ms.toFixed(1).padStart(6)} ms  cpu ${cpu.toFixed(1).padStart(6)} ms`;
  console.log(`${name.padEnd(60)} ${figures}  (${verdict}first run ${first.toFixed(1)} ms)`);
}

console.log(`Node ${process.version}, ${text.length.toLocaleString('en')} characters of JSON\n`);

const validated = median(15, () => parseDataDocument(document));
if (!validated.result.ok) throw new Error(`the bench document is invalid: ${validated.result.problems[0]?.message}`);
report('validate a 5,000-course document (parsed object)', validated, 150);
report(
  'validate a 5,000-course document (JSON text)',
  median(15, () => parseDataDocument(text)),
);

const person = { [SKILLS[0]]: 1, ...levels(10) };
const target = Object.fromEntries(SKILLS.slice(0, 50).map((skill) => [skill, 4]));
const gaps = personGaps(document, person, target);
const recommended = median(50, () => recommendCourses(document, gaps, { now }));
report(`recommendations over 5,000 courses for 50 skills (all ${recommended.result.length})`, recommended, 20);
report(
  'recommendations over 5,000 courses for 50 skills (top 20)',
  median(50, () => recommendCourses(document, gaps, { now, limit: 20 })),
  20,
);

const people = document.profiles.filter((profile) => profile.kind === 'person');
report(
  'team gaps, 200 people × 60 skills',
  median(50, () => teamGaps(document, people, document.profiles[0])),
  20,
);
report(
  'career progress, 2 steps over 5,000 courses',
  median(15, () => careerProgress(document, document.tracks[0], person, { now })),
);

const bundle = await build({
  stdin: {
    contents:
      "export { parseDataDocument, personGaps, teamGaps, recommendCourses, careerProgress } from './packages/model/src/index.ts';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  logLevel: 'silent',
});
const code = bundle.outputFiles[0].contents;
const gzip = gzipSync(code, { level: 9 }).length;
console.log(
  `\nparseDataDocument + gaps + recommendations + career progress: ${(code.length / 1024).toFixed(1)} KB minified, ${(gzip / 1024).toFixed(1)} KB gzip`,
);
