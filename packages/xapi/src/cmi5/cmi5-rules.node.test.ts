import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { careerStepCompleted } from '../statements/career.js';
import type { Statement } from '../types.js';
import { applyCmi5Rules, durationBetween, type Cmi5SessionState } from './cmi5-rules.js';
import { CMI5_CATEGORY, CMI5_VERBS, MOVE_ON_CATEGORY, SESSION_ID_EXTENSION } from './cmi5-vocabulary.js';
import type { LaunchData } from './lms-requests.js';

const UNIT = 'https://lp-elements.example/cmi5/au/lp-module';
const NOW = new Date('2026-11-28T10:00:05.125Z');
const actor = { objectType: 'Agent' as const, account: { homePage: 'https://lms.example', name: 'learner-1' } };
const launchData: LaunchData = {
  launchMode: 'Normal',
  contextTemplate: {
    contextActivities: { grouping: [{ objectType: 'Activity', id: 'https://lms.example/course/42' }] },
    extensions: { [SESSION_ID_EXTENSION]: 'session-from-lms' },
  },
};
const launch = { registration: '0f1e2d3c-4b5a-4698-8776-655443322110', activityId: UNIT, launchData };
const fresh: Cmi5SessionState = {
  sessionId: 'session-from-lms',
  startedAt: '2026-11-28T10:00:00.000Z',
  initialized: false,
  terminated: false,
  movedOn: [],
};

const about = (verb: Statement['verb'], id = UNIT): Statement => ({
  id: crypto.randomUUID(),
  actor,
  verb,
  object: { objectType: 'Activity', id },
  timestamp: NOW.toISOString(),
});

function send(statement: Statement, state: Cmi5SessionState, data: LaunchData = launchData) {
  const decision = applyCmi5Rules(statement, state, { ...launch, launchData: data }, NOW);
  assert.ok(decision.send, decision.send ? '' : decision.reason);
  return decision;
}

const categories = (statement: Statement) =>
  ((statement.context?.contextActivities?.category ?? []) as { id: string }[]).map((activity) => activity.id);

describe('applyCmi5Rules', () => {
  it('lets initialized through first and only once', () => {
    const first = send(about(CMI5_VERBS.initialized), fresh);
    assert.equal(first.state.initialized, true);
    assert.deepEqual(categories(first.statement), [CMI5_CATEGORY.id]);
    assert.equal(first.statement.result, undefined, 'no duration on initialized');
    const again = applyCmi5Rules(about(CMI5_VERBS.initialized), first.state, launch, NOW);
    assert.equal(again.send, false);
    const early = applyCmi5Rules(about(CMI5_VERBS.completed), fresh, launch, NOW);
    assert.equal(early.send, false, 'nothing before initialized');
  });

  it('gives completed its completion, duration and move-on category, once', () => {
    const { state } = send(about(CMI5_VERBS.initialized), fresh);
    const completed = send(about(CMI5_VERBS.completed), state);
    assert.deepEqual(completed.statement.result, { duration: 'PT5.13S', completion: true });
    assert.deepEqual(categories(completed.statement), [CMI5_CATEGORY.id, MOVE_ON_CATEGORY.id]);
    assert.equal(applyCmi5Rules(about(CMI5_VERBS.completed), completed.state, launch, NOW).send, false);
  });

  it('allows passed or failed, not both', () => {
    const { state } = send(about(CMI5_VERBS.initialized), fresh);
    const passed = send(about(CMI5_VERBS.passed), state);
    assert.equal(applyCmi5Rules(about(CMI5_VERBS.failed), passed.state, launch, NOW).send, false);
  });

  it('treats a completed career step as the learner’s own statement, not the unit’s', () => {
    const { state } = send(about(CMI5_VERBS.initialized), fresh);
    const step = {
      ...careerStepCompleted(
        { id: 'https://lp-elements.example/steps/designer' },
        { id: 'https://lp-elements.example/tracks/lp' },
      ),
    };
    const decision = send({ ...about(CMI5_VERBS.completed), ...step }, state);
    assert.deepEqual(decision.state.movedOn, []);
    assert.ok(!categories(decision.statement).includes(CMI5_CATEGORY.id));
    assert.equal(decision.statement.context?.extensions?.[SESSION_ID_EXTENSION], 'session-from-lms');
  });

  it('sends no completed in Browse or Review mode', () => {
    for (const launchMode of ['Browse', 'Review'] as const) {
      const data = { ...launchData, launchMode };
      const { state } = send(about(CMI5_VERBS.initialized), fresh, data);
      assert.equal(
        applyCmi5Rules(about(CMI5_VERBS.completed), state, { ...launch, launchData: data }, NOW).send,
        false,
      );
      assert.ok(send(about(CMI5_VERBS.terminated), state, data).state.terminated);
    }
  });

  it('merges the context template without repeating activities, and sends nothing after terminated', () => {
    const { state } = send(about(CMI5_VERBS.initialized), fresh);
    const own = about(CMI5_VERBS.terminated);
    own.context = {
      contextActivities: { grouping: [{ objectType: 'Activity', id: 'https://lms.example/course/42' }] },
    };
    const terminated = send(own, state);
    assert.equal((terminated.statement.context?.contextActivities?.grouping as unknown[]).length, 1);
    assert.equal(terminated.statement.context?.registration, launch.registration);
    assert.equal(applyCmi5Rules(about(CMI5_VERBS.initialized), terminated.state, launch, NOW).send, false);
  });

  it('writes durations with 0.01 s precision', () => {
    assert.equal(durationBetween('2026-11-28T10:00:00.000Z', new Date('2026-11-28T11:01:01.005Z')), 'PT3661.01S');
  });
});
