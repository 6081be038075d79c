import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { iso8601Duration, scorm12Time, scorm12Timespan, scorm2004Timestamp } from './session-time.js';

describe('SCORM session times', () => {
  it('writes SCORM 1.2 timespans as HHHH:MM:SS.SS', () => {
    assert.equal(scorm12Timespan(0), '0000:00:00.00');
    assert.equal(scorm12Timespan(3_723_456), '0001:02:03.46');
    assert.equal(scorm12Timespan(100 * 3_600_000 + 59_990), '0100:00:59.99');
    assert.equal(scorm12Timespan(20_000 * 3_600_000), '9999:59:59.99', 'capped at the type’s largest');
    assert.equal(scorm12Timespan(-5), '0000:00:00.00');
  });

  it('writes SCORM 2004 durations as ISO 8601', () => {
    assert.equal(iso8601Duration(0), 'PT0S');
    assert.equal(iso8601Duration(3_900_000), 'PT1H5M');
    assert.equal(iso8601Duration(3_723_456), 'PT1H2M3.46S');
    assert.equal(iso8601Duration(45_000), 'PT45S');
    assert.equal(iso8601Duration(30 * 3_600_000), 'PT30H');
  });

  it('writes interaction moments as each edition takes them', () => {
    assert.equal(scorm12Time('2026-12-08T09:05:03.456Z'), '09:05:03');
    assert.equal(scorm2004Timestamp('2026-12-08T09:05:03.456Z'), '2026-12-08T09:05:03.4Z');
    assert.equal(scorm2004Timestamp('2026-12-08T10:05:03+01:00'), '2026-12-08T09:05:03.0Z');
  });
});
