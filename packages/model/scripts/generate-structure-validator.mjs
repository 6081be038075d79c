#!/usr/bin/env node
/**
 * Compiles schema/data-document.schema.json with Ajv into a standalone validator module,
 * src/validate/structure.generated.ts, so that browsers get a small precompiled function instead
 * of Ajv itself (about 35 KB gzip). Run after every change to the schema:
 *
 *   npm run generate -w packages/model          writes the module
 *   node scripts/generate-structure-validator.mjs --check   exits 1 when the module is out of date
 */
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const schemaFile = join(packageDir, 'schema/data-document.schema.json');
const targetFile = join(packageDir, 'src/validate/structure.generated.ts');

/** Keywords that only document; dropped so the module does not carry the prose. */
const ANNOTATIONS = new Set(['title', 'description', '$comment', 'examples']);
/** The problem code for a value that does not match the `pattern` of each definition that has one. */
const PATTERN_CODES = {
  languageTag: 'invalid-language-tag',
  token: 'invalid-id',
  keyword: 'invalid-keyword',
  date: 'invalid-date',
  duration: 'invalid-duration',
  currency: 'invalid-currency',
  country: 'invalid-country',
  escoSkillUri: 'invalid-esco-uri',
};
/** Keywords whose value maps names to subschemas (the names themselves are data, never dropped). */
const SCHEMA_MAPS = new Set(['properties', '$defs', 'patternProperties']);

function withoutAnnotations(schema) {
  if (Array.isArray(schema) || schema === null || typeof schema !== 'object') return schema;
  const kept = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword) && typeof value === 'string') continue;
    kept[keyword] = SCHEMA_MAPS.has(keyword)
      ? Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, withoutAnnotations(sub)]))
      : withoutAnnotations(value);
  }
  return kept;
}

/** pattern → problem code. Patterns live in definitions only, and each definition with one has a code. */
function patternProblems(schema) {
  const found = {};
  for (const [name, definition] of Object.entries(schema.$defs)) {
    if (definition.pattern === undefined) continue;
    const code = PATTERN_CODES[name];
    if (code === undefined) throw new Error(`the definition ${name} has a pattern but no problem code`);
    found[definition.pattern] = code;
  }
  const patterns = JSON.stringify(schema).match(/"pattern":/g)?.length ?? 0;
  if (patterns !== Object.keys(found).length) throw new Error('every pattern must sit in a definition of its own');
  return found;
}

const DEFINITIONS = 'https://lp-elements.example/schema/definitions/';

/**
 * Compiles each definition as a schema of its own. Ajv's code for objects with many properties
 * looks names up in the schema object; with one schema per definition it embeds only that
 * definition instead of the whole document schema (about 0.5 KB gzip less). Validation is the same.
 */
function compileSplit(ajv, schema) {
  const pointTo = (value) =>
    Array.isArray(value)
      ? value.map(pointTo)
      : value !== null && typeof value === 'object'
        ? Object.fromEntries(
            Object.entries(value).map(([key, sub]) => [
              key,
              key === '$ref' && typeof sub === 'string' ? sub.replace('#/$defs/', DEFINITIONS) : pointTo(sub),
            ]),
          )
        : value;
  const { $defs, ...root } = schema;
  for (const [name, definition] of Object.entries($defs))
    ajv.addSchema({ $id: `${DEFINITIONS}${name}`, ...pointTo(definition) });
  return ajv.compile(pointTo(root));
}

/** Ajv warns that `unicode: false` is deprecated; it is chosen on purpose (see below), so that one warning is dropped. */
const logger = {
  log: console.log,
  warn: (message, ...rest) => {
    if (!String(message).startsWith('DEPRECATED: option unicode')) console.warn(message, ...rest);
  },
  error: console.error,
};

/**
 * Ajv's functions take their place in the data as an options object (`{ instancePath, parentData,
 * parentDataProperty, rootData }`) that each call builds and each function takes apart again. Only
 * `instancePath` is ever read (the schema has no `$data` references or dynamic anchors), so each
 * call passes it alone. A catalogue of 5,000 courses makes about 100,000 of these calls, in code
 * that runs once per page: building and reading the objects was a large part of checking it.
 */
function withPathArgument(code) {
  const rewritten = code
    .replace(
      /function (validate\d+)\(data, \{instancePath="", parentData, parentDataProperty, rootData=data\}=\{\}\)/g,
      'function $1(data, instancePath="")',
    )
    .replace(
      /\{instancePath(?::((?:(?!schemaPath)[^{}])*?))?,parentData(?::[^,{}]*)?,parentDataProperty(?::[^,{}]*)?,rootData\}/g,
      (_, path) => path ?? 'instancePath',
    );
  if (/parentData|rootData/.test(rewritten)) {
    throw new Error('Ajv reads more than instancePath of its options now: the validator cannot be rewritten');
  }
  return rewritten;
}

