/**
 * The learner record's network stores against real servers on 127.0.0.1: the cmi5 State store
 * under the stand-in cmi5 LMS (a registration's document outlives its sessions; Browse never
 * writes; LMS.LaunchData stays the LMS's), and the LRS store choosing its route — the State API
 * where the LRS has one, else the learner's statements in the real local LRS (Learning Locker's
 * statement service), recorded by the real recorder. Statements are checked with Learning
 * Locker's validator.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import {
  ACTIVITY_TYPES,
  cmi5StateStore,
  createRecorder,
  LEARNER_RECORD_STATE_ID,
  LEARNER_RECORD_VERSION,
  lrsRecordStore,
  memoryQueue,
  skillSelfAssessed,
  staticAuth,
  VERBS,
  VOIDED_VERB,
  careerStepSelected,
  moduleCompleted,
} from '../../packages/xapi/src/index.ts';
import { startCmi5Lms } from '../cmi5-lms.mjs';
import { startLrs } from '../lrs.mjs';
import { startStateLrs } from '../test-support/state-lrs.mjs';

const validate = createRequire(import.meta.url)('@learninglocker/xapi-validation').default;

const UNIT = 'https://university.example/lp/cmi5/au/journey';
const MODULE = 'https://university.example/lp/modules/journey';
const TRACK = 'https://university.example/lp/tracks/lp';
const skill = (n) => ({ id: `https://university.example/lp/skills/${n}`, name: `Skill ${n}` });
const level = (value) => ({ value, min: 0, max: 4 });
const record = (levels) => ({
  version: LEARNER_RECORD_VERSION,
  levels: Object.fromEntries(levels.map(([n, value, at]) => [skill(n).id, { level: value, at }])),
});

/** Memory storage for the recorder's anonymous id and the store's capability cache. */
function memoryStorage() {
  const items = new Map();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => items.set(key, String(value)),
    removeItem: (key) => items.delete(key),
  };
}

/** A recorder as `<lp-xapi-recorder actor-name activity>` makes one, on a device of its own. */
function recorderOn(endpoint, auth, actorName) {
  return createRecorder({
    endpoint,
    auth,
    actorHomePage: 'https://university.example',
    actorName,
    activity: MODULE,
    version: '1.0.3',
    queue: memoryQueue(),
    storage: memoryStorage(),
    sessionStorage: memoryStorage(),
    flushDelayMs: 10,
  });
}

async function lrsGet(lrs, path) {
  const response = await fetch(new URL(path, lrs.endpoint), {
    headers: { Authorization: lrs.auth, 'X-Experience-API-Version': '1.0.3' },
  });
  assert.equal(response.status, 200, `GET ${path}`);
  return response.json();
}

let lrs;
let lms;
let stateLrs;

before(async () => {
  lrs = await startLrs();
  lms = await startCmi5Lms({ lrsEndpoint: lrs.endpoint, lrsAuth: lrs.auth });
  stateLrs = await startStateLrs({ statementsTo: { endpoint: lrs.endpoint, auth: lrs.auth } });
});
after(async () => {
  await stateLrs?.stop();
  await lms?.stop();
  await lrs?.stop();
});

