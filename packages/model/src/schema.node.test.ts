import Ajv from 'ajv';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));

describe('the shipped JSON Schema', () => {
  // Formats (iri, uri) need a format plugin in other tools; the structure alone is checked here.
  const ajv = new Ajv({ strict: true, allowUnionTypes: true, validateFormats: false });
  const validate = ajv.compile(read('../schema/data-document.schema.json') as object);

  it('compiles in a strict validator other than the model', () => {
    assert.equal(typeof validate, 'function');
  });

  it('accepts the sample data', () => {
    assert.equal(validate(read('../sample/lp-sample.json')), true, JSON.stringify(validate.errors?.slice(0, 3)));
  });

  it('rejects what the model rejects for its structure', () => {
    assert.equal(validate({ courses: [{ id: 'https://x.example/c', name: 42 }] }), false);
  });
});
