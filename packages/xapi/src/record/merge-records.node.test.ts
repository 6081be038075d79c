import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { LearnerRecord } from './learner-record.js';
import { EMPTY_RECORD, mergeRecords, sameRecord } from './merge-records.js';

const SKILL_A = 'https://skills.example/a';
const SKILL_B = 'https://skills.example/b';
const record = (parts: Partial<LearnerRecord>): LearnerRecord => ({ version: 1, levels: {}, ...parts });

describe('mergeRecords', () => {
  it('keeps the level set last for each skill, and every skill either side has', () => {
    const a = record({
      levels: {
        [SKILL_A]: { level: 1, at: '2026-12-01T10:00:00Z' },
        [SKILL_B]: { level: 3, at: '2026-12-01T09:00:00Z' },
      },
    });
    const b = record({ levels: { [SKILL_A]: { level: 4, at: '2026-12-02T10:00:00Z' } } });
    const merged = mergeRecords(a, b);
    assert.deepEqual(merged.levels, {
      [SKILL_A]: { level: 4, at: '2026-12-02T10:00:00Z' },
      [SKILL_B]: { level: 3, at: '2026-12-01T09:00:00Z' },
    });
    assert.deepEqual(mergeRecords(b, a), merged);
  });

  it('compares times as moments, not as text', () => {
    const a = record({ levels: { [SKILL_A]: { level: 1, at: '2026-12-01T11:00:00+02:00' } } });
    const b = record({ levels: { [SKILL_A]: { level: 2, at: '2026-12-01T09:30:00Z' } } });
    assert.equal(mergeRecords(a, b).levels[SKILL_A]?.level, 2);
    assert.equal(mergeRecords(b, a).levels[SKILL_A]?.level, 2);
  });

  it('settles two levels set at the same moment the same way whatever the order', () => {
    const at = '2026-12-01T10:00:00.000Z';
    const a = record({ levels: { [SKILL_A]: { level: 1, at } } });
    const b = record({ levels: { [SKILL_A]: { level: 2, at } } });
    assert.deepEqual(mergeRecords(a, b), mergeRecords(b, a));
  });

  it('keeps the step chosen last', () => {
    const a = record({ step: { id: 'junior', at: '2026-12-01T10:00:00Z' } });
    const b = record({ step: { id: 'senior', at: '2026-12-03T10:00:00Z' } });
    assert.deepEqual(mergeRecords(a, b).step, { id: 'senior', at: '2026-12-03T10:00:00Z' });
    assert.deepEqual(mergeRecords(b, a).step, { id: 'senior', at: '2026-12-03T10:00:00Z' });
    assert.deepEqual(mergeRecords(a, EMPTY_RECORD).step, a.step);
  });

  it('keeps completion if either side reported it, at the earlier time', () => {
    const a = record({ completed: { at: '2026-12-05T10:00:00Z' } });
    const b = record({ completed: { at: '2026-12-04T10:00:00Z' } });
    assert.deepEqual(mergeRecords(a, b).completed, { at: '2026-12-04T10:00:00Z' });
    assert.deepEqual(mergeRecords(a, b).completed, mergeRecords(b, a).completed);
    assert.deepEqual(mergeRecords(record({}), a).completed, a.completed);
    assert.equal(mergeRecords(record({}), record({})).completed, undefined);
  });

  it('takes whichever side exists when the other is missing', () => {
    const a = record({ step: { id: 'junior', at: '2026-12-01T10:00:00Z' } });
    assert.equal(mergeRecords(a, undefined), a);
    assert.equal(mergeRecords(undefined, a), a);
    assert.deepEqual(mergeRecords(undefined, undefined), EMPTY_RECORD);
  });

  it('tells records that hold the same apart from ones that differ', () => {
    const a = record({ levels: { [SKILL_A]: { level: 1, at: '2026-12-01T10:00:00Z' } } });
    assert.ok(sameRecord(a, mergeRecords(a, a)));
    assert.ok(!sameRecord(a, record({})));
    assert.ok(!sameRecord(a, undefined));
  });
});

describe('mergeRecords with odd skill ids', () => {
  it('merges a skill named like an object property as any other', () => {
    const a = JSON.parse(
      '{"version":1,"levels":{"__proto__":{"level":1,"at":"2026-12-01T10:00:00Z"}}}',
    ) as LearnerRecord;
    const merged = mergeRecords(a, record({ levels: { [SKILL_A]: { level: 2, at: '2026-12-01T10:00:00Z' } } }));
    assert.deepEqual(Object.keys(merged.levels).sort(), ['__proto__', SKILL_A].sort());
    assert.equal(Object.getPrototypeOf(merged.levels), Object.prototype);
  });
});