describe('cmi5StateStore under the stand-in cmi5 LMS', () => {
  /** A session as startCmi5Session gives it: the launch, its LaunchData and a recorder with the token. */
  async function session(launch) {
    const answer = await fetch(new URL(`fetch/${launch.id}`, lms.origin), { method: 'POST' });
    const { 'auth-token': token } = await answer.json();
    const params = new URL(launch.url).searchParams;
    const endpoint = params.get('endpoint');
    const auth = staticAuth(`Basic ${token}`);
    const launchData = await (
      await fetch(
        `${endpoint}activities/state?${new URLSearchParams({
          stateId: 'LMS.LaunchData',
          activityId: launch.activityId,
          agent: JSON.stringify(launch.actor),
          registration: launch.registration,
        })}`,
        { headers: { Authorization: `Basic ${token}`, 'X-Experience-API-Version': '1.0.3' } },
      )
    ).json();
    return {
      launch: {
        endpoint,
        fetchUrl: params.get('fetch'),
        actor: launch.actor,
        registration: launch.registration,
        activityId: launch.activityId,
      },
      launchData,
      recorder: { access: { endpoint, auth } },
      launchDataUrl: `${endpoint}activities/state`,
      token,
    };
  }

  it('keeps the record per registration across sessions, and Browse reads without writing', async () => {
    const learner = `learner-${randomUUID().slice(0, 8)}`;
    const first = await lms.launch({ unitUrl: 'http://127.0.0.1/unit', activityId: UNIT, learner });
    const one = await session(first);
    const store = cmi5StateStore(one, { debounceMs: 10 });
    assert.equal(store.place, 'cmi5-state');
    assert.equal(store.writable, true);
    assert.equal(await store.read(), undefined);
    await store.write(record([[1, 3, '2026-12-01T10:00:00.000Z']]));
    store.close();

    const second = await lms.launch({
      unitUrl: 'http://127.0.0.1/unit',
      activityId: UNIT,
      learner,
      registration: first.registration,
    });
    const again = cmi5StateStore(await session(second));
    assert.equal((await again.read())?.record.levels[skill(1).id]?.level, 3, 'a new session finds the record');

    const other = await lms.launch({ unitUrl: 'http://127.0.0.1/unit', activityId: UNIT, learner });
    assert.equal(await cmi5StateStore(await session(other)).read(), undefined, 'another registration starts clean');

    const browse = await lms.launch({
      unitUrl: 'http://127.0.0.1/unit',
      activityId: UNIT,
      learner,
      registration: first.registration,
      launchMode: 'Browse',
    });
    const browsing = cmi5StateStore(await session(browse), { debounceMs: 10 });
    assert.equal(browsing.writable, false);
    await browsing.write(record([[1, 0, '2026-12-02T10:00:00.000Z']]));
    await browsing.flush();
    // Launching the registration again abandoned the session of `again`: read as the Browse session.
    assert.equal((await browsing.read())?.record.levels[skill(1).id]?.level, 3, 'Browse changed nothing');
  });

  it('never writes LMS.LaunchData, and the LMS would refuse it', async () => {
    const launch = await lms.launch({ unitUrl: 'http://127.0.0.1/unit', activityId: UNIT });
    const one = await session(launch);
    assert.throws(() => cmi5StateStore(one, { stateId: 'LMS.LaunchData' }), /belongs to the LMS/);
    const response = await fetch(
      `${one.launchDataUrl}?${new URLSearchParams({
        stateId: 'LMS.LaunchData',
        activityId: UNIT,
        agent: JSON.stringify(launch.actor),
        registration: launch.registration,
      })}`,
      {
        method: 'PUT',
        headers: { Authorization: `Basic ${one.token}`, 'X-Experience-API-Version': '1.0.3' },
        body: '{}',
      },
    );
    assert.equal(response.status, 403);
  });
});

