/**
 * `npm run package:scorm` as an LMS administrator meets it: two zips, SCORM 1.2 and 2004 4th
 * Edition, each with `imsmanifest.xml` at its root that the SCORM schemas accept (checked with
 * xmllint against the reference XSDs in `../shared/scorm-xsd/`, next to the repository), one SCO
 * launched from `index.html`, and every other file of the zip listed in the manifest.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { ensureXmllint } from '../ensure-xmllint.mjs';
import { root } from '../module-site.mjs';
import { manifestIdentifier, moduleActivity, zipName } from '../package-scorm.mjs';

const run = promisify(execFile);
const XSD = join(root, '..', 'shared', 'scorm-xsd');
const BASE = 'https://www.university.example/lp/';

/** One schema that imports every namespace a manifest uses, since the CP schemas' wildcards are strict. */
const wrapperSchema = (imports) => `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:import namespace="http://www.w3.org/XML/1998/namespace" schemaLocation="${join(XSD, 'xml.xsd')}"/>
${imports.map(([namespace, file]) => `  <xs:import namespace="${namespace}" schemaLocation="${join(XSD, file)}"/>`).join('\n')}
</xs:schema>
`;

const SCHEMAS = {
  1.2: [
    ['http://www.imsproject.org/xsd/imscp_rootv1p1p2', '1.2/imscp_rootv1p1p2.xsd'],
    ['http://www.adlnet.org/xsd/adlcp_rootv1p2', '1.2/adlcp_rootv1p2.xsd'],
  ],
  2004: [
    ['http://www.imsglobal.org/xsd/imscp_v1p1', '2004/imscp_v1p1.xsd'],
    ['http://www.adlnet.org/xsd/adlcp_v1p3', '2004/adlcp_v1p3.xsd'],
  ],
};

let scratch;
let xmllint;
const packages = {};

async function validate(version, xml) {
  const schema = join(scratch, `scorm${version}.xsd`);
  const file = join(scratch, `imsmanifest-${version}.xml`);
  await writeFile(schema, wrapperSchema(SCHEMAS[version]));
  await writeFile(file, xml);
  return run(xmllint, ['--noout', '--nonet', '--schema', schema, file]).then(
    ({ stderr }) => ({ valid: true, stderr }),
    (error) => ({ valid: false, stderr: error.stderr }),
  );
}

const text = (bytes) => new TextDecoder().decode(bytes);

describe('npm run package:scorm', { timeout: 120_000 }, () => {
  before(async () => {
    assert.ok(existsSync(XSD), `the reference schemas are at ${XSD}`);
    xmllint = ensureXmllint();
    scratch = await mkdtemp(join(tmpdir(), 'lp-scorm-'));
    await run(
      process.execPath,
      [
        'scripts/package-scorm.mjs',
        '--base-iri',
        BASE,
        '--out-dir',
        scratch,
        '--lang',
        'de',
        '--lrs-endpoint',
        'https://lrs.university.example/xapi/',
        '--lrs-token-url',
        '/lrs-token',
      ],
      { cwd: root },
    );
    for (const version of ['1.2', '2004']) {
      packages[version] = unzipSync(new Uint8Array(await readFile(join(scratch, zipName(version)))));
    }
  });

  after(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  for (const version of ['1.2', '2004']) {
    it(`writes a SCORM ${version} manifest the schemas accept`, async () => {
      const xml = text(packages[version]['imsmanifest.xml']);
      const { valid, stderr } = await validate(version, xml);
      assert.ok(valid, stderr);
      assert.match(stderr, /validates/);
      assert.match(
        xml,
        new RegExp(`<schemaversion>${version === '1.2' ? '1\\.2' : '2004 4th Edition'}</schemaversion>`),
      );
      assert.match(xml, new RegExp(`<manifest identifier="${manifestIdentifier(BASE)}"`));
    });

    it(`lists every file of the SCORM ${version} zip but the manifest in its one SCO`, () => {
      const xml = text(packages[version]['imsmanifest.xml']);
      const resources = [...xml.matchAll(/<resource [^>]*>/g)].map((match) => match[0]);
      assert.equal(resources.length, 1);
      assert.match(resources[0], version === '1.2' ? /adlcp:scormtype="sco"/ : /adlcp:scormType="sco"/);
      assert.match(resources[0], /href="index\.html"/);
      const listed = [...xml.matchAll(/<file href="([^"]+)"\/>/g)].map((match) => decodeURI(match[1])).sort();
      const zipped = Object.keys(packages[version]).sort();
      assert.deepEqual(
        listed,
        zipped.filter((path) => path !== 'imsmanifest.xml'),
      );
      for (const path of ['index.html', 'lp-elements/lp-elements.js', 'data/lp-data.json']) {
        assert.ok(zipped.includes(path), `${path} is in the package`);
      }
    });

    it(`configures the SCORM ${version} page's language, activity and LRS`, () => {
      const page = text(packages[version]['index.html']);
      assert.match(page, /<html lang="de">/);
      assert.match(
        page,
        new RegExp(
          `<lp-xapi-recorder activity="${moduleActivity(BASE)}" endpoint="https://lrs\\.university\\.example/xapi/" token-url="/lrs-token">`,
        ),
      );
      assert.match(text(packages[version]['imsmanifest.xml']), /<title>Ihr Weg als Learning Professional<\/title>/);
    });
  }

  it('a manifest the schemas refuse is reported as invalid', async () => {
    const xml = text(packages['1.2']['imsmanifest.xml']).replace('<organizations default', '<organisations default');
    const { valid } = await validate('1.2', xml.replace('</organizations>', '</organisations>'));
    assert.equal(valid, false);
  });

  it('stops without --base-iri, naming the option', async () => {
    await assert.rejects(
      run(process.execPath, ['scripts/package-scorm.mjs', '--out-dir', scratch], { cwd: root }),
      (error) => {
        assert.equal(error.code, 1);
        assert.match(error.stderr, /--base-iri is missing/);
        return true;
      },
    );
  });

  it('stops on an LRS endpoint that is not an http(s) address', async () => {
    await assert.rejects(
      run(
        process.execPath,
        [
          'scripts/package-scorm.mjs',
          '--base-iri',
          BASE,
          '--out-dir',
          scratch,
          '--lrs-endpoint',
          'javascript:alert(1)',
        ],
        { cwd: root },
      ),
      (error) => {
        assert.equal(error.code, 1);
        assert.match(error.stderr, /--lrs-endpoint "javascript:alert\(1\)" is not an http\(s\) address/);
        return true;
      },
    );
  });
});
