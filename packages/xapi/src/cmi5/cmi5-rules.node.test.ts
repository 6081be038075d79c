import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { careerStepCompleted } from '../statements/career.js';
import type { Statement } from '../types.js';
import { applyCmi5Rules, durationBetween, withTemplate, type Cmi5SessionState } from './cmi5-rules.js';
import {
  CMI5_CATEGORY,
  CMI5_VERBS,
  MASTERY_SCORE_EXTENSION,
  MOVE_ON_CATEGORY,
  SESSION_ID_EXTENSION,
} from './cmi5-vocabulary.js';
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

  it('allows passed or failed once per session, failed again in a later session, and nothing after passed', () => {
    const { state } = send(about(CMI5_VERBS.initialized), fresh);
    const failed = send(about(CMI5_VERBS.failed), state);
    assert.equal(applyCmi5Rules(about(CMI5_VERBS.passed), failed.state, launch, NOW).send, false, 'one per session');
    const later = send(about(CMI5_VERBS.initialized), { ...fresh, movedOn: failed.state.movedOn });
    const passed = send(about(CMI5_VERBS.passed), later.state);
    const third = send(about(CMI5_VERBS.initialized), { ...fresh, movedOn: passed.state.movedOn });
    for (const verb of [CMI5_VERBS.passed, CMI5_VERBS.failed]) {
      const decision = applyCmi5Rules(about(verb), third.state, launch, NOW);
      assert.equal(decision.send, false, `${verb.id} after passed in the registration`);
    }
  });

  it('judges passed and failed by the mastery score, and names it in their context', () => {
    const data: LaunchData = { ...launchData, masteryScore: 0.8 };
    const judged = { ...launch, launchData: data };
    const { state } = send(about(CMI5_VERBS.initialized), fresh, data);
    const scored = (verb: Statement['verb'], scaled: number) => ({ ...about(verb), result: { score: { scaled } } });
    assert.equal(applyCmi5Rules(scored(CMI5_VERBS.passed, 0.79), state, judged, NOW).send, false);
    assert.equal(applyCmi5Rules(scored(CMI5_VERBS.failed, 0.8), state, judged, NOW).send, false);
    const passed = send(scored(CMI5_VERBS.passed, 0.8), state, data);
    assert.deepEqual(passed.statement.result, { score: { scaled: 0.8 }, duration: 'PT5.13S', success: true });
    assert.equal(passed.statement.context?.extensions?.[MASTERY_SCORE_EXTENSION], 0.8);
    assert.deepEqual(categories(passed.statement), [CMI5_CATEGORY.id, MOVE_ON_CATEGORY.id]);
    const failed = send(scored(CMI5_VERBS.failed, 0.5), state, data);
    assert.equal(failed.statement.result?.success, false);
    assert.equal(failed.statement.context?.extensions?.[MASTERY_SCORE_EXTENSION], 0.8);
  });

  it('keeps results as cmi5 §9.5 asks: scores on passed and failed only, raw with min and max, no contradictions', () => {
    const { state } = send(about(CMI5_VERBS.initialized), fresh);
    const refused = (verb: Statement['verb'], result: Statement['result']) =>
      !applyCmi5Rules({ ...about(verb), result }, state, launch, NOW).send;
    assert.ok(refused(CMI5_VERBS.completed, { score: { scaled: 1 } }));
    assert.ok(refused(CMI5_VERBS.terminated, { success: true }));
    assert.ok(refused(CMI5_VERBS.passed, { completion: true }));
    assert.ok(refused(CMI5_VERBS.passed, { success: false }));
    assert.ok(refused(CMI5_VERBS.failed, { success: true }));
    assert.ok(refused(CMI5_VERBS.completed, { completion: false }));
    assert.ok(refused(CMI5_VERBS.passed, { score: { scaled: 0.8, raw: 8 } }));
    assert.ok(!refused(CMI5_VERBS.passed, { score: { scaled: 0.8, raw: 8, min: 0, max: 10 } }));
    const terminated = send(about(CMI5_VERBS.terminated), state);
    assert.deepEqual(Object.keys(terminated.statement.result ?? {}), ['duration']);
  });

  it('puts the template’s activities first, in its order, and never lets the statement overwrite its values', () => {
    const template = {
      contextActivities: {
        grouping: [
          { objectType: 'Activity' as const, id: 'https://lms.example/publisher/42' },
          { objectType: 'Activity' as const, id: 'https://lms.example/block/7' },
        ],
        category: [{ objectType: 'Activity' as const, id: 'https://lms.example/category' }],
      },
      extensions: { [SESSION_ID_EXTENSION]: 'session-from-lms', 'https://lms.example/ext': { a: 1 } },
      language: 'de',
    };
    const merged = withTemplate(
      {
        contextActivities: {
          grouping: [
            { objectType: 'Activity', id: 'https://lp-university.example/module' },
            { objectType: 'Activity', id: 'https://lms.example/block/7' },
          ],
          category: [{ objectType: 'Activity', id: 'https://lp-university.example/profile' }],
        },
        extensions: { [SESSION_ID_EXTENSION]: 'made-up', 'https://lp-university.example/ext': 2 },
        language: 'en',
        platform: 'LP Elements',
      },
      template,
    );
    assert.deepEqual(
      (merged.contextActivities?.grouping as { id: string }[]).map((activity) => activity.id),
      ['https://lms.example/publisher/42', 'https://lms.example/block/7', 'https://lp-university.example/module'],
    );
    assert.deepEqual(
      (merged.contextActivities?.category as { id: string }[]).map((activity) => activity.id),
      ['https://lms.example/category', 'https://lp-university.example/profile'],
    );
    assert.deepEqual(merged.extensions, {
      [SESSION_ID_EXTENSION]: 'session-from-lms',
      'https://lms.example/ext': { a: 1 },
      'https://lp-university.example/ext': 2,
    });
    assert.equal(merged.language, 'de');
    assert.equal(merged.platform, 'LP Elements');
  });

  it('leaves the actor exactly as the launch gave it', () => {
    const moodle = { account: { homePage: 'https://moodle.example', name: '42' } };
    const decision = send({ ...about(CMI5_VERBS.initialized), actor: moodle }, fresh);
    assert.deepEqual(decision.statement.actor, moodle);
  });

  it('writes durations with 0.01 s precision', () => {
    assert.equal(durationBetween('2026-11-28T10:00:00.000Z', new Date('2026-11-28T11:01:01.005Z')), 'PT3661.01S');
  });
});