describe('lrsRecordStore', () => {
  it('gets the endpoint and auth from the recorder, and nothing from a recorder with its own transport', async () => {
    const recorder = recorderOn(lrs.endpoint, lrs.auth, 'learner-access');
    assert.equal(recorder.access?.endpoint, lrs.endpoint);
    assert.equal(recorder.access?.auth?.current(), lrs.auth);
    const own = createRecorder({
      transport: { send: () => Promise.resolve({ status: 200 }) },
      actorHomePage: 'https://university.example',
      activity: MODULE,
      queue: memoryQueue(),
      storage: memoryStorage(),
      sessionStorage: memoryStorage(),
    });
    assert.equal(own.access, undefined);
    assert.throws(() => lrsRecordStore(own, { activityId: MODULE }), /transport of its own/);
    await Promise.all([recorder.close(), own.close()]);
  });

  it('uses the State API where the LRS has one: one request for a new learner, one on a later visit', async () => {
    const recorder = recorderOn(stateLrs.endpoint, lrs.auth, `learner-${randomUUID().slice(0, 8)}`);
    const capabilities = memoryStorage();
    const store = lrsRecordStore(recorder, { activityId: MODULE, capabilities, debounceMs: 10 });
    stateLrs.requests.length = 0;
    assert.equal(await store.read(), undefined);
    assert.equal(store.place, 'lrs-state');
    assert.deepEqual(
      stateLrs.requests.map(
        ({ method, resource, query }) => `${method} ${resource} ${query.get('stateId') ?? '(list)'}`,
      ),
      ['GET activities/state (list)'],
    );
    await store.write(record([[1, 2, '2026-12-01T10:00:00.000Z']]));
    const document = stateLrs.states.documents().find((entry) => entry.stateId === LEARNER_RECORD_STATE_ID);
    assert.ok(document);
    assert.equal(document.activityId, MODULE);
    assert.equal(document.registration, undefined, 'no registration: it lasts one tab on a plain page');

    stateLrs.requests.length = 0;
    const later = lrsRecordStore(recorder, { activityId: MODULE, capabilities });
    assert.equal((await later.read())?.record.levels[skill(1).id]?.level, 2);
    assert.equal(stateLrs.requests.length, 1, 'the remembered route needs the document GET only');
    await recorder.close();
  });

  it('rebuilds the record from the learner’s statements where the LRS has none, on a second device too', async () => {
    const learner = `learner-${randomUUID().slice(0, 8)}`;
    const device = recorderOn(lrs.endpoint, lrs.auth, learner);
    const track = { id: TRACK, name: 'LP track' };
    const recorded = [];
    const keep = async (statement) => recorded.push(await device.record(statement));
    await keep(careerStepSelected({ id: `${TRACK}/steps/${encodeURIComponent('senior lp')}`, name: 'Senior' }, track));
    await keep(skillSelfAssessed(skill(1), level(1)));
    await keep(skillSelfAssessed(skill(2), level(3)));
    await new Promise((resolve) => setTimeout(resolve, 5));
    await keep(skillSelfAssessed(skill(1), level(4)));
    await keep(moduleCompleted({ id: MODULE, name: 'Journey' }));
    await device.flush();
    assert.equal(device.queueLength, 0);

    const secondDevice = recorderOn(lrs.endpoint, lrs.auth, learner);
    assert.notEqual(secondDevice.context.registration, device.context.registration);
    const store = lrsRecordStore(secondDevice, { activityId: MODULE, capabilities: memoryStorage() });
    const reading = await store.read();
    assert.equal(store.place, 'lrs-statements');
    assert.deepEqual(
      Object.fromEntries(Object.entries(reading?.record.levels ?? {}).map(([id, { level: value }]) => [id, value])),
      { [skill(1).id]: 4, [skill(2).id]: 3 },
      'the newest level per skill wins',
    );
    assert.equal(reading?.record.step?.id, 'senior lp');
    assert.ok(reading?.record.completed);
    assert.deepEqual(reading?.problems, []);

    await store.write(record([[3, 1, '2026-12-01T10:00:00.000Z']]));
    const agent = JSON.stringify(device.context.actor);
    const { statements } = await lrsGet(lrs, `statements?agent=${encodeURIComponent(agent)}&limit=100`);
    assert.equal(statements.length, recorded.length, 'write() sent nothing: the statements are the record');
    const assessments = statements.filter((statement) => statement.verb.id === VERBS.selfAssessed.id);
    assert.equal(new Set(assessments.map((statement) => statement.id)).size, 3, 'every self-assessment once');
    for (const statement of statements) assert.deepEqual(validate(statement), [], statement.verb.id);
    await device.close();
    await secondDevice.close();
  });

  it('forget() on the statements route voids the learner’s answers, and the rebuild leaves them out', async () => {
    const learner = `learner-${randomUUID().slice(0, 8)}`;
    const device = recorderOn(lrs.endpoint, lrs.auth, learner);
    await device.record(skillSelfAssessed(skill(5), level(2)));
    await device.record(moduleCompleted({ id: MODULE }));
    await device.flush();
    const store = lrsRecordStore(device, { activityId: MODULE });
    assert.equal((await store.read())?.record.levels[skill(5).id]?.level, 2);
    await store.forget();

    const agent = encodeURIComponent(JSON.stringify(device.context.actor));
    const { statements: voiding } = await lrsGet(
      lrs,
      `statements?agent=${agent}&verb=${encodeURIComponent(VOIDED_VERB.id)}`,
    );
    assert.equal(voiding.length, 1);
    assert.deepEqual(validate(voiding[0]), []);
    assert.equal(voiding[0].object.objectType, 'StatementRef');
    const after = await lrsRecordStore(recorderOn(lrs.endpoint, lrs.auth, learner), { activityId: MODULE }).read();
    assert.deepEqual(after?.record.levels, {}, 'no level comes back');
    assert.ok(after?.record.completed, 'the completion was reported and stays so');
    assert.equal(
      (await lrsGet(lrs, `statements?agent=${agent}&activity=${encodeURIComponent(MODULE)}`)).statements[0].object
        .definition.type,
      ACTIVITY_TYPES.module,
    );
    await device.close();
  });
});
