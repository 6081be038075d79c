import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { takeBatch, type QueueEntry } from '../queue/statement-queue.js';
import { backoffDelay, retryAfterMs } from './backoff.js';
import { classify } from './classify.js';

describe('classify', () => {
  it('counts 2xx as delivered, and 409 too when one statement was sent (the LRS holds that id)', () => {
    assert.equal(classify(200, 50), 'delivered');
    assert.equal(classify(204, 1), 'delivered');
    assert.equal(classify(409, 1), 'delivered');
  });

  it('splits a refused batch to find the statement at fault', () => {
    assert.equal(classify(400, 2), 'split');
    assert.equal(classify(409, 2), 'split');
    assert.equal(classify(413, 250), 'split');
  });

  it('sets aside one statement the LRS refuses for good', () => {
    for (const status of [400, 404, 413, 422]) assert.equal(classify(status, 1), 'reject');
  });

  it('retries no answer, 408, 429 and 5xx, and keeps statements when the credentials fail', () => {
    for (const status of [0, 408, 429, 500, 502, 503, 504]) assert.equal(classify(status, 3), 'retry');
    assert.equal(classify(401, 1), 'unauthorized');
    assert.equal(classify(403, 5), 'unauthorized');
  });

  it('treats 401 and 403 as refusals of the statements where credentials cannot be renewed (cmi5)', () => {
    assert.equal(classify(403, 5, 'refusal'), 'split');
    assert.equal(classify(403, 1, 'refusal'), 'reject');
    assert.equal(classify(401, 1, 'refusal'), 'reject');
    assert.equal(classify(503, 1, 'refusal'), 'retry');
    assert.equal(classify(204, 3, 'refusal'), 'delivered');
  });
});

describe('backoffDelay', () => {
  it('doubles up to the maximum, never below half a step', () => {
    assert.deepEqual(
      [0, 1, 2, 3, 10].map((attempt) => backoffDelay(attempt, 1000, 5000, () => 0)),
      [500, 1000, 2000, 2500, 2500],
    );
    assert.deepEqual(
      [0, 1, 2, 3, 10].map((attempt) => backoffDelay(attempt, 1000, 5000, () => 1)),
      [1000, 2000, 4000, 5000, 5000],
    );
  });
});

describe('retryAfterMs', () => {
  const now = Date.parse('2026-03-01T12:00:00Z');
  it('reads seconds and HTTP dates', () => {
    assert.equal(retryAfterMs('120', now), 120_000);
    assert.equal(retryAfterMs('Sun, 01 Mar 2026 12:00:30 GMT', now), 30_000);
    assert.equal(retryAfterMs('Sun, 01 Mar 2026 11:00:00 GMT', now), 0);
  });
  it('ignores what is not there or not readable', () => {
    assert.equal(retryAfterMs(null, now), undefined);
    assert.equal(retryAfterMs('', now), undefined);
    assert.equal(retryAfterMs('soon', now), undefined);
  });
});

describe('takeBatch', () => {
  const entries: QueueEntry[] = [300, 300, 300, 5000, 10].map((bytes, index) => ({
    id: String(index),
    bytes,
    order: index,
    statement: {} as QueueEntry['statement'],
  }));
  it('stops at the count and byte caps, oldest first', () => {
    assert.deepEqual(
      takeBatch(entries, 2, 10_000).map((e) => e.id),
      ['0', '1'],
    );
    assert.deepEqual(
      takeBatch(entries, 10, 1000).map((e) => e.id),
      ['0', '1', '2'],
    );
  });
  it('lets a statement larger than the cap go alone', () => {
    assert.deepEqual(
      takeBatch(entries.slice(3), 10, 1000).map((e) => e.id),
      ['3'],
    );
  });
});
