import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkStoredRecord } from './check-stored-record.js';

const SKILL_A = 'https://skills.example/a';
const SKILL_B = 'https://skills.example/b';
const OTHER = 'https://other-framework.example/skill';
const AT = '2026-12-01T10:00:00.000Z';

describe('checkStoredRecord', () => {
  it('reads a sound record as it is, with no problems', () => {
    const stored = {
      version: 1,
      step: { id: 'junior', at: AT },
      levels: { [SKILL_A]: { level: 2, at: AT } },
      completed: { at: AT },
    };
    assert.deepEqual(checkStoredRecord(stored), { record: stored, problems: [] });
    assert.deepEqual(checkStoredRecord(JSON.stringify(stored)), { record: stored, problems: [] });
  });

  it('never throws, whatever was stored', () => {
    for (const value of [undefined, null, 42, 'not json', '[]', [], { levels: 'x' }, { levels: [1] }, '{"version":1']) {
      const { record, problems } = checkStoredRecord(value);
      assert.deepEqual(record, { version: 1, levels: {} });
      assert.ok(problems.length > 0, `a problem for ${JSON.stringify(value)}`);
    }
  });

  it('ignores each bad part alone, naming it by its JSON path', () => {
    const { record, problems } = checkStoredRecord({
      version: 1,
      step: { id: 'junior', at: 'yesterday' },
      levels: {
        [SKILL_A]: { level: 2, at: AT },
        [SKILL_B]: { level: 'high', at: AT },
        'https://skills.example/c': { level: 1 },
        'https://skills.example/d': 3,
      },
      completed: true,
    });
    assert.deepEqual(record, { version: 1, levels: { [SKILL_A]: { level: 2, at: AT } } });
    assert.deepEqual(
      problems.map((problem) => [problem.path, problem.code]),
      [
        [`$.levels["${SKILL_B}"].level`, 'invalid-value'],
        ['$.levels["https://skills.example/c"].at', 'invalid-value'],
        ['$.levels["https://skills.example/d"]', 'invalid-value'],
        ['$.step.at', 'invalid-value'],
        ['$.completed', 'invalid-value'],
      ],
    );
  });

  it("sets aside another framework's skills and another track's steps", () => {
    const { record, problems } = checkStoredRecord(
      {
        version: 1,
        step: { id: 'astronaut', at: AT },
        levels: { [SKILL_A]: { level: 1, at: AT }, [OTHER]: { level: 4, at: AT } },
      },
      { skills: new Set([SKILL_A, SKILL_B]), steps: new Set(['junior']) },
    );
    assert.deepEqual(record, { version: 1, levels: { [SKILL_A]: { level: 1, at: AT } } });
    assert.deepEqual(
      problems.map((problem) => [problem.path, problem.code]),
      [
        [`$.levels["${OTHER}"]`, 'unknown-skill'],
        ['$.step.id', 'invalid-value'],
      ],
    );
  });

  it('reads what it can of another version, saying so once', () => {
    // The module's earlier per-tab memory: bare levels, a step id, a flag.
    const { record, problems } = checkStoredRecord({
      step: 'junior',
      levels: { [SKILL_A]: 2 },
      assessed: [SKILL_A],
      completed: true,
    });
    assert.deepEqual(record, { version: 1, levels: {} });
    assert.equal(problems[0]?.path, '$.version');
    assert.equal(problems[0].code, 'unsupported-version');
    const newer = checkStoredRecord({ version: 2, levels: { [SKILL_A]: { level: 1, at: AT } } });
    assert.deepEqual(newer.record.levels, { [SKILL_A]: { level: 1, at: AT } });
    assert.deepEqual(
      newer.problems.map((problem) => problem.code),
      ['unsupported-version'],
    );
  });

  it('refuses levels that are not whole numbers of a scale, and dates that are not dates', () => {
    const { record, problems } = checkStoredRecord({
      version: 1,
      levels: {
        [SKILL_A]: { level: -1, at: AT },
        [SKILL_B]: { level: 1.5, at: AT },
        [OTHER]: { level: 1, at: '2026-13-45T99:00:00Z' },
      },
    });
    assert.deepEqual(record.levels, {});
    assert.equal(problems.length, 3);
  });

  it('keeps a skill named like an object property as data', () => {
    const { record } = checkStoredRecord(`{"version":1,"levels":{"__proto__":{"level":1,"at":"${AT}"}}}`);
    assert.equal(Object.getPrototypeOf(record.levels), Object.prototype);
    assert.deepEqual(Object.keys(record.levels), ['__proto__']);
  });
});
