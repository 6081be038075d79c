import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { xapiStateDocuments } from './xapi-state-documents.mjs';

const agent = { account: { homePage: 'https://lms.example', name: 'learner-1' } };
const registration = '6f1c2a8e-3b4d-4c5e-8f70-1a2b3c4d5e6f';
const activityId = 'https://university.example/lp/unit';
const version = { 'x-experience-api-version': '1.0.3' };

function client(states) {
  const query = (params) => new URLSearchParams({ activityId, agent: JSON.stringify(agent), registration, ...params });
  return (method, params = {}, { headers = {}, body } = {}) => {
    return states.handle({ method, query: query(params), headers: { ...version, ...headers }, body });
  };
}

describe('xapiStateDocuments', () => {
  it('creates with If-None-Match: *, serves the document with its SHA-1 ETag, and refuses a second create', () => {
    const request = client(xapiStateDocuments());
    assert.equal(request('GET', { stateId: 'a' }).status, 404);
    const body = '{"levels":{}}';
    assert.equal(
      request('PUT', { stateId: 'a' }, { headers: { 'if-none-match': '*', 'content-type': 'application/json' }, body })
        .status,
      204,
    );
    const got = request('GET', { stateId: 'a' });
    assert.equal(got.status, 200);
    assert.equal(got.body, body);
    assert.equal(got.headers.etag, `"${createHash('sha1').update(body).digest('hex')}"`);
    assert.equal(got.headers['x-experience-api-version'], '1.0.3');
    assert.equal(request('PUT', { stateId: 'a' }, { headers: { 'if-none-match': '*' }, body: '{}' }).status, 412);
    assert.equal(request('GET', { stateId: 'a' }).body, body, 'a failed precondition changes nothing');
  });

  it('writes over a document only with its current ETag: 412 for an old one, 409 without a header', () => {
    const request = client(xapiStateDocuments());
    request('PUT', { stateId: 'a' }, { body: '{"n":1}' });
    const first = request('GET', { stateId: 'a' }).headers.etag;
    assert.equal(request('PUT', { stateId: 'a' }, { headers: { 'if-match': first }, body: '{"n":2}' }).status, 204);
    assert.equal(request('PUT', { stateId: 'a' }, { headers: { 'if-match': first }, body: '{"n":3}' }).status, 412);
    const conflict = request('PUT', { stateId: 'a' }, { body: '{"n":4}' });
    assert.equal(conflict.status, 409);
    assert.match(conflict.body, /If-Match/);
    assert.equal(request('GET', { stateId: 'a' }).body, '{"n":2}');
    assert.equal(request('PUT', { stateId: 'b' }, { headers: { 'if-match': first }, body: '{}' }).status, 412);
  });

  it('merges JSON objects on POST, with the same preconditions', () => {
    const request = client(xapiStateDocuments());
    request('POST', { stateId: 'a' }, { body: '{"x":1,"y":1}' });
    assert.equal(request('POST', { stateId: 'a' }, { body: '{"y":2}' }).status, 204);
    assert.deepEqual(JSON.parse(request('GET', { stateId: 'a' }).body), { x: 1, y: 2 });
    assert.equal(request('POST', { stateId: 'a' }, { headers: { 'if-match': '"old"' }, body: '{}' }).status, 412);
    assert.equal(request('POST', { stateId: 'a' }, { body: '[1]' }).status, 400);
  });

  it('lists ids without a stateId, only those changed after `since`', () => {
    let time = Date.parse('2026-01-01T00:00:00Z');
    const states = xapiStateDocuments({ now: () => new Date(time) });
    const request = client(states);
    assert.deepEqual(JSON.parse(request('GET').body), []);
    request('PUT', { stateId: 'early' }, { body: '{}' });
    time += 60_000;
    request('PUT', { stateId: 'late' }, { body: '{}' });
    assert.deepEqual(JSON.parse(request('GET').body), ['early', 'late']);
    assert.deepEqual(JSON.parse(request('GET', { since: '2026-01-01T00:00:30Z' }).body), ['late']);
    assert.equal(request('GET', { since: 'yesterday' }).status, 400);
  });

  it('keys documents by activity, agent identifier and registration', () => {
    const states = xapiStateDocuments();
    const put = (params) =>
      states.handle({
        method: 'PUT',
        query: new URLSearchParams(params),
        headers: version,
        body: JSON.stringify(params),
      });
    const get = (params) => states.handle({ method: 'GET', query: new URLSearchParams(params), headers: version });
    const base = { activityId, agent: JSON.stringify(agent), stateId: 's' };
    put({ ...base, registration });
    assert.equal(get({ ...base, registration }).status, 200);
    assert.equal(get(base).status, 404, 'no registration is another scope');
    assert.equal(get({ ...base, registration: '0f1c2a8e-3b4d-4c5e-8f70-1a2b3c4d5e6f' }).status, 404);
    assert.equal(get({ ...base, registration, activityId: 'https://university.example/other' }).status, 404);
    const sameAgent = JSON.stringify({ objectType: 'Agent', ...agent });
    assert.equal(get({ ...base, registration, agent: sameAgent }).status, 200, 'objectType does not change who it is');
    const otherAgent = JSON.stringify({ account: { ...agent.account, name: 'learner-2' } });
    assert.equal(get({ ...base, registration, agent: otherAgent }).status, 404);
  });

  it('deletes one document (honouring If-Match) or all of a scope', () => {
    const request = client(xapiStateDocuments());
    request('PUT', { stateId: 'a' }, { body: '{}' });
    request('PUT', { stateId: 'b' }, { body: '{}' });
    assert.equal(request('DELETE', { stateId: 'a' }, { headers: { 'if-match': '"stale"' } }).status, 412);
    assert.equal(request('DELETE', { stateId: 'a' }).status, 204);
    assert.deepEqual(JSON.parse(request('GET').body), ['b']);
    assert.equal(request('DELETE').status, 204);
    assert.deepEqual(JSON.parse(request('GET').body), []);
  });

  it('refuses what a conformant LRS refuses, with 400', () => {
    const states = xapiStateDocuments();
    const ask = (params, headers = version) =>
      states.handle({ method: 'GET', query: new URLSearchParams(params), headers }).status;
    const base = { activityId, agent: JSON.stringify(agent), stateId: 's' };
    assert.equal(ask(base, {}), 400, 'no version header');
    assert.equal(ask({ ...base, activityId: 'not an iri' }), 400);
    assert.equal(ask({ ...base, agent: '{"name":"no identifier"}' }), 400);
    assert.equal(ask({ ...base, agent: JSON.stringify({ mbox: 'mailto:a@b.example', ...agent }) }), 400);
    assert.equal(ask({ ...base, registration: 'not-a-uuid' }), 400);
    assert.equal(ask({ ...base, stateID: 's' }), 400, 'parameters are case-sensitive');
    assert.equal(
      states.handle({
        method: 'PUT',
        query: new URLSearchParams({ activityId, agent: base.agent }),
        headers: version,
        body: '{}',
      }).status,
      400,
      'PUT needs a stateId',
    );
  });
});