/**
 * The name Ajv gave the function of the `course` definition. Exported as `validateCourse`, it lets
 * the model check a catalogue's courses a slice at a time, with the errors one call of `validate`
 * lists for them.
 */
function courseFunction(code) {
  const found = /function (validate\d+)\(data, instancePath=""\)\{\/\*# sourceURL="([^"]+)" \*\//g;
  for (const [, name, id] of code.matchAll(found)) if (id === `${DEFINITIONS}course`) return name;
  throw new Error('Ajv made no function of its own for the course definition');
}

/** The keywords of `courses` that the model's course-by-course check (`structureErrors`) reproduces. */
const SLICED_COURSE_KEYWORDS = new Set(['description', 'type', 'maxItems', 'items']);

/**
 * What the model needs to check a catalogue's courses a slice at a time with the errors of one
 * call of `validate`: the most courses allowed, and the properties validated after `courses` (in
 * the schema's order, which is the order of `validate`'s errors). Any other keyword on `courses`
 * would be checked by `validate` alone, so the generator refuses it rather than let the two differ.
 */
function slicedCourseCheck(schema) {
  const courses = schema.properties.courses;
  const unknown = Object.keys(courses).filter((keyword) => !SLICED_COURSE_KEYWORDS.has(keyword));
  if (unknown.length > 0) {
    throw new Error(`courses: ${unknown.join(', ')} would not be checked course by course (see structure-errors.ts)`);
  }
  const properties = Object.keys(schema.properties);
  return { maxCourses: courses.maxItems, after: properties.slice(properties.indexOf('courses') + 1) };
}

export async function generateStructureValidator() {
  const schema = JSON.parse(await readFile(schemaFile, 'utf8'));
  const ajv = new Ajv({
    allErrors: true,
    strict: true,
    allowUnionTypes: true,
    // Formats (iri, uri) are checked after the structure, with problem codes of their own.
    validateFormats: false,
    // Messages are made from codes and params in the model, in any language.
    messages: false,
    // String limits count UTF-16 units: no runtime helper to import, and no full scan of a 10 MB string.
    unicode: false,
    // One function per definition instead of copies at every use: a smaller module.
    inlineRefs: false,
    logger,
    code: { source: true, esm: true, lines: false },
  });
  const code = withPathArgument(standaloneCode(ajv, compileSplit(ajv, withoutAnnotations(schema))));
  if (/\brequire\(|\bimport\b/.test(code)) throw new Error('the validator must not import Ajv runtime helpers');
  const header = [
    '/* eslint-disable */',
    '// @ts-nocheck',
    '/**',
    ' * Generated from schema/data-document.schema.json by scripts/generate-structure-validator.mjs:',
    ' * do not edit. `validate(data)` returns true or false and leaves Ajv error objects in `validate.errors`;',
    ' * `validateCourse(course, instancePath)` does the same for one item of `courses`, and `MAX_COURSES` is',
    ' * the most items `courses` may have, `PROPERTIES_AFTER_COURSES` the properties `validate` checks after it;',
    ' * `PATTERN_PROBLEMS` names the problem code for each `pattern` of the schema.',
    ' */',
  ].join('\n');
  const sliced = slicedCourseCheck(schema);
  const table = [
    `export const validateCourse = ${courseFunction(code)};`,
    `export const MAX_COURSES = ${JSON.stringify(sliced.maxCourses)};`,
    `export const PROPERTIES_AFTER_COURSES = ${JSON.stringify(sliced.after)};`,
    `export const PATTERN_PROBLEMS = ${JSON.stringify(patternProblems(schema))};`,
  ].join('\n');
  const options = { ...(await prettier.resolveConfig(targetFile)), filepath: targetFile };
  return prettier.format(`${header}\n${code.replace(/^"use strict";/, '')}\n${table}\n`, options);
}

const check = process.argv.includes('--check');
const generated = await generateStructureValidator();
if (check) {
  const current = await readFile(targetFile, 'utf8').catch(() => '');
  if (current !== generated) {
    console.error(`${targetFile} is out of date with the schema: run npm run generate -w packages/model`);
    process.exit(1);
  }
  console.log('The structure validator matches the schema.');
} else {
  await writeFile(targetFile, generated);
  console.log(`Wrote ${targetFile}`);
}
