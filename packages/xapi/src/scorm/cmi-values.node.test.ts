import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { LearnerRecord } from '../record/learner-record.js';
import { cmiStatus, interactionFields, objectiveFields, skillIdentifier, stepScore } from './cmi-values.js';

const A = 'https://skills.example/a';
const B = 'https://skills.example/b';
const C = 'https://skills.example/c';
const D = 'https://skills.example/d';
const AT = '2026-12-08T09:00:00.000Z';
const requirements = [
  { skill: A, level: 3 },
  { skill: B, level: 2 },
  { skill: C, level: 4 },
  { skill: D, level: 1 },
];
/** A met, B assessed below, C met, D not assessed. */
const record: LearnerRecord = {
  version: 1,
  levels: { [A]: { level: 3, at: AT }, [B]: { level: 1, at: AT }, [C]: { level: 5, at: AT } },
};
const asObject = (entries: readonly (readonly [string, string])[]) => Object.fromEntries(entries);

describe('what a SCO reports from the record', () => {
  it('scores the share of the chosen step’s requirements met', () => {
    assert.deepEqual(stepScore(record, requirements), { met: 2, assessed: 3, total: 4 });
  });

  it('SCORM 1.2: incomplete with the score until complete, then completed and no suspend', () => {
    assert.deepEqual(asObject(cmiStatus('1.2', { record, requirements, complete: false })), {
      'cmi.core.score.min': '0',
      'cmi.core.score.max': '100',
      'cmi.core.score.raw': '50',
      'cmi.core.lesson_status': 'incomplete',
      'cmi.core.exit': 'suspend',
    });
    const done = asObject(cmiStatus('1.2', { record, requirements, complete: true }));
    assert.equal(done['cmi.core.lesson_status'], 'completed');
    assert.equal(done['cmi.core.exit'], '');
  });

  it('SCORM 1.2 with a mastery rule: passed or failed once complete', () => {
    const status = (masteryScore: number) =>
      asObject(cmiStatus('1.2', { record, requirements, complete: true, masteryScore }))['cmi.core.lesson_status'];
    assert.equal(status(50), 'passed');
    assert.equal(status(75), 'failed');
    assert.equal(
      asObject(cmiStatus('1.2', { record, requirements, complete: false, masteryScore: 50 }))['cmi.core.lesson_status'],
      'incomplete',
    );
  });

  it('SCORM 2004: completion, scaled score and progress; success only with a mastery rule', () => {
    const open = asObject(cmiStatus('2004', { record, requirements, complete: false }));
    assert.deepEqual(open, {
      'cmi.score.min': '0',
      'cmi.score.max': '100',
      'cmi.score.raw': '50',
      'cmi.score.scaled': '0.5',
      'cmi.progress_measure': '0.75',
      'cmi.completion_status': 'incomplete',
      'cmi.exit': 'suspend',
    });
    const done = asObject(cmiStatus('2004', { record, requirements, complete: true }));
    assert.equal(done['cmi.completion_status'], 'completed');
    assert.equal(done['cmi.exit'], 'normal');
    assert.ok(!('cmi.success_status' in done));
    const mastered = asObject(cmiStatus('2004', { record, requirements, complete: true, masteryScore: 40 }));
    assert.equal(mastered['cmi.success_status'], 'passed');
  });

  it('sends no score while no step is chosen', () => {
    const entries = asObject(cmiStatus('2004', { record, requirements: [], complete: false }));
    assert.ok(!Object.keys(entries).some((element) => element.startsWith('cmi.score') || element.includes('progress')));
  });

  it('one objective per required skill: met, assessed or not attempted', () => {
    assert.deepEqual(
      requirements.map((requirement) => asObject(objectiveFields('1.2', record, requirement)).status),
      ['passed', 'incomplete', 'passed', 'not attempted'],
    );
    assert.deepEqual(asObject(objectiveFields('2004', record, requirements[1]!)), {
      completion_status: 'completed',
      success_status: 'unknown',
    });
  });

  it('one likert interaction per self-assessment, with the level and its time', () => {
    assert.deepEqual(asObject(interactionFields('1.2', A, { level: 3, at: AT })), {
      id: A,
      type: 'likert',
      student_response: '3',
      time: '09:00:00',
    });
    assert.deepEqual(asObject(interactionFields('2004', A, { level: 3, at: AT })), {
      id: A,
      type: 'likert',
      learner_response: '3',
      timestamp: '2026-12-08T09:00:00.0Z',
    });
  });

  it('names a skill by its IRI, or by its position where SCORM 1.2 cannot hold the IRI', () => {
    assert.equal(skillIdentifier('1.2', A, 0), A);
    const long = `https://skills.example/${'x'.repeat(260)}`;
    assert.equal(skillIdentifier('1.2', long, 7), 'skill-7');
    assert.equal(skillIdentifier('1.2', 'https://skills.example/ü', 2), 'skill-2');
    assert.equal(skillIdentifier('2004', long, 7), long);
  });
});
