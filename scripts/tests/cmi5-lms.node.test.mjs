/**
 * The stand-in cmi5 LMS (`scripts/cmi5-lms.mjs`) is as strict as the cmi5 reference player: these
 * requests are what a unit sends, right and wrong, and the LMS must refuse every wrong one with
 * 403 and keep the learner's State documents across sessions of a registration. Runs against the
 * real local LRS.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { startCmi5Lms } from '../cmi5-lms.mjs';
import { startLrs } from '../lrs.mjs';

const UNIT = 'https://lp-university.example/cmi5/au/lp-journey';
const UNIT_URL = 'https://lp-university.example/lp/index.html';
const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVE_ON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const verb = (name) => ({ id: `http://adlnet.gov/expapi/verbs/${name}`, display: { en: name } });

let lrs;
let ownLrs;
let lms;

/** A unit's side of one launch: its token and requests, as a browser would make them. */
async function launchUnit(options = {}) {
  const launch = await lms.launch({ unitUrl: UNIT_URL, activityId: UNIT, ...options });
  const params = new URL(launch.url).searchParams;
  const fetched = await fetch(params.get('fetch'), { method: 'POST' });
  const { 'auth-token': token } = await fetched.json();
  const actor = params.get('actor');
  const request = (resource, query = {}, init = {}) => {
    const url = new URL(resource, params.get('endpoint'));
    for (const [name, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(name, value);
    return fetch(url, {
      ...init,
      headers: { authorization: `Basic ${token}`, 'x-experience-api-version': '1.0.3', ...init.headers },
    });
  };
  const state = (stateId, init, agent = actor) =>
    request('activities/state', { activityId: UNIT, agent, registration: launch.registration, stateId }, init);
  const launchData = await (await state('LMS.LaunchData')).json();
  const statement = (name, extra = {}) => ({
    id: randomUUID(),
    actor: JSON.parse(actor),
    verb: verb(name),
    object: { objectType: 'Activity', id: UNIT },
    context: {
      registration: launch.registration,
      contextActivities: {
        grouping: launchData.contextTemplate.contextActivities.grouping,
        category: [{ id: CMI5 }, ...(['completed', 'passed', 'failed'].includes(name) ? [{ id: MOVE_ON }] : [])],
      },
      extensions: { ...launchData.contextTemplate.extensions },
    },
    ...(['completed', 'terminated'].includes(name)
      ? { result: { duration: 'PT1.00S', ...(name === 'completed' ? { completion: true } : {}) } }
      : {}),
    timestamp: new Date().toISOString(),
    ...extra,
  });
  const post = (statements) =>
    request(
      'statements',
      {},
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(statements) },
    );
  const readPreferences = () => request('agents/profile', { agent: actor, profileId: 'cmi5LearnerPreferences' });
  return { launch, params, token, actor, launchData, request, state, statement, post, readPreferences };
}

async function lrsStatements(registration) {
  const response = await fetch(`${lrs.endpoint}statements?registration=${registration}&ascending=true&limit=100`, {
    headers: { authorization: lrs.auth, 'x-experience-api-version': '1.0.3' },
  });
  return (await response.json()).statements.map((statement) => statement.verb.id.split('/').pop());
}

describe('the stand-in cmi5 LMS', { timeout: 60_000 }, () => {
  before(async () => {
    lrs = process.env.LP_LRS_ENDPOINT
      ? { endpoint: process.env.LP_LRS_ENDPOINT, auth: process.env.LP_LRS_AUTH }
      : (ownLrs = await startLrs());
    lms = await startCmi5Lms({ lrsEndpoint: lrs.endpoint, lrsAuth: lrs.auth });
  });

  after(async () => {
    await lms?.stop();
    await ownLrs?.stop();
  });

  it('records launched before it hands out the URL, and answers the fetch URL once', async () => {
    const unit = await launchUnit();
    assert.deepEqual(await lrsStatements(unit.launch.registration), ['launched']);
    const again = await fetch(unit.params.get('fetch'), { method: 'POST' });
    assert.equal(again.status, 403);
    assert.equal((await again.json())['error-code'], '1');
    assert.equal(unit.launchData.contextTemplate.contextActivities.grouping[0].id, `${lms.origin}/course`);
  });

  it('accepts a correct session and refuses, with 403, what the reference player refuses', async () => {
    const unit = await launchUnit({ actorForm: 'moodle' });
    assert.equal(unit.actor.includes('objectType'), false, 'Moodle’s actor form');
    assert.equal((await unit.post([unit.statement('initialized')])).status, 403, 'preferences first');
    assert.equal((await unit.readPreferences()).status, 404);

    const withObjectType = JSON.stringify({ objectType: 'Agent', ...JSON.parse(unit.actor) });
    assert.equal((await unit.state('LMS.LaunchData', {}, withObjectType)).status, 403, 'State agent compared exactly');
    const profile = await unit.request('agents/profile', {
      agent: withObjectType,
      profileId: 'cmi5LearnerPreferences',
    });
    assert.equal(profile.status, 403, 'Agent Profile agent compared exactly');
    assert.equal((await unit.state('LMS.LaunchData', { method: 'PUT', body: '{}' })).status, 403);

    assert.equal((await unit.post([unit.statement('completed')])).status, 403, 'initialized first');
    const initialized = unit.statement('initialized');
    assert.equal((await unit.post([{ ...initialized, actor: JSON.parse(withObjectType) }])).status, 403, 'actor');
    const reordered = structuredClone(initialized);
    reordered.context.contextActivities.grouping.unshift({ id: 'https://lp-university.example/module' });
    assert.equal((await unit.post([reordered])).status, 403, 'template grouping[0] first');
    const otherSession = structuredClone(initialized);
    otherSession.context.extensions[SESSION_ID] = randomUUID();
    assert.equal((await unit.post([otherSession])).status, 403, 'template extension kept');

    assert.equal((await unit.post([initialized])).status, 200);
    assert.equal((await unit.post([unit.statement('initialized')])).status, 403, 'initialized twice');
    const noDuration = unit.statement('completed');
    delete noDuration.result.duration;
    assert.equal((await unit.post([noDuration])).status, 403, 'completed needs a duration');
    const scored = unit.statement('completed');
    scored.result.score = { scaled: 1 };
    assert.equal((await unit.post([scored])).status, 403, 'no score on completed');
    assert.equal((await unit.post([unit.statement('completed'), unit.statement('terminated')])).status, 200);
    assert.equal((await unit.post([unit.statement('terminated')])).status, 403, 'nothing after terminated');

    const report = lms.report(unit.launch.id);
    assert.equal(report.statements.length, 3);
    assert.ok(report.refused.every((refusal) => refusal.status === 403));
    assert.ok(report.refused.some((refusal) => refusal.reason.includes('9.3.0.0-5')));
    assert.deepEqual(await lrsStatements(unit.launch.registration), [
      'launched',
      'initialized',
      'completed',
      'terminated',
    ]);
  });

  it('keeps State documents per registration across sessions, with ETags, conditions and DELETE', async () => {
    const first = await launchUnit();
    const put = (unit, body, headers = {}) =>
      unit.state('lp-record', { method: 'PUT', body, headers: { 'content-type': 'application/json', ...headers } });
    assert.equal((await put(first, '{"a":1}', { 'if-none-match': '*' })).status, 204);
    assert.equal((await put(first, '{"a":2}', { 'if-none-match': '*' })).status, 412, 'If-None-Match * when it exists');
    const read = await first.state('lp-record');
    const etag = read.headers.get('etag');
    assert.match(etag, /^"[0-9a-f]{40}"$/);
    assert.equal((await put(first, '{"a":3}', { 'if-match': '"stale"' })).status, 412);
    const merged = await first.state('lp-record', {
      method: 'POST',
      body: '{"b":4}',
      headers: { 'content-type': 'application/json', 'if-match': etag },
    });
    assert.equal(merged.status, 204);

    const second = await launchUnit({ registration: first.launch.registration });
    assert.equal(lms.report(first.launch.id).abandoned, true, 'the session that did not terminate');
    assert.equal((await first.state('lp-record')).status, 403, 'an abandoned session is refused');
    assert.deepEqual(await (await second.state('lp-record')).json(), { a: 1, b: 4 }, 'the new session sees it');
    // The State API lists ids in no particular order.
    assert.deepEqual((await (await second.state(undefined)).json()).sort(), ['LMS.LaunchData', 'lp-record']);
    assert.notEqual(
      second.launchData.contextTemplate.extensions[SESSION_ID],
      first.launchData.contextTemplate.extensions[SESSION_ID],
    );
    assert.equal((await second.state('lp-record', { method: 'DELETE' })).status, 204);
    assert.equal((await second.state('lp-record')).status, 404);
    assert.deepEqual(await lrsStatements(first.launch.registration), ['launched', 'abandoned', 'launched']);
  });

  it('launches a satisfied registration in Review', async () => {
    const first = await launchUnit();
    await first.readPreferences();
    await first.post([first.statement('initialized'), first.statement('completed'), first.statement('terminated')]);
    const second = await launchUnit({ registration: first.launch.registration });
    assert.equal(second.launchData.launchMode, 'Review');
    assert.equal(lms.report(first.launch.id).abandoned, false, 'a terminated session is not abandoned');
  });
});
