import { expect } from '@open-wc/testing';
import { expectExactlyStored, localLrs, validateStatements, waitFor } from '@lp-elements/test-support';
import XAPI from '@xapi/xapi';
import { createRecorder } from '../recorder/create-recorder.js';
import type { RecorderNotice } from '../recorder/notices.js';
import { courseSelected } from '../statements/course.js';
import { createFaultProxy } from '../testing/fault-proxy.js';
import { randomUuid } from '../uuid.js';
import { xapiJsTransport } from './xapijs-transport.js';

const HOME = 'https://lp-elements.example';

describe('xapiJsTransport (a page’s own xAPI.js instance)', function () {
  this.timeout(20_000);

  it('delivers through xAPI.js to the LRS, with its endpoint and auth', async () => {
    const { endpoint, auth } = await localLrs();
    const registration = randomUuid();
    const recorder = createRecorder({
      transport: xapiJsTransport(new XAPI({ endpoint, auth })),
      registration,
      actorHomePage: HOME,
      queueName: `lp-xapi-xapijs-${registration}`,
      flushDelayMs: 10,
    });
    try {
      const sent = await Promise.all(
        [1, 2, 3].map((n) => recorder.record(courseSelected({ id: `${HOME}/courses/x-${n}`, name: `X ${n}` }))),
      );
      const stored = await expectExactlyStored(
        registration,
        sent.map((s) => s?.id ?? ''),
      );
      expect((await validateStatements(stored)).flat()).to.deep.equal([]);
    } finally {
      await recorder.close();
    }
  });

  it('sees the LRS’s status and Retry-After through xAPI.js, and retries', async () => {
    const { endpoint, auth } = await localLrs();
    const proxy = await createFaultProxy(endpoint);
    await proxy.faults([{ status: 429, retryAfter: '1' }]);
    const registration = randomUuid();
    const notices: RecorderNotice[] = [];
    const recorder = createRecorder({
      transport: xapiJsTransport(new XAPI({ endpoint: proxy.endpoint, auth })),
      registration,
      actorHomePage: HOME,
      queueName: `lp-xapi-xapijs-${registration}`,
      flushDelayMs: 10,
    });
    recorder.subscribe((notice) => notices.push(notice));
    try {
      const sent = await recorder.record(courseSelected({ id: `${HOME}/courses/y`, name: 'Y' }));
      await expectExactlyStored(registration, [sent?.id ?? '']);
      await waitFor('the sent notice', () => notices.some((n) => n.type === 'sent'));
      const failed = notices.flatMap((n) => (n.type === 'failed' ? [n] : []));
      expect(failed.map((n) => [n.reason, n.status, n.retryInMs])).to.deep.equal([['retrying', 429, 1000]]);
    } finally {
      await recorder.close();
      await proxy.close();
    }
  });
});
