#!/usr/bin/env node
/**
 * Writes docs/xapi-profile.md from the profile JSON-LD. Run with `npm run docs:xapi-profile`
 * (through tsx, which reads the TypeScript renderer).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { renderProfileDoc } from '../src/profile/profile-doc.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const source = 'packages/xapi/profile/lp-elements-profile.jsonld';
const profile = JSON.parse(await readFile(join(root, source), 'utf8'));
const target = join(root, 'docs/xapi-profile.md');
const options = { ...(await prettier.resolveConfig(target)), filepath: target };
await writeFile(target, await prettier.format(renderProfileDoc(profile, source), options));
console.log('docs/xapi-profile.md written');
