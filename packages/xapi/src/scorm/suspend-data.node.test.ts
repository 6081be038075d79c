import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { LearnerRecord, RecordReading } from '../record/learner-record.js';
import { sameRecord } from '../record/merge-records.js';
import { decodeSuspendData, encodeSuspendData, SUSPEND_DATA_LIMIT, type SuspendDataContext } from './suspend-data.js';

/** Skill IRIs as long as real frameworks' (ESCO-style paths under a university's domain). */
const skills = (count: number) =>
  Array.from(
    { length: count },
    (_, index) =>
      `https://www.university.example/lp/frameworks/learning-professional/skills/skill-${index}-of-the-framework`,
  );
const STEPS = ['lp-associate', 'lp-professional', 'lp-lead'];

/** Every skill assessed, each at its own moment over a year, the step chosen, completion reported. */
function fullRecord(skillList: readonly string[]): LearnerRecord {
  const start = Date.parse('2026-01-05T08:00:00.000Z');
  return {
    version: 1,
    step: { id: 'lp-professional', at: '2026-01-05T08:00:00.000Z' },
    levels: Object.fromEntries(
      skillList.map((skill, index) => [
        skill,
        { level: index % 5, at: new Date(start + index * 210_345_678 + (index % 1000)).toISOString() },
      ]),
    ),
    completed: { at: '2026-12-31T23:59:59.999Z' },
  };
}

function read(text: string, context: SuspendDataContext): RecordReading {
  const reading = decodeSuspendData(text, context);
  assert.ok(reading, 'a record is read');
  return reading;
}

describe('the learner record in cmi.suspend_data', () => {
  it('fits SCORM 1.2’s 4,096 characters for a framework of 150 skills, and reads back the same', () => {
    const context = { skills: skills(150), steps: STEPS };
    const record = fullRecord(context.skills);
    const encoded = encodeSuspendData(record, context, SUSPEND_DATA_LIMIT['1.2']);
    assert.deepEqual(encoded.leftOut, []);
    assert.ok(encoded.value !== undefined && encoded.value.length <= 4096, `${encoded.value?.length} characters`);
    assert.ok(JSON.stringify(record).length > 4096 * 4, 'the record as JSON would not fit');
    assert.match(encoded.value, /^LP1~/);
    const reading = read(encoded.value, context);
    assert.deepEqual(reading.problems, []);
    assert.ok(sameRecord(reading.record, record));
    assert.deepEqual(reading.record.levels, record.levels);
  });

  it('keeps a step outside the track, written out in full', () => {
    const context = { skills: skills(2), steps: STEPS };
    const record: LearnerRecord = {
      version: 1,
      step: { id: 'a step~with.dots', at: '2026-03-01T10:00:00Z' },
      levels: {},
    };
    const reading = read(encodeSuspendData(record, { skills: context.skills }).value ?? '', {
      skills: context.skills,
    });
    assert.deepEqual(reading.record.step, { id: 'a step~with.dots', at: '2026-03-01T10:00:00.000Z' });
  });

  it('keeps the newest levels when the record cannot fit, and names the ones left out', () => {
    const context = { skills: skills(600) };
    const record = fullRecord(context.skills);
    const encoded = encodeSuspendData(record, context, 4096);
    assert.ok(encoded.value !== undefined && encoded.value.length <= 4096);
    assert.ok(encoded.fullLength > 4096);
    assert.ok(encoded.leftOut.length > 0);
    const reading = read(encoded.value, context);
    assert.deepEqual(reading.problems, []);
    const kept = Object.keys(reading.record.levels);
    assert.equal(kept.length + encoded.leftOut.length, 600);
    const newestLeftOut = Math.max(...encoded.leftOut.map((skill) => Date.parse(record.levels[skill]?.at ?? '')));
    const oldestKept = Math.min(...kept.map((skill) => Date.parse(record.levels[skill]?.at ?? '')));
    assert.ok(oldestKept > newestLeftOut, 'every level kept is newer than every level left out');
    assert.deepEqual(reading.record.step, record.step);
    assert.deepEqual(reading.record.completed, record.completed);
  });

  it('fits 64,000 characters in SCORM 2004 for a far larger framework', () => {
    const context = { skills: skills(2000) };
    const encoded = encodeSuspendData(fullRecord(context.skills), context, SUSPEND_DATA_LIMIT[2004]);
    assert.deepEqual(encoded.leftOut, []);
    assert.ok((encoded.value?.length ?? Infinity) <= 64000);
  });

  it('names levels of skills the framework does not have as left out', () => {
    const context = { skills: skills(2) };
    const record: LearnerRecord = {
      version: 1,
      levels: { 'https://elsewhere.example/skill': { level: 2, at: '2026-03-01T10:00:00Z' } },
    };
    assert.deepEqual(encodeSuspendData(record, context).leftOut, ['https://elsewhere.example/skill']);
  });

  it('reads nothing from an empty suspend_data (a first launch)', () => {
    assert.equal(decodeSuspendData('', { skills: skills(3) }), undefined);
  });

  it('reports text cut short or changed by an LMS as damaged, and uses none of it', () => {
    const context = { skills: skills(150), steps: STEPS };
    const value = encodeSuspendData(fullRecord(context.skills), context).value ?? '';
    for (const damaged of [value.slice(0, -10), value.replace(/,1\.1\./, ',1.2.')]) {
      const reading = read(damaged, context);
      assert.deepEqual(reading.record, { version: 1, levels: {} });
      assert.deepEqual(
        reading.problems.map(({ code, message }) => [code, message.includes('damaged or cut short')]),
        [['not-a-record', true]],
      );
    }
  });

  it('reports another SCO’s data and a newer format, and uses none of it', () => {
    const context = { skills: skills(3) };
    assert.equal(decodeSuspendData('bookmark=page7', context)?.problems[0]?.code, 'not-a-record');
    assert.equal(decodeSuspendData('LP2~abc~whatever', context)?.problems[0]?.code, 'unsupported-version');
  });

  it('keeps the step and completion but not the levels when the framework’s skills changed', () => {
    const before = { skills: skills(5), steps: STEPS };
    const record = fullRecord(before.skills);
    const value = encodeSuspendData(record, before).value ?? '';
    const reading = read(value, { skills: [...before.skills].reverse(), steps: STEPS });
    assert.deepEqual(reading.record.levels, {});
    assert.deepEqual(reading.record.step, record.step);
    assert.deepEqual(
      reading.problems.map(({ code, path }) => [code, path]),
      [['unknown-skill', '$.levels']],
    );
  });
});
